"""Cluster managers: invited by e-mail (the link sets the password), then
limited to their own cluster's profile, requests and received interest; their
changes go to the moderators. The other side: REG X, WTSH and moderators see
every interest and export them."""
import csv
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from clusters.models import ClusterPage
from home.editorial import REGX_EDITORS
from partnersearch.jobs import send_mail_jobs
from partnersearch.managers import make_manager
from partnersearch.models import ClusterManager, Interest, MailJob, ManagerInvitation, PartnerSearchIndexPage
from tests.admin_forms import post_edit
from tests.factories import english_cluster, make_user

from .conftest import body_text, example

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(db):
    """The manager of Offshore Center Denmark (owner of the offshore wind example)."""
    user = make_user("ocd-manager")
    make_manager(user, english_cluster("offshore-center-denmark"))
    return user


@pytest.fixture
def own_request(db):
    return example("example-offshore-wind-cost")


@pytest.fixture
def other_request(db):
    return example("example-cross-border-health")  # Welfare Tech Region's


def refused(response):
    """Wagtail's admin answers a refused permission with a redirect to its home page (or a 403)."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")
    assert b"theirs@example.org" not in response.content


def interest_on(page, email):
    return Interest.objects.create(
        request_page=page, cluster_key=page.cluster.translation_key, name="N", organisation="O",
        country="DE", email=email, message="M", consent=True, language="en",
    )


def test_an_invitation_mail_sets_the_password_once(client, smtp):
    inviter = make_user("regx-editor", REGX_EDITORS)
    client.force_login(inviter)
    cluster = english_cluster("welfare-tech-region")
    response = client.post(reverse("partnersearch_invitations:add"), {"email": "new.manager@welfare.example", "clusters": [cluster.pk], "language": "de"})
    assert response.status_code == 302
    invitation = ManagerInvitation.objects.get()
    assert send_mail_jobs() == "mail: 1 sent, 0 failed"
    [mail] = smtp.to("new.manager@welfare.example")
    assert "Einladung" in str(mail["Subject"])
    link = re.search(r"https://intranet\.example(/de/partner-search-service/invitation/[^/\s]+/)", body_text(mail)).group(1)
    token = link.rstrip("/").rsplit("/", 1)[1]
    # Only the token's hash is stored, and the mail job forgets the token once sent.
    assert invitation.token_hash != token and token not in str(MailJob.objects.get().data)
    client.logout()
    assert client.get(link).status_code == 200
    bad = client.post(link, {"new_password1": "short", "new_password2": "short"})
    assert bad.status_code == 200 and b"form__error" in bad.content
    done = client.post(link, {"new_password1": "a-Long-enough-pass-2026", "new_password2": "a-Long-enough-pass-2026"})
    assert done.status_code == 302 and done["Location"] == reverse("wagtailadmin_home")
    user = get_user_model().objects.get(email="new.manager@welfare.example")
    assert user.check_password("a-Long-enough-pass-2026")
    assert ClusterManager.objects.filter(user=user, cluster=cluster).exists()
    assert client.get(link).status_code == 404  # used up


def test_a_manager_edits_only_their_own_clusters_requests(client, manager, own_request, other_request):
    assert own_request.permissions_for_user(manager).can_edit()
    other = other_request.permissions_for_user(manager)
    assert not other.can_edit() and not other.can_publish() and not other.can_delete() and not other.can_unpublish()
    client.force_login(manager)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[own_request.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[other_request.pk])).status_code != 200
    assert client.post(reverse("wagtailadmin_pages:unpublish", args=[other_request.pk])).status_code != 200
    other_request.refresh_from_db()
    assert other_request.live


def test_a_manager_cannot_publish_their_changes_only_submit_them(client, manager, own_request):
    assert not own_request.permissions_for_user(manager).can_publish()
    client.force_login(manager)
    post_edit(client, own_request, action="action-submit", title="Changed by the manager")
    own_request.refresh_from_db()
    assert own_request.title != "Changed by the manager"  # the live page waits for the moderators
    assert own_request.workflow_in_progress
    assert own_request.get_latest_revision_as_object().title == "Changed by the manager"


def test_a_manager_edits_only_their_own_cluster_profile(client, manager):
    own = english_cluster("offshore-center-denmark")
    other = english_cluster("welfare-tech-region")
    assert own.permissions_for_user(manager).can_edit()
    assert not other.permissions_for_user(manager).can_edit()
    assert not own.permissions_for_user(manager).can_publish()
    german_own = ClusterPage.objects.get(translation_key=own.translation_key, locale__language_code="de")
    assert german_own.permissions_for_user(manager).can_edit()


def test_a_manager_cannot_even_list_other_clusters_pages(client, manager):
    client.force_login(manager)
    index = PartnerSearchIndexPage.objects.get(locale__language_code="en")
    html = client.get(reverse("wagtailadmin_explore", args=[index.pk])).content.decode()
    assert "Example: partners for offshore wind cost competitiveness" in html
    assert "Example: expertise for cross-border health care development" not in html
    assert "Example: event partners" not in html
    cluster_index = Page.objects.get(pk=english_cluster("cewind").get_parent().pk)
    html = client.get(reverse("wagtailadmin_explore", args=[cluster_index.pk])).content.decode()
    assert "Offshore Center Denmark" in html and "Welfare Tech Region" not in html and "CEwind" not in html
    # Nor find them with the admin's page search.
    html = client.get(reverse("wagtailadmin_pages:search") + "?q=example").content.decode()
    assert "expertise for cross-border health care" not in html


def test_a_manager_sees_and_answers_only_their_own_interests(client, manager, own_request, other_request):
    mine = interest_on(own_request, "mine@example.org")
    theirs = interest_on(other_request, "theirs@example.org")
    client.force_login(manager)
    listing = client.get(reverse("partnersearch_interests:index"))
    html = listing.content.decode()
    assert listing.status_code == 200
    assert reverse("partnersearch_interests:inspect", args=[mine.pk]) in html
    assert reverse("partnersearch_interests:inspect", args=[theirs.pk]) not in html
    assert "export=csv" not in html  # no export for managers
    for response in (
        client.get(reverse("partnersearch_interests:inspect", args=[theirs.pk])),
        client.get(reverse("partnersearch_interests:edit", args=[theirs.pk])),
        client.post(reverse("partnersearch_interests:answered", args=[theirs.pk])),
    ):
        refused(response)
    assert client.post(reverse("partnersearch_interests:answered", args=[mine.pk])).status_code == 302
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.answered_at is not None and mine.answered_by == manager and theirs.answered_at is None


def test_regx_sees_every_interest_and_exports_them_as_csv(client, own_request, other_request):
    interest_on(own_request, "mine@example.org")
    interest_on(other_request, "theirs@example.org")
    client.force_login(make_user("regx-editor", REGX_EDITORS))
    html = client.get(reverse("partnersearch_interests:index")).content.decode()
    assert "export=csv" in html
    response = client.get(reverse("partnersearch_interests:index") + "?export=csv")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert sorted(row["E-mail address"] if "E-mail address" in row else row["email"] for row in rows) == ["mine@example.org", "theirs@example.org"]
