"""What each synthetic page says: one plan per item, rendered in every language.

``plan_<type>(rng, context)`` draws an item's content from its own random
generator and returns an ``ItemPlan``: the values shared by all languages
(dates, numbers, relations), a function giving the fields in one language,
and the rows that hang off the page (inline children, tags). Distributions
are uneven on purpose, as in real data: sectors, themes, countries, cities,
the clusters events and ideas refer to, all follow Zipf laws; text lengths
vary from a sentence to several paragraphs.
"""
import datetime
import unicodedata
import uuid
from dataclasses import dataclass, field

from django.utils.text import slugify

from . import vocabulary
from .text import LANGUAGES, TextPlanner, Zipf, render_html, render_sentence, render_text, render_title, render_word

# Dates are drawn around a fixed day, so that a seed always gives the same corpus.
REFERENCE_DATE = datetime.date(2026, 1, 1)
REFERENCE_TIME = datetime.datetime(2026, 1, 1, 12, 0, tzinfo=datetime.timezone.utc)

_TRANSLITERATION = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss",
                                  "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def ascii_slug(text, limit=60):
    """A slug as the seed content writes them: æ → ae, ü → ue, ..., then Django's slugify."""
    text = unicodedata.normalize("NFC", text).translate(_TRANSLITERATION)
    return slugify(text)[:limit].strip("-") or "page"


def block_id(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def weighted(rng, choices):
    """One key of ``choices`` ({key: weight})."""
    return rng.choices(list(choices), weights=list(choices.values()))[0]


@dataclass
class ItemPlan:
    title: dict  # language -> title
    slug: dict  # language -> slug
    shared: dict  # field values the same in every language
    localized: object  # callable(language) -> {field: value}
    m2m: dict = field(default_factory=dict)  # field name -> [ids of source-language records]
    localized_fk: dict = field(default_factory=dict)  # field name -> {language: id}
    children: list = field(default_factory=list)  # (model, {field: value}) rows per page
    tags: list = field(default_factory=list)
    first_published_at: datetime.datetime = None
    last_published_at: datetime.datetime = None


def _publication(rng):
    first = REFERENCE_TIME - datetime.timedelta(seconds=rng.randint(0, 5 * 365 * 86400))
    last = min(first + datetime.timedelta(seconds=rng.randint(0, 400 * 86400)), REFERENCE_TIME)
    return first, last


def _slugs(titles, item):
    return {language: f"{ascii_slug(title)}-{item}" for language, title in titles.items()}


def _body_blocks(planner, rng, count):
    """StreamField raw data of a BodyBlock: headings, paragraphs, now and then a quote."""
    blocks = []
    for _ in range(count):
        heading = planner.title("topic")
        blocks.append(("heading", heading, block_id(rng)))
        for paragraph in planner.paragraphs(rng.randint(1, 2)):
            blocks.append(("paragraph", paragraph, block_id(rng)))
        if rng.random() < 0.15:
            blocks.append(("quote", planner.sentence(), block_id(rng)))
    return blocks


def _render_body(blocks, language):
    raw = []
    for kind, plan, identifier in blocks:
        if kind == "heading":
            value = render_title(plan, "topic", language)
        elif kind == "paragraph":
            value = render_html([plan], language)
        else:
            value = {"text": render_sentence(plan, language), "attribution": ""}
        raw.append({"type": kind, "value": value, "id": identifier})
    return raw


def _contact(rng, country):
    first = rng.choice(vocabulary.FIRST_NAMES)
    last = rng.choice(vocabulary.LAST_NAMES)
    domain = "example.dk" if country == "DK" else "example.de"
    prefix = "+45" if country == "DK" else "+49"
    digits = " ".join(f"{rng.randint(10, 99)}" for _ in range(4))
    return {
        "contact_name": f"{first} {last}",
        "contact_email": f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}",
        "contact_phone": f"{prefix} {digits}",
    }


CONTACT_ROLES = [
    {"en": "Cluster manager", "da": "Klyngechef", "de": "Clustermanagerin"},
    {"en": "Project manager", "da": "Projektleder", "de": "Projektleiter"},
    {"en": "Innovation consultant", "da": "Innovationskonsulent", "de": "Innovationsberater"},
    {"en": "Head of international affairs", "da": "International chef", "de": "Leiterin Internationales"},
]


@dataclass
class PlanContext:
    """What plans refer to: source-language records, drawn with Zipf laws."""

    sector_ids: list
    theme_ids: list
    partner_ids: dict  # country -> {language: partner id}
    cluster_keys: list = field(default_factory=list)  # item numbers of the corpus's clusters
    practice_keys: list = field(default_factory=list)
    page_ids: dict = field(default_factory=dict)  # item number -> {language: page id}

    def __post_init__(self):
        self.sector_ranks = Zipf(len(self.sector_ids), 1.2)
        self.theme_ranks = Zipf(len(self.theme_ids), 1.1)
        self.country_ranks = Zipf(len(vocabulary.CASE_STUDY_COUNTRIES), 1.3)
        self.city_ranks = {country: Zipf(len(cities), 1.2) for country, cities in vocabulary.CITIES.items()}
        self.border_ranks = Zipf(len(vocabulary.BORDER_REGIONS), 1.0)
        self.cluster_word_ranks = Zipf(len(vocabulary.CLUSTER_NAME_WORDS), 1.0)
        self._zipf_cache = {}

    def _ranks(self, keys):
        # One Zipf law per list of items, built once: popular clusters are popular everywhere.
        if len(keys) not in self._zipf_cache:
            self._zipf_cache[len(keys)] = Zipf(len(keys), 1.1)
        return self._zipf_cache[len(keys)]

    def cluster_items(self, rng, k):
        """Item numbers of ``k`` of the corpus's clusters."""
        if not self.cluster_keys:
            return []
        return [self.cluster_keys[rank] for rank in self._ranks(self.cluster_keys).sample(rng, k)]

    def clusters(self, rng, k):
        """Source-language page ids of ``k`` of the corpus's clusters."""
        return [self.page_ids[key]["en"] for key in self.cluster_items(rng, k)]

    def practices(self, rng, k):
        if not self.practice_keys:
            return []
        return [self.page_ids[self.practice_keys[rank]]["en"] for rank in self._ranks(self.practice_keys).sample(rng, k)]

    def sectors(self, rng, k):
        return [self.sector_ids[rank] for rank in self.sector_ranks.sample(rng, k)]

    def themes(self, rng, k):
        return [self.theme_ids[rank] for rank in self.theme_ranks.sample(rng, k)]


def plan_cluster(rng, item, context):
    planner = TextPlanner(rng)
    country = "DK" if rng.random() < 0.45 else "DE"
    city, region = vocabulary.CITIES[country][context.city_ranks[country].draw(rng)]
    word = vocabulary.CLUSTER_NAME_WORDS[context.cluster_word_ranks.draw(rng)]
    suffix = rng.choice(vocabulary.CLUSTER_NAME_SUFFIXES)
    name = f"{word} {suffix} {city}" if rng.random() < 0.6 else f"{city} {word} {suffix}"
    slug = f"{ascii_slug(name)}-{item}"
    short = planner.sentences(rng.randint(1, 2))
    offers = planner.paragraphs(rng.randint(1, 2))
    looking_for = planner.paragraphs(rng.randint(1, 2))
    body = _body_blocks(planner, rng, rng.choice((0, 0, 1, 1, 2, 3)))
    role = rng.choice(CONTACT_ROLES)
    members = []
    for position in range(rng.randint(2, 8)):
        kind = weighted(rng, {"company": 70, "research": 12, "education": 10, "public": 8})
        noun = render_word(planner.noun(), "en").title()
        if kind == "company":
            member = f"{rng.choice(vocabulary.LAST_NAMES)} {noun} {rng.choice(vocabulary.MEMBER_SUFFIXES[country])}"
        elif kind == "research":
            member = f"Institute of {noun}, {city}"
        elif kind == "education":
            member = f"{city} Academy of {noun}"
        else:
            member = f"{city} Municipality" if country == "DK" else f"Stadt {city}"
        members.append({"name": member, "kind": kind, "website": "", "sort_order": position})
    tags = sorted({render_word(planner.compound(), "en").lower() for _ in range(rng.randint(3, 8))})
    first, last = _publication(rng)
    shared = {
        "country": country,
        "city": city,
        "region": region,
        "member_count": int(min(2000, rng.lognormvariate(4.0, 0.8))),
        "founded_year": rng.randint(1995, 2024),
        "website": f"https://www.{slug}.example",
        "is_demo": False,
        **_contact(rng, country),
    }

    def localized(language):
        return {
            "short_description": render_text(short, language),
            "offers": render_html(offers, language),
            "looking_for": render_html(looking_for, language),
            "body": _render_body(body, language),
            "contact_role": role[language],
        }

    return ItemPlan(
        title={language: name for language in LANGUAGES},
        slug={language: slug for language in LANGUAGES},
        shared=shared,
        localized=localized,
        m2m={"sectors": context.sectors(rng, weighted(rng, {1: 50, 2: 35, 3: 15}))},
        localized_fk={"responsible_partner_id": context.partner_ids[country]},
        children=[("members", row) for row in members],
        tags=tags,
        first_published_at=first,
        last_published_at=last,
    )


def plan_good_practice(rng, item, context):
    planner = TextPlanner(rng)
    title = planner.title("good_practice")
    titles = {language: render_title(title, "good_practice", language) for language in LANGUAGES}
    recommendation = planner.sentences(1)
    summary = planner.sentences(rng.randint(1, 2))
    why = planner.paragraphs(rng.randint(1, 2))
    how = planner.paragraphs(rng.randint(1, 3))
    first, last = _publication(rng)

    def localized(language):
        return {
            "recommendation": render_text(recommendation, language),
            "summary": render_text(summary, language),
            "why_it_matters": render_html(why, language),
            "how_to_apply": render_html(how, language),
        }

    return ItemPlan(
        title=titles, slug=_slugs(titles, item), shared={}, localized=localized,
        m2m={"themes": context.themes(rng, weighted(rng, {1: 45, 2: 40, 3: 15}))},
        first_published_at=first, last_published_at=last,
    )


def plan_case_study(rng, item, context):
    planner = TextPlanner(rng)
    title = planner.title("case_study")
    titles = {language: render_title(title, "case_study", language) for language in LANGUAGES}
    region = vocabulary.BORDER_REGIONS[context.border_ranks.draw(rng)]
    start = rng.randint(2000, 2024)
    end = None if rng.random() < 0.3 else min(start + rng.randint(1, 6), 2026)
    summary = planner.sentences(rng.randint(1, 2))
    sections = {name: planner.paragraphs(rng.randint(1, 3)) for name in ("challenge", "approach", "results", "lessons_learned")}
    sources = []
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        source = planner.title("topic")
        sources.append((source, block_id(rng), f"https://www.interreg.example/{ascii_slug(render_title(source, 'topic', 'en'))}"))
    countries = [vocabulary.CASE_STUDY_COUNTRIES[rank] for rank in context.country_ranks.sample(rng, weighted(rng, {1: 20, 2: 60, 3: 20}))]
    first, last = _publication(rng)

    def localized(language):
        values = {name: render_html(paragraphs, language) for name, paragraphs in sections.items()}
        values["summary"] = render_text(summary, language)
        values["border_region"] = region[LANGUAGES.index(language)]
        values["sources"] = [
            {"type": "source", "value": {"title": render_title(plan, "topic", language), "url": url}, "id": identifier}
            for plan, identifier, url in sources
        ]
        return values

    return ItemPlan(
        title=titles, slug=_slugs(titles, item),
        shared={"period_start": start, "period_end": end, "is_demo": False},
        localized=localized,
        m2m={
            "themes": context.themes(rng, weighted(rng, {1: 35, 2: 45, 3: 20})),
            "supported_practices": context.practices(rng, rng.choice((0, 1, 1, 2, 3))),
        },
        children=[("countries", {"country": code, "sort_order": position}) for position, code in enumerate(countries)],
        first_published_at=first, last_published_at=last,
    )


def plan_event(rng, item, context):
    planner = TextPlanner(rng)
    kind = weighted(rng, {"workshop": 50, "networking": 30, "matchmaking": 20})
    title = planner.title("event")
    titles = {
        language: f"{vocabulary.EVENT_KINDS[kind][language]}: {render_title(title, 'event', language)}"
        for language in LANGUAGES
    }
    start = REFERENCE_DATE + datetime.timedelta(days=rng.randint(-4 * 365, 2 * 365))
    end = None if rng.random() < 0.65 else start + datetime.timedelta(days=rng.randint(1, 2))
    start_time = end_time = None
    if rng.random() < 0.5:
        hour = rng.randint(8, 14)
        start_time = datetime.time(hour, rng.choice((0, 30)))
        end_time = datetime.time(min(hour + rng.randint(2, 8), 22), rng.choice((0, 30)))
    place = rng.randrange(len(vocabulary.PLACES))
    summary = planner.sentences(rng.randint(1, 2))
    topics = [(planner.title("topic"), block_id(rng)) for _ in range(rng.randint(2, 5))]
    programme = []
    minutes = 9 * 60
    for title_index in sorted(rng.sample(range(len(vocabulary.PROGRAMME_TITLES)), rng.randint(3, 6))):
        programme.append((f"{minutes // 60:02d}:{minutes % 60:02d}", title_index, planner.sentence(), block_id(rng)))
        minutes += rng.choice((30, 45, 60, 90))
    body = [(("paragraph", paragraph, block_id(rng))) for paragraph in planner.paragraphs(rng.choice((0, 1, 1, 2)))]
    first, last = _publication(rng)

    def localized(language):
        index = LANGUAGES.index(language)
        return {
            "location": vocabulary.PLACES[place][index],
            "summary": render_text(summary, language),
            "topics": [{"type": "topic", "value": render_title(plan, "topic", language), "id": identifier}
                       for plan, identifier in topics],
            "programme": [
                {"type": "item", "id": identifier, "value": {
                    "time": time, "title": vocabulary.PROGRAMME_TITLES[title_index][language],
                    "description": render_sentence(sentence, language),
                }}
                for time, title_index, sentence, identifier in programme
            ],
            "body": _render_body(body, language),
        }

    return ItemPlan(
        title=titles, slug=_slugs(titles, item),
        shared={
            "kind": kind, "start_date": start, "end_date": end, "start_time": start_time, "end_time": end_time,
            "registration_url": f"https://events.example/{item}" if rng.random() < 0.5 else "",
            "is_demo": False,
        },
        localized=localized,
        m2m={
            "related_clusters": context.clusters(rng, rng.choice((0, 1, 1, 2, 3))),
            "themes": context.themes(rng, weighted(rng, {1: 60, 2: 40})),
        },
        first_published_at=first, last_published_at=last,
    )


def plan_project_idea(rng, item, context):
    planner = TextPlanner(rng)
    title = planner.title("project_idea")
    titles = {language: render_title(title, "project_idea", language) for language in LANGUAGES}
    summary = planner.sentences(rng.randint(1, 2))
    goals = [(planner.sentence(), block_id(rng)) for _ in range(rng.randint(2, 5))]
    body = _body_blocks(planner, rng, rng.randint(1, 3))
    lead = context.cluster_items(rng, 1) if rng.random() < 0.8 else []
    role = rng.choice(CONTACT_ROLES)
    first, last = _publication(rng)
    # The lead cluster is a foreign key: each language links to the cluster in its own language.
    lead_ids = {"lead_cluster_id": context.page_ids[lead[0]]} if lead else {}

    def localized(language):
        return {
            "summary": render_text(summary, language),
            "goals": [{"type": "goal", "value": render_sentence(plan, language), "id": identifier} for plan, identifier in goals],
            "body": _render_body(body, language),
            "contact_role": role[language],
        }

    return ItemPlan(
        title=titles, slug=_slugs(titles, item),
        shared={
            "status": weighted(rng, {"proposed": 35, "ongoing": 25, "funded": 15, "completed": 20, "discontinued": 5}),
            **_contact(rng, "DK" if rng.random() < 0.5 else "DE"),
        },
        localized=localized,
        m2m={"partner_clusters": context.clusters(rng, rng.randint(1, 4))},
        localized_fk=lead_ids,
        first_published_at=first, last_published_at=last,
    )


PLANNERS = {
    "cluster": plan_cluster,
    "good_practice": plan_good_practice,
    "case_study": plan_case_study,
    "event": plan_event,
    "project_idea": plan_project_idea,
}
