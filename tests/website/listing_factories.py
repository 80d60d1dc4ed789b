"""Pages for the list-page tests: many items with everything a card shows
(sectors or themes, logos, countries, linked pages), built like the seed."""
import datetime
import io
import itertools

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale

from agenda.models import EventIndexPage, EventPage
from casestudies.models import (
    CaseStudyCountry,
    CaseStudyIndexPage,
    CaseStudyPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    ProjectIdeaIndexPage,
    ProjectIdeaPage,
)
from clusters.models import ClusterIndexPage, ClusterPage
from home.models import HomePage, HomePageFeaturedPage
from taxonomy.models import PartnerOrganisation, Sector, Theme

_numbers = itertools.count(1)


def english():
    return Locale.objects.get(language_code="en")


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_logo():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 40), (11, 58, 99)).save(buffer, "PNG")
    number = next(_numbers)
    return get_image_model().objects.create(
        title=f"Test logo {number}", file=ImageFile(buffer, name=f"logo-{number}.png")
    )


def add_clusters(count):
    locale = english()
    index = ClusterIndexPage.objects.get(locale=locale)
    partner = PartnerOrganisation.objects.get(name="REG X", locale=locale)
    sectors = list(Sector.objects.filter(locale=locale)[:3])
    pages = []
    for _ in range(count):
        number = next(_numbers)
        page = ClusterPage(
            title=f"Test cluster {number}", slug=f"test-cluster-{number}", locale=locale,
            short_description="A cluster made for a test.", country="DK" if number % 2 else "DE",
            city="Odense", region="Syddanmark", responsible_partner=partner, logo=make_logo(),
        )
        page.sectors.set(sectors[: 1 + number % 3])
        pages.append(_publish(index, page))
    return pages


def add_case_studies(count):
    locale = english()
    index = CaseStudyIndexPage.objects.get(locale=locale)
    themes = list(Theme.objects.filter(locale=locale)[:3])
    practices = list(GoodPracticePage.objects.filter(locale=locale)[:2])
    for _ in range(count):
        number = next(_numbers)
        page = CaseStudyPage(
            title=f"Test case {number}", slug=f"test-case-{number}", locale=locale, border_region="Øresund",
            period_start=2010, period_end=2012, summary="A case made for a test.", challenge="<p>c</p>",
            approach="<p>a</p>", results="<p>r</p>", lessons_learned="<p>l</p>",
            countries=[CaseStudyCountry(country="SE"), CaseStudyCountry(country="DK")],
        )
        page.themes.set(themes)
        page.supported_practices.set(practices)
        _publish(index, page)


def add_good_practices(count):
    locale = english()
    index = GoodPracticeIndexPage.objects.get(locale=locale)
    themes = list(Theme.objects.filter(locale=locale)[:2])
    for _ in range(count):
        number = next(_numbers)
        page = GoodPracticePage(
            title=f"Test practice {number}", slug=f"test-practice-{number}", locale=locale,
            recommendation="Do it.", summary="A practice made for a test.", why_it_matters="<p>w</p>",
            how_to_apply="<p>h</p>",
        )
        page.themes.set(themes)
        _publish(index, page)


def add_project_ideas(count):
    locale = english()
    index = ProjectIdeaIndexPage.objects.get(locale=locale)
    clusters = list(ClusterPage.objects.filter(locale=locale)[:3])
    for _ in range(count):
        number = next(_numbers)
        page = ProjectIdeaPage(
            title=f"Test idea {number}", slug=f"test-idea-{number}", locale=locale, status="proposed",
            summary="An idea made for a test.", lead_cluster=clusters[number % 3],
        )
        page.partner_clusters.set(clusters[:2])
        _publish(index, page)


def add_events(count):
    """Half upcoming, half past."""
    locale = english()
    index = EventIndexPage.objects.get(locale=locale)
    themes = list(Theme.objects.filter(locale=locale)[:2])
    today = datetime.date.today()
    for position in range(count):
        number = next(_numbers)
        start = today + datetime.timedelta(days=10 + number) if position % 2 else today - datetime.timedelta(days=10 + number)
        page = EventPage(
            title=f"Test event {number}", slug=f"test-event-{number}", locale=locale, kind="workshop",
            start_date=start, location="Flensburg", summary="An event made for a test.",
        )
        page.themes.set(themes)
        _publish(index, page)


def feature_on_home(pages, language="en"):
    """Feature ``pages`` on the home page in ``language`` (each language's home has its own list)."""
    home = HomePage.objects.get(locale__language_code=language, depth=2)
    home.featured_pages.add(*[HomePageFeaturedPage(page=page) for page in pages])
    home.save_revision().publish()
