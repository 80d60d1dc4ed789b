"""The published OpenAPI 3 schema (/api/schema/, /api/docs/) describes every
endpoint, parameter and response, and real responses conform to it:
explicit requests for every page type and error, and schemathesis generating
requests from the schema (positive and negative) against the real API."""
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings as hypothesis_settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    allow_header_conformance,
    content_type_conformance,
    ensure_resource_availability,
    ignored_auth,
    missing_required_header,
    negative_data_rejection,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
    use_after_free,
)
from wagtail.models import get_page_models

from api.models import APIKey
from api.preview import make_preview_token
from clusters.models import ClusterPage

from .content import make_document, make_image, publish, rich_blocks

pytestmark = pytest.mark.django_db

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
# `st run --checks all` (object_level_authorization needs a second identity, which an anonymous read-only API has not).
ALL_CHECKS = CHECKS + [
    response_headers_conformance, negative_data_rejection, positive_data_acceptance, missing_required_header,
    unsupported_method, allow_header_conformance, use_after_free, ensure_resource_availability, ignored_auth,
]


def label(model):
    return f"{model._meta.app_label}.{model.__name__}"


@pytest.fixture
def raw_schema(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    return response.json()


@pytest.fixture(autouse=True)
def _keep_the_test_transaction_open():
    """Django's WSGI handler closes the database connection around each request
    (request_started, request_finished); the test client avoids that, and so must schemathesis's
    WSGI calls, which run inside the test's transaction."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def api_schema(db, settings):
    settings.API_THROTTLE_ANON_RATE = "100000/min"
    return schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())


def test_schema_is_openapi_3_and_lists_every_endpoint(raw_schema):
    assert raw_schema["openapi"].startswith("3.")
    assert set(raw_schema["paths"]) >= {
        "/api/v2/pages/", "/api/v2/pages/{id}/", "/api/v2/pages/find/", "/api/v2/images/", "/api/v2/images/{id}/",
        "/api/v2/documents/", "/api/v2/documents/{id}/", "/api/v2/preview/",
    }
    assert all(path.startswith("/api/") for path in raw_schema["paths"])
    assert raw_schema["components"]["securitySchemes"]["ApiKey"]["name"] == "X-API-Key"


def test_every_page_type_has_a_component_with_its_api_fields(raw_schema):
    components = raw_schema["components"]["schemas"]
    for model in get_page_models():
        if model.__name__ == "Page":
            continue
        component = components[model.__name__]
        expected = {field.name if hasattr(field, "name") else field for field in getattr(model, "api_fields", [])}
        assert expected <= set(component["properties"]), model
        assert component["additionalProperties"] is False
    assert components["AnyPage"]["anyOf"]


def test_every_operation_documents_parameters_and_error_responses(raw_schema):
    for path, operations in raw_schema["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary"), (path, method)
            assert {"200", "400", "429"} <= set(operation["responses"]) or "302" in operation["responses"]
            for parameter in operation.get("parameters", []):
                assert parameter.get("schema"), (path, parameter["name"])
    listing_parameters = {p["name"] for p in raw_schema["paths"]["/api/v2/pages/"]["get"]["parameters"]}
    assert {"type", "locale", "child_of", "descendant_of", "translation_of", "sector", "theme", "country", "period",
            "fields", "order", "limit", "offset"} <= listing_parameters
    limit = next(p for p in raw_schema["paths"]["/api/v2/pages/"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 100


def test_interactive_documentation_is_served_from_the_site(client):
    page = client.get("/api/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "swagger-ui" in html and "/static/drf_spectacular_sidecar/" in html
    script = client.get("/api/docs/?script=")
    assert script.status_code == 200 and b"/api/schema/" in script.content


def _call(api_schema, path, query=None, headers=None, path_parameters=None):
    operation = api_schema[path]["GET"]
    case = operation.Case(query=query or {}, headers=headers or {}, path_parameters=path_parameters or {})
    return case.call_and_validate(checks=CHECKS)


def _german_report():
    from wagtail.models import Locale

    from casestudies.models import GoodPracticePage
    from core.translation import translate_instance
    from home.models import HomePage
    from publications.models import ReportChapter, ReportPage

    home = HomePage.objects.get(locale__language_code="en")
    report = home.add_child(instance=ReportPage(title="Key findings", slug="key-findings", summary="What we learned."))
    ReportChapter.objects.create(report=report, page=GoodPracticePage.objects.filter(locale__language_code="en").first())
    report.save_revision().publish()
    return translate_instance(report, Locale.objects.get(language_code="de"), {}, complete=True)


def test_real_responses_of_every_page_type_conform(api_schema):
    image, document = make_image("Schema image"), make_document("Schema document")
    cewind = ClusterPage.objects.get(slug="cewind", locale__language_code="en")
    for model in get_page_models():
        # The seed content has pages of every product type; tests/pagetypes/ holds test-only types.
        if model.__name__ == "Page" or model._meta.app_label == "test_pagetypes":
            continue
        page = model.objects.live().filter(locale__language_code="de").first()
        if page is None and model._meta.label == "publications.ReportPage":
            page = _german_report()  # the seed has no report: the project's was never published
        if hasattr(page, "body"):
            page = publish(page, body=rich_blocks(type(image).objects.get(pk=image.pk), cewind, document))
        if hasattr(page, "logo"):
            page = publish(page, logo=image)
        response = _call(api_schema, "/api/v2/pages/", {"type": label(model), "fields": "*", "limit": 20})
        assert response.json()["items"]
        _call(api_schema, "/api/v2/pages/{id}/", path_parameters={"id": page.id})
    _call(api_schema, "/api/v2/pages/", {"limit": 100, "fields": "*"})
    _call(api_schema, "/api/v2/images/", {"fields": "*"})
    _call(api_schema, "/api/v2/images/{id}/", path_parameters={"id": image.id})
    _call(api_schema, "/api/v2/documents/", {"fields": "*"})
    _call(api_schema, "/api/v2/documents/{id}/", path_parameters={"id": document.id})
    page = ClusterPage.objects.get(slug="cewind", locale__language_code="da")
    page.save_revision()
    _call(api_schema, "/api/v2/preview/", {"token": make_preview_token(page)})


def test_real_error_responses_conform(api_schema, settings):
    assert _call(api_schema, "/api/v2/pages/", {"limit": "abc"}).status_code == 400
    assert _call(api_schema, "/api/v2/pages/", {"locale": "xx"}).status_code == 400
    assert _call(api_schema, "/api/v2/pages/{id}/", path_parameters={"id": 987654}).status_code == 404
    assert _call(api_schema, "/api/v2/pages/find/", {"html_path": "/nowhere/"}).status_code == 404
    assert _call(api_schema, "/api/v2/pages/", headers={"X-API-Key": "itn_wrong"}).status_code == 401
    key, raw_key = APIKey.create_key("Schema test")
    assert _call(api_schema, "/api/v2/pages/", headers={"X-API-Key": raw_key}).status_code == 200
    settings.API_THROTTLE_ANON_RATE = "1/min"
    _call(api_schema, "/api/v2/images/")
    assert _call(api_schema, "/api/v2/images/").status_code == 429


# Every operation of the schema as a partner fetches it from the running site
# (with the sectors and themes of the database in it), checked as
# `st run --checks all` does, with schema-valid and schema-violating requests:
# the schema allows exactly what the API accepts.
OPERATIONS = [
    "/api/v2/pages/", "/api/v2/pages/{id}/", "/api/v2/pages/find/", "/api/v2/images/", "/api/v2/images/{id}/",
    "/api/v2/documents/", "/api/v2/documents/{id}/", "/api/v2/preview/", "/api/v2/search/",
    "/api/v2/search/autocomplete/",
]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize("path", OPERATIONS)
def test_generated_requests_pass_every_schemathesis_check(api_schema, path, mode):
    @given(case=api_schema[path]["GET"].as_strategy(generation_mode=mode))
    @hypothesis_settings(
        max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None,
    )
    def check(case):
        case.call_and_validate(checks=ALL_CHECKS)

    check()


def test_the_schema_lists_every_operation_checked_above(raw_schema):
    assert sorted(raw_schema["paths"]) == sorted(OPERATIONS)
