"""Nothing unpublished leaks, the API is read-only, and every error under
/api/ is JSON with a message — never an HTML page, never a 500."""
import pytest
from wagtail.models import Page, PageViewRestriction

from clusters.models import ClusterIndexPage, ClusterPage
from tests.factories import new_english_cluster

from .content import document_link, make_document, publish, restricted_collection

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"


def listed_ids(api, **params):
    return {item["id"] for item in api.json(PAGES, {"limit": 100, **params})["items"]}


def test_drafts_are_neither_listed_nor_shown(api):
    index = ClusterIndexPage.objects.get(locale__language_code="en")
    draft = index.add_child(instance=ClusterPage(
        title="Draft cluster", slug="draft-cluster", short_description="Not yet.", country="DK",
        responsible_partner=ClusterPage.objects.filter(locale=index.locale).first().responsible_partner,
        locale=index.locale, live=False,
    ))
    draft.save_revision()
    assert draft.id not in listed_ids(api, type="clusters.ClusterPage", locale="en")
    assert api.json(f"{PAGES}{draft.id}/", status=404)["message"] == f"no live, public page with id {draft.id}"


def test_unpublished_changes_of_a_live_page_stay_unseen(api):
    page = ClusterPage.objects.get(slug="cewind", locale__language_code="en")
    published_title = page.title
    page.title = "Draft title"
    page.save_revision()
    assert api.json(f"{PAGES}{page.id}/")["title"] == published_title


def test_private_sections_are_hidden_with_everything_below_them(api):
    index = ClusterIndexPage.objects.get(locale__language_code="de")
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.PASSWORD, password="x")
    below = {page.id for page in index.get_descendants(inclusive=True)}
    assert not below & listed_ids(api, locale="de")
    assert not below & listed_ids(api, type="clusters.ClusterPage")
    child = index.get_children().first()
    api.json(f"{PAGES}{child.id}/", status=404)
    english = ClusterPage.objects.get(translation_key=child.translation_key, locale__language_code="en")
    assert "de" not in api.json(f"{PAGES}{english.id}/")["meta"]["translations"]


def test_login_restricted_pages_are_hidden_even_from_logged_in_editors(api, admin_user):
    page = ClusterPage.objects.get(slug="cewind", locale__language_code="da")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    api.force_login(admin_user)
    api.json(f"{PAGES}{page.id}/", status=404)


def test_documents_in_restricted_collections_are_hidden_and_unlinked(api):
    public = make_document("Public report")
    private = make_document("Members' report", collection=restricted_collection())
    listed = {item["id"] for item in api.json("/api/v2/documents/")["items"]}
    assert public.id in listed and private.id not in listed
    api.json(f"/api/v2/documents/{private.id}/", status=404)
    page = publish(
        ClusterPage.objects.get(slug="cewind", locale__language_code="en"),
        offers=f"<p>{document_link(public, 'open')} {document_link(private, 'closed')}</p>",
    )
    offers = api.json(f"{PAGES}{page.id}/")["offers"]
    assert f"/documents/{public.id}/" in offers
    assert "<a>closed</a>" in offers


@pytest.mark.parametrize(
    "params, message",
    [
        ({"limit": "abc"}, "limit must be a positive integer"),
        ({"limit": "-1"}, "limit must be a positive integer"),
        ({"offset": "x"}, "offset must be a positive integer"),
        ({"offset": "99999999999999999999"}, "offset cannot be higher than"),
        ({"fields": "nonsense"}, "unknown fields: nonsense"),
        ({"fields": "title,,"}, "fields error"),
        ({"type": "clusters.Nothing"}, "type doesn't exist"),
        ({"type": "wagtailimages.Image"}, "type doesn't exist"),
        ({"locale": "fr"}, "locale must be one of en, da, de"),
        ({"order": "nonsense"}, "cannot order by 'nonsense'"),
        ({"sector": "space-travel"}, "unknown sector: space-travel"),
        ({"theme": "x"}, "unknown theme: x"),
        ({"country": "ZZ"}, "unknown country: ZZ"),
        ({"period": "soon"}, "period must be upcoming or past"),
        ({"child_of": "abc"}, "child_of must be a positive integer"),
        ({"translation_of": "-3"}, "translation_of must be a positive integer"),
        ({"show_in_menus": "perhaps"}, "field filter error"),
        ({"slug": "a\x00b"}, "NUL"),
        ({"whatever": "1"}, "not an operation or a recognised field: whatever"),
    ],
)
def test_bad_parameters_are_a_400_with_a_message(api, params, message):
    body = api.json(PAGES, params, status=400)
    assert message in body["message"]


@pytest.mark.parametrize("name", ["child_of", "descendant_of", "ancestor_of", "translation_of"])
def test_a_filter_naming_a_missing_or_private_page_is_a_404(api, name):
    body = api.json(PAGES, {name: "999999"}, status=404)
    assert body["message"] == f"{name}: no live, public page with id 999999"


def test_detail_rejects_listing_parameters(api):
    page = Page.objects.filter(depth=3).first()
    assert "locale" in api.json(f"{PAGES}{page.id}/", {"locale": "de"}, status=400)["message"]


@pytest.mark.parametrize("path", ["/api/v2/pages/123456789/", "/api/v2/nowhere/", "/api/v2/pages/abc/", "/api/", "/api/v3/"])
def test_missing_things_are_a_json_404(api, path):
    response = api.get(path, HTTP_ACCEPT="text/html")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("path", ["/api/v2/pages/", "/api/v2/pages/3/", "/api/v2/images/", "/api/schema/", "/api/docs/"])
def test_writes_are_a_json_405(api, method, path):
    response = getattr(api, method)(path, data="{}", content_type="application/json", HTTP_ACCEPT="text/html")
    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"]


def test_head_answers_like_get_without_a_body(api):
    response = api.head(PAGES)
    assert response.status_code == 200 and response.content == b"" and response["ETag"]


def test_an_unexpected_error_is_a_json_500_and_is_logged(api, monkeypatch, caplog):
    from api import views

    def broken(self):
        raise RuntimeError("boom")

    monkeypatch.setattr(views.PagesEndpoint, "get_queryset", broken)
    api.raise_request_exception = False
    response = api.get(PAGES)
    assert response.status_code == 500
    assert response.json() == {"message": "Internal error; the problem has been logged."}
    assert "boom" in caplog.text


def test_new_pages_appear_once_published(api):
    page = new_english_cluster(slug="fresh-cluster", title="Fresh cluster")
    assert page.id in listed_ids(api, type="clusters.ClusterPage", locale="en")


@pytest.mark.parametrize("path", ["/api/v2/search/", "/api/v2/search/autocomplete/"])
def test_a_nul_in_a_search_parameter_is_a_400_not_a_500(api, path):
    body = api.json(path, {"q": "wind\x00"}, status=400)
    assert "NUL" in body["message"]
