"""REG X editors look after the Danish clusters, WTSH editors after the German
ones; both edit the shared sections; neither publishes."""
import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from casestudies.models import GoodPracticePage
from clusters.models import ClusterPage
from home.editorial import REGX_EDITORS, WTSH_EDITORS
from tests.admin_forms import post_edit
from tests.factories import english_cluster, make_user

pytestmark = pytest.mark.django_db

DANISH_CLUSTER = "offshore-center-denmark"  # REG X
GERMAN_CLUSTER = "windcomm-schleswig-holstein"  # WTSH


@pytest.fixture
def regx_editor():
    return make_user("regx", REGX_EDITORS)


@pytest.fixture
def wtsh_editor():
    return make_user("wtsh", WTSH_EDITORS)


@pytest.mark.parametrize(
    "editor_fixture, own, foreign",
    [("regx_editor", DANISH_CLUSTER, GERMAN_CLUSTER), ("wtsh_editor", GERMAN_CLUSTER, DANISH_CLUSTER)],
)
def test_editors_edit_their_agencys_clusters_only(request, client, editor_fixture, own, foreign):
    editor = request.getfixturevalue(editor_fixture)
    client.force_login(editor)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[english_cluster(own).pk])).status_code == 200
    foreign_page = english_cluster(foreign)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[foreign_page.pk]))
    assert response.status_code in (302, 403)
    # The same holds for the foreign cluster in every language tree.
    for translation in ClusterPage.objects.filter(translation_key=foreign_page.translation_key):
        perms = translation.permissions_for_user(editor)
        assert not perms.can_edit() and not perms.can_publish() and not perms.can_submit_for_moderation()


def test_an_editor_cannot_submit_a_foreign_cluster_for_moderation(client, regx_editor):
    client.force_login(regx_editor)
    foreign = english_cluster(GERMAN_CLUSTER)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[foreign.pk]), {"title": "Hijacked", "action-submit": "1"})
    assert response.status_code in (302, 403)
    foreign.refresh_from_db()
    assert foreign.title == "Windcomm Schleswig-Holstein"
    assert not WorkflowState.objects.filter(object_id=str(foreign.pk)).exists()


def test_editors_cannot_publish_even_their_own_clusters(client, regx_editor):
    own = english_cluster(DANISH_CLUSTER)
    perms = own.permissions_for_user(regx_editor)
    assert perms.can_edit() and perms.can_submit_for_moderation()
    assert not perms.can_publish()
    client.force_login(regx_editor)
    post_edit(client, own, action="action-publish", title="Offshore Center Denmark (edited)")
    own.refresh_from_db()
    assert own.title == "Offshore Center Denmark"  # the live page is unchanged


@pytest.mark.parametrize("editor_fixture", ["regx_editor", "wtsh_editor"])
def test_both_agencies_edit_the_shared_sections(request, editor_fixture):
    editor = request.getfixturevalue(editor_fixture)
    for page in GoodPracticePage.objects.all()[:3]:
        perms = page.permissions_for_user(editor)
        assert perms.can_edit() and not perms.can_publish()


def test_moderators_and_admins_are_not_bound_to_an_agency():
    moderator = make_user("mod", "Moderators")
    for slug in (DANISH_CLUSTER, GERMAN_CLUSTER):
        perms = english_cluster(slug).permissions_for_user(moderator)
        assert perms.can_edit() and perms.can_publish()
