"""Users and pages for tests, built the way the site builds them."""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from clusters.models import ClusterIndexPage, ClusterPage
from taxonomy.models import PartnerOrganisation


def make_user(username, *group_names, superuser=False):
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username=username, email=f"{username}@example.org", password="pw")
    user = User.objects.create_user(username=username, email=f"{username}@example.org", password="pw")
    user.groups.set(Group.objects.filter(name__in=group_names))
    return user


def english_cluster(slug):
    return ClusterPage.objects.get(slug=slug, locale__language_code="en")


def new_english_cluster(slug="new-test-cluster", title="New Test Cluster", partner="REG X", **fields):
    """An English cluster created outside the admin, so not yet synchronised into other languages."""
    english = Locale.objects.get(language_code="en")
    index = ClusterIndexPage.objects.get(locale=english)
    page = index.add_child(
        instance=ClusterPage(
            title=title,
            slug=slug,
            short_description=fields.pop("short_description", "A cluster made for a test."),
            country=fields.pop("country", "DK"),
            responsible_partner=PartnerOrganisation.objects.get(name=partner, locale=english),
            locale=english,
            **fields,
        )
    )
    page.save_revision().publish()
    return page
