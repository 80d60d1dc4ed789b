import json
import pytest
pytestmark = pytest.mark.django_db

def test_smoke(client):
    for url in ["/api/v2/pages/", "/api/v2/pages/?type=clusters.ClusterPage&fields=*&locale=de&sector=wind-energy",
                "/api/v2/pages/?type=casestudies.CaseStudyPage&fields=*", "/api/v2/pages/?type=agenda.EventPage&fields=*&period=past",
                "/api/v2/pages/?type=home.HomePage&fields=*", "/api/v2/pages/?type=casestudies.ProjectIdeaPage&fields=*",
                "/api/v2/pages/?limit=abc", "/api/v2/pages/?foo=1", "/api/v2/pages/?type=x.Y", "/api/v2/pages/?locale=xx",
                "/api/v2/pages/?fields=nope", "/api/v2/nothing/", "/api/v2/pages/999999/", "/api/v2/images/", "/api/v2/documents/",
                "/api/schema/", "/api/docs/"]:
        r = client.get(url)
        print(url, r.status_code, r.get("Content-Type"), r.get("ETag"), r.get("Cache-Control"))
        if "json" in r.get("Content-Type", ""):
            print(json.dumps(r.json(), indent=1, ensure_ascii=False)[:1500])
    r = client.get("/api/v2/pages/?type=clusters.ClusterPage&locale=de&limit=1")
    pid = r.json()["items"][0]["id"]
    r = client.get(f"/api/v2/pages/{pid}/")
    print(json.dumps(r.json(), indent=1, ensure_ascii=False)[:4000])
    r = client.post("/api/v2/pages/")
    print("POST", r.status_code, r.content)
