import json
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from .test_query_budget import PAGE_TYPES, label, enrich, referenced  # noqa
pytestmark = pytest.mark.django_db

def test_diag(client, referenced):
    for model in PAGE_TYPES:
        url = f"/api/v2/pages/?type={label(model)}&fields=*&order=id&limit=4"
        ids = [i["id"] for i in client.get(url).json()["items"]]
        for p in model.objects.filter(id__in=ids): enrich(p, *referenced)
        client.get(url)
        with CaptureQueriesContext(connection) as c:
            r = client.get(url)
        print(label(model), "listing", len(c))
        if model.__name__ == "StandardPage":
            for q in c.captured_queries: print("   ", q["sql"][:300])
            print(json.dumps(r.json()["items"][0], indent=1)[:3500])
        pid = ids[0]
        client.get(f"/api/v2/pages/{pid}/")
        with CaptureQueriesContext(connection) as c:
            r = client.get(f"/api/v2/pages/{pid}/")
        print(label(model), "detail", len(c))
