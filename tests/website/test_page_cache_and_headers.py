"""Anonymous visitors get pages from the page cache, with Cache-Control; a
publish empties it; logged-in editors never see or fill it. Security headers."""
import pytest
from django.core.cache import caches

from clusters.models import ClusterPage
from tests.factories import make_user

pytestmark = pytest.mark.django_db

URL = "/en/clusters/cewind/"


@pytest.fixture(autouse=True)
def empty_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True  # off for the rest of the suite (cms/settings/test.py)
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def test_anonymous_page_is_cached_with_cache_control(client, django_assert_num_queries):
    first = client.get(URL)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    assert "public" in first["Cache-Control"] and "max-age=60" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = client.get(URL)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Cache-Control"] == first["Cache-Control"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_publishing_empties_the_cache(client, django_capture_on_commit_callbacks):
    client.get(URL)
    cluster = ClusterPage.objects.get(slug="cewind", locale__language_code="en")
    cluster.title = "CEwind, renamed"
    with django_capture_on_commit_callbacks(execute=True):
        cluster.save_revision().publish()
    response = client.get(URL)
    assert response["X-Page-Cache"] == "miss"
    assert "CEwind, renamed" in response.content.decode()
    # The list shows the new name too: the whole cache was emptied.
    assert "CEwind, renamed" in client.get("/en/clusters/").content.decode()


def test_unpublishing_empties_the_cache(client, django_capture_on_commit_callbacks):
    assert client.get("/en/clusters/").status_code == 200
    cluster = ClusterPage.objects.get(slug="cewind", locale__language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        cluster.unpublish()
    html = client.get("/en/clusters/").content.decode()
    assert URL not in html


def test_renaming_a_sector_empties_the_cache(client, django_capture_on_commit_callbacks):
    from taxonomy.models import Sector

    client.get("/en/clusters/")
    sector = Sector.objects.get(slug="wind-energy", locale__language_code="en")
    sector.name = "Wind power"
    with django_capture_on_commit_callbacks(execute=True):
        sector.save()
    assert "Wind power" in client.get("/en/clusters/").content.decode()


def test_logged_in_editors_bypass_the_cache(client):
    client.get(URL)  # cached for anonymous visitors
    cluster = ClusterPage.objects.get(slug="cewind", locale__language_code="en")
    cluster.title = "CEwind, draft-free edit"
    cluster.save_revision().publish()  # no commit inside the test transaction: the cache still holds the old page
    assert client.get(URL)["X-Page-Cache"] == "hit"
    client.force_login(make_user("editor-cache", superuser=True))
    response = client.get(URL)
    assert "X-Page-Cache" not in response
    assert "CEwind, draft-free edit" in response.content.decode()
    assert "private" in response["Cache-Control"] and "no-cache" in response["Cache-Control"]


def test_editors_pages_are_not_stored_for_anonymous_visitors(client):
    client.force_login(make_user("editor-cache-2", superuser=True))
    client.get(URL)
    client.logout()
    assert client.get(URL)["X-Page-Cache"] == "miss"


def test_each_filter_combination_is_cached_separately(client):
    assert client.get("/en/clusters/?sector=food")["X-Page-Cache"] == "miss"
    assert client.get("/en/clusters/?sector=design")["X-Page-Cache"] == "miss"
    assert client.get("/en/clusters/?sector=food")["X-Page-Cache"] == "hit"


def test_page_not_found_is_not_cached(client):
    assert client.get("/en/nothing-here/").status_code == 404
    response = client.get("/en/nothing-here/")
    assert response.status_code == 404 and "X-Page-Cache" not in response


def test_security_headers_on_public_pages(client):
    response = client.get("/da/")
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["default-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert "unsafe-inline" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "Strict-Transport-Security" not in response  # HSTS only in production (over HTTPS)


def test_production_settings_send_hsts():
    import subprocess
    import sys

    code = "from django.conf import settings; print(settings.SECURE_HSTS_SECONDS, settings.SECURE_SSL_REDIRECT)"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env={"DJANGO_SETTINGS_MODULE": "cms.settings.production", "SECRET_KEY": "x" * 50,
             "ALLOWED_HOSTS": "example.org", "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=True,
    )
    seconds, _redirect = result.stdout.split()
    assert int(seconds) >= 60 * 60 * 24 * 365


def test_admin_is_left_without_the_sites_content_security_policy(client):
    response = client.get("/admin/login/")
    assert "Content-Security-Policy" not in response
