"""Loads the seed content (home/seed/content.py) into the site, in English,
then translates it into Danish and German through wagtail-localize.

Idempotent: records are found by their slug (pages under their parent, terms
by slug, partners by name) and updated in place, so a second run leaves the
same tree. ``reset()`` removes the seeded sections first, for a clean start.
"""
import datetime
from itertools import chain

from django.db import transaction
from django.utils.html import escape
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
from clusters.models import ClusterIndexPage, ClusterMember, ClusterPage
from core.translation import glossary_for, translate_instance
from home.editorial import PARTNER_EDITOR_GROUPS, set_up_editorial_workflow
from home.models import HomePage, HomePageFeaturedPage, StandardPage
from home.site_setup import SOURCE_LANGUAGE, set_up_site
from partnersearch.models import PartnerSearchIndexPage
from partnersearch.seed import load_partner_search
from taxonomy.models import PartnerOrganisation, Sector, Theme

from . import content


def paragraphs(value):
    """Rich text from a plain string or a list of paragraph strings."""
    items = [value] if isinstance(value, str) else value
    return "".join(f"<p>{escape(item)}</p>" for item in items)


def paragraph_blocks(items):
    return [("paragraph", paragraphs(item)) for item in items]


def i18n_texts(record):
    """Every {en, da, de} dict in a record, however deeply nested."""
    if isinstance(record, dict):
        if set(record) >= {"en", "da", "de"}:
            yield record
        else:
            for value in record.values():
                yield from i18n_texts(value)
    elif isinstance(record, list):
        for value in record:
            yield from i18n_texts(value)


def all_texts():
    sections = [
        content.SECTORS, content.THEMES, content.PARTNERS, content.CLUSTERS, content.CASE_STUDIES,
        content.GOOD_PRACTICES, content.EVENTS, content.PROJECT_IDEAS, content.STANDARD_PAGES,
        [content.HOME], list(content.INDEXES.values()),
    ]
    return list(chain.from_iterable(i18n_texts(section) for section in sections))


class SeedLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.source = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        self.targets = list(Locale.objects.exclude(pk=self.source.pk))
        texts = all_texts()
        self.glossaries = {locale.language_code: glossary_for(texts, locale.language_code) for locale in self.targets}

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    # --- helpers ----------------------------------------------------------------

    def translate(self, instance, record=None):
        """Translate an English page or snippet into every other language."""
        for locale in self.targets:
            fields = {}
            if record and record.get("slug_i18n"):
                fields["slug"] = record["slug_i18n"][locale.language_code]
            translate_instance(instance, locale, self.glossaries[locale.language_code], fields=fields)

    def upsert_page(self, parent, model, slug, **values):
        """Create or update the English page ``slug`` under ``parent`` and publish it."""
        page = model.objects.child_of(parent).filter(slug=slug).first()
        m2m = {key: values.pop(key) for key in list(values) if key in {f.name for f in model._meta.many_to_many}}
        children = values.pop("children", {})
        if page is None:
            page = model(slug=slug, locale=self.source, **values)
            for name, related in m2m.items():
                getattr(page, name).set(related)
            for name, rows in children.items():
                setattr(page, name, rows)
            parent.add_child(instance=page)
        else:
            for name, value in values.items():
                setattr(page, name, value)
            for name, related in m2m.items():
                getattr(page, name).set(related)
            for name, rows in children.items():
                setattr(page, name, rows)
        page.save_revision().publish()
        return page

    def upsert_term(self, model, record):
        term, _ = model.objects.update_or_create(
            slug=record["key"], locale=self.source, defaults={"name": record["name"]["en"]}
        )
        self.translate(term)
        return term

    # --- sections ---------------------------------------------------------------

    def load(self):
        self.sectors = {record["key"]: self.upsert_term(Sector, record) for record in content.SECTORS}
        self.themes = {record["key"]: self.upsert_term(Theme, record) for record in content.THEMES}
        self.partners = {record["key"]: self.load_partner(record) for record in content.PARTNERS}
        self.log(f"Taxonomies: {len(self.sectors)} sectors, {len(self.themes)} themes, {len(self.partners)} partners.")

        self.home = self.load_home()
        self.load_standard_pages()
        clusters = self.load_clusters()
        practices = self.load_good_practices()
        cases = self.load_case_studies(practices)
        events = self.load_events()
        ideas = self.load_project_ideas(clusters)
        requests = load_partner_search(self, clusters)
        self.feature_on_home(clusters, cases)
        self.log(
            f"Pages: {len(clusters)} clusters, {len(cases)} case studies, {len(practices)} good practices, "
            f"{len(events)} events, {len(ideas)} project ideas, {len(requests)} example cooperation requests, "
            f"{len(content.STANDARD_PAGES)} standard pages, "
            f"each in {1 + len(self.targets)} languages."
        )

    def load_partner(self, record):
        partner, _ = PartnerOrganisation.objects.update_or_create(
            name=record["name"],
            locale=self.source,
            defaults={
                "full_name": record["full_name"]["en"],
                "website": record["website"],
                "country": record["country"],
                "description": record["description"]["en"],
                "editor_group": PARTNER_EDITOR_GROUPS[record["key"]](),
            },
        )
        self.translate(partner)
        return partner

    def load_home(self):
        home = HomePage.objects.get(locale=self.source, depth=2)
        home.title = content.HOME["title"]["en"]
        home.hero_heading = content.HOME["hero_heading"]["en"]
        home.hero_text = content.HOME["hero_text"]["en"]
        home.introduction = paragraphs(content.HOME["introduction"]["en"])
        home.save_revision().publish()
        return home

    def index_page(self, key, model):
        record = content.INDEXES[key]
        page = self.upsert_page(
            self.home, model, record["slug"], title=record["title"]["en"], intro=paragraphs(record["intro"]["en"]),
            show_in_menus=True,  # the sections make up the main navigation
        )
        self.translate(page, record)
        return page

    def load_standard_pages(self):
        for record in content.STANDARD_PAGES:
            page = self.upsert_page(
                self.home, StandardPage, record["slug"],
                title=record["title"]["en"], intro=record["intro"]["en"],
                body=paragraph_blocks(record["body"]["en"]),
                show_in_menus=record.get("in_menu", False),
            )
            self.translate(page, record)

    def load_clusters(self):
        index = self.index_page("clusters", ClusterIndexPage)
        clusters = {}
        for record in content.CLUSTERS:
            contact = record["contact"]
            page = self.upsert_page(
                index, ClusterPage, record["slug"],
                title=record["name"],
                short_description=record["short_description"]["en"],
                country=record["country"],
                region=record["region"],
                city=record["city"],
                sectors=[self.sectors[key] for key in record["sectors"]],
                member_count=record["member_count"],
                founded_year=record["founded_year"],
                website=record["website"],
                contact_name=contact["name"],
                contact_role=contact["role"]["en"],
                contact_email=contact["email"],
                contact_phone=contact["phone"],
                responsible_partner=self.partners[record["partner"]],
                offers=paragraphs(record["offers"]["en"]),
                looking_for=paragraphs(record["looking_for"]["en"]),
                is_demo=record["demo"],
                children={"members": [ClusterMember(name=m["name"], kind=m["kind"]) for m in record["members"]]},
            )
            page.keywords.set(record["keywords"])
            page.save_revision().publish()
            self.translate(page, record)
            clusters[record["slug"]] = page
        return clusters

    def load_good_practices(self):
        index = self.index_page("good_practice", GoodPracticeIndexPage)
        practices = {}
        for record in content.GOOD_PRACTICES:
            page = self.upsert_page(
                index, GoodPracticePage, record["slug"],
                title=record["title"]["en"],
                recommendation=record["recommendation"]["en"],
                summary=record["summary"]["en"],
                why_it_matters=paragraphs(record["why_it_matters"]["en"]),
                how_to_apply=paragraphs(record["how_to_apply"]["en"]),
                themes=[self.themes[key] for key in record["themes"]],
            )
            self.translate(page, record)
            practices[record["slug"]] = page
        return practices

    def load_case_studies(self, practices):
        index = self.index_page("case_studies", CaseStudyIndexPage)
        cases = {}
        for record in content.CASE_STUDIES:
            page = self.upsert_page(
                index, CaseStudyPage, record["slug"],
                title=record["title"]["en"],
                border_region=record["border_region"]["en"],
                period_start=record["period_start"],
                period_end=record["period_end"],
                summary=record["summary"]["en"],
                challenge=paragraphs(record["challenge"]["en"]),
                approach=paragraphs(record["approach"]["en"]),
                results=paragraphs(record["results"]["en"]),
                lessons_learned=paragraphs(record["lessons_learned"]["en"]),
                supported_practices=[practices[slug] for slug in record["good_practices"]],
                themes=[self.themes[key] for key in record["themes"]],
                sources=[("source", {"title": s["title"], "url": s["url"]}) for s in record["sources"]],
                is_demo=record["demo"],
                children={"countries": [CaseStudyCountry(country=code) for code in record["countries"]]},
            )
            self.translate(page, record)
            cases[record["slug"]] = page
        return cases

    def load_events(self):
        index = self.index_page("events", EventIndexPage)
        events = {}
        for record in content.EVENTS:
            page = self.upsert_page(
                index, EventPage, record["slug"],
                title=record["title"]["en"],
                kind=record["kind"],
                start_date=datetime.date.fromisoformat(record["start"]),
                end_date=datetime.date.fromisoformat(record["end"]),
                location=record["location"]["en"],
                summary=record["summary"]["en"],
                topics=[("topic", topic) for topic in record["topics"]["en"]],
                themes=[self.themes[key] for key in record["themes"]],
                is_demo=record["demo"],
            )
            self.translate(page, record)
            events[record["slug"]] = page
        return events

    def load_project_ideas(self, clusters):
        index = self.index_page("project_ideas", ProjectIdeaIndexPage)
        ideas = {}
        for record in content.PROJECT_IDEAS:
            contact = record["contact"]
            page = self.upsert_page(
                index, ProjectIdeaPage, record["slug"],
                title=record["title"]["en"],
                status=record["status"],
                summary=record["summary"]["en"],
                lead_cluster=clusters.get(record["lead_cluster"]),
                partner_clusters=[clusters[slug] for slug in record["partner_clusters"]],
                goals=[("goal", goal) for goal in record["goals"]["en"]],
                contact_name=contact["name"],
                contact_role=contact["role"]["en"],
                contact_email=contact["email"],
                contact_phone=contact["phone"],
            )
            self.translate(page, record)
            ideas[record["slug"]] = page
        return ideas

    def feature_on_home(self, clusters, cases):
        featured = [page for page in list(clusters.values())[:3] + list(cases.values())[:1]]
        self.home.featured_pages = [HomePageFeaturedPage(page=page) for page in featured]
        self.home.save_revision().publish()
        self.translate(self.home)


SEEDED_SECTIONS = (
    ClusterIndexPage, CaseStudyIndexPage, GoodPracticeIndexPage, EventIndexPage, ProjectIdeaIndexPage, StandardPage,
)


def reset():
    """Remove the seeded sections in every language, and the taxonomies."""
    # Cooperation requests first: they keep their cluster from being deleted.
    for index in PartnerSearchIndexPage.objects.all():
        index.delete()
    for home in HomePage.objects.all():
        for child in home.get_children().specific():
            if isinstance(child, SEEDED_SECTIONS):
                child.delete()
    ClusterPage.objects.all().delete()
    PartnerOrganisation.objects.all().delete()
    Sector.objects.all().delete()
    Theme.objects.all().delete()


@transaction.atomic
def load_seed_content(stdout=None, reset_first=False):
    set_up_site()
    set_up_editorial_workflow()
    if reset_first:
        reset()
    SeedLoader(stdout).load()
