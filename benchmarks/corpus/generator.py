"""Creating (and removing) the synthetic benchmark corpus in bulk.

Creating Wagtail pages one by one (``add_child`` + a revision + a
wagtail-localize translation per language) costs tens of queries per page:
minutes for a thousand pages, hours for ninety thousand. The generator writes
the same rows directly instead:

1. the materialised paths are computed up front: each new page is the next
   child of its section's index page in its language's tree (the English,
   Danish and German index pages are translations of one another);
2. the ``wagtailcore_page`` rows are bulk-inserted (PostgreSQL returns their
   ids), then the rows of the specific model (``clusters_clusterpage``, ...),
   the many-to-many rows, the inline children (members, countries) and tags;
3. the three languages' pages of one item share a ``translation_key``, as
   wagtail-localize's translations do, so Wagtail (``get_translations``,
   ``localized``) and the API link them; their texts are in each language's
   own vocabulary (benchmarks/corpus/text.py);
4. the index pages' ``numchild`` is set from the tree at the end.

The pages are live and published (``first_published_at``/``last_published_at``
set) but have no revisions, no reference-index rows and no wagtail-localize
translation records: they render, list, search and serve through the API like
any page; an editor opening one starts from its current content.

Corpus pages are recognised by their translation key: every key starts with
``CORPUS_KEY_MARKER``, so removing a corpus needs no list of its pages.
"""
import random
import time
import uuid
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import signals
from wagtail.models import Locale, Page

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
from clusters.models import ClusterIndexPage, ClusterKeyword, ClusterMember, ClusterPage
from taxonomy.models import PartnerOrganisation, Sector, Theme

from .plans import PLANNERS, PlanContext
from .text import LANGUAGES

GENERATOR_VERSION = "1"
CORPUS_KEY_MARKER = 0x5EEDC0DE
BATCH_SIZE = 500
# Items written per round (each round: all languages, all tables of one page type).
ROUND_SIZE = 2000

# Shares of the page types in a corpus: many events and case studies, few
# clusters (a network has dozens to hundreds of clusters, each with a long
# trail of events, ideas and lessons).
SHARES = {
    "event": 0.38,
    "case_study": 0.25,
    "project_idea": 0.20,
    "good_practice": 0.12,
    "cluster": 0.05,
}
# Referenced types first: case studies link good practice, events and ideas link clusters.
CREATION_ORDER = ["cluster", "good_practice", "case_study", "event", "project_idea"]
PAGE_MODELS = {
    "cluster": ClusterPage,
    "good_practice": GoodPracticePage,
    "case_study": CaseStudyPage,
    "event": EventPage,
    "project_idea": ProjectIdeaPage,
}
INDEX_MODELS = {
    "cluster": ClusterIndexPage,
    "good_practice": GoodPracticeIndexPage,
    "case_study": CaseStudyIndexPage,
    "event": EventIndexPage,
    "project_idea": ProjectIdeaIndexPage,
}
CHILD_MODELS = {"members": ClusterMember, "countries": CaseStudyCountry}


class CorpusError(Exception):
    """The site is not ready for a corpus (e.g. a section index page is missing)."""


def corpus_key(seed, item):
    """The translation key of item ``item`` of the corpus made with ``seed``."""
    return uuid.UUID(int=(CORPUS_KEY_MARKER << 96) | ((seed & 0xFFFFFFFF) << 64) | item)


def corpus_pages():
    """Every page of any generated corpus (a range of translation keys: uses the key's index)."""
    return Page.objects.filter(
        translation_key__gte=uuid.UUID(int=CORPUS_KEY_MARKER << 96),
        translation_key__lt=uuid.UUID(int=(CORPUS_KEY_MARKER + 1) << 96),
    )


def type_counts(pages):
    """Items per page type for ``pages`` items: the shares, rounded by largest
    remainder so that they add up, with at least one of each type when possible."""
    exact = {kind: pages * share for kind, share in SHARES.items()}
    counts = {kind: int(value) for kind, value in exact.items()}
    for kind in sorted(exact, key=lambda k: exact[k] - counts[k], reverse=True)[: pages - sum(counts.values())]:
        counts[kind] += 1
    if pages >= len(SHARES):
        for kind in counts:
            while counts[kind] == 0:
                donor = max(counts, key=counts.get)
                counts[donor] -= 1
                counts[kind] += 1
    return counts


def item_types(seed, pages):
    """The page type of each item number, shuffled deterministically from the seed."""
    kinds = [kind for kind, count in type_counts(pages).items() for _ in range(count)]
    random.Random(seed).shuffle(kinds)
    return kinds


def _int_to_step(number):
    digits = Page.alphabet
    text = ""
    while number:
        number, remainder = divmod(number, len(digits))
        text = digits[remainder] + text
    return text.rjust(Page.steplen, "0")


class TreePosition:
    """Hands out materialised paths for new last children of a parent page."""

    def __init__(self, parent):
        self.parent = parent
        last = (
            Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            .order_by("-path").values_list("path", flat=True).first()
        )
        self.next_step = int(last[-Page.steplen:], len(Page.alphabet)) + 1 if last else 1

    def take(self):
        step = self.next_step
        self.next_step += 1
        if step >= len(Page.alphabet) ** Page.steplen:
            raise CorpusError(f"no room for more children under {self.parent.url_path}")
        return self.parent.path + _int_to_step(step)


class CorpusGenerator:
    """Writes one corpus; ``generate()`` runs in a single transaction."""

    def __init__(self, seed, pages, stdout=None):
        self.seed = seed
        self.pages = pages
        self.stdout = stdout
        self.counts = Counter()

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # --- what the corpus hangs on -------------------------------------------------

    def _load_site(self):
        self.locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=LANGUAGES)}
        missing = [code for code in LANGUAGES if code not in self.locales]
        if missing:
            raise CorpusError(f"locales missing: {', '.join(missing)} (run setup_site first)")
        self.parents = {}
        for kind, model in INDEX_MODELS.items():
            for code, locale in self.locales.items():
                parent = model.objects.filter(locale=locale, alias_of__isnull=True).order_by("path").first()
                if parent is None:
                    raise CorpusError(
                        f"no {model.__name__} in {code} (load the seed content first: manage.py load_seed_content)"
                    )
                self.parents[kind, code] = TreePosition(parent)
        source = self.locales["en"]
        sector_ids = list(Sector.objects.filter(locale=source).order_by("slug").values_list("pk", flat=True))
        theme_ids = list(Theme.objects.filter(locale=source).order_by("slug").values_list("pk", flat=True))
        if not sector_ids or not theme_ids:
            raise CorpusError("no sectors or themes (load the seed content first)")
        # Which sectors and themes are popular differs from seed to seed.
        random.Random(self.seed).shuffle(sector_ids)
        random.Random(self.seed + 1).shuffle(theme_ids)
        partners = {}
        for partner in PartnerOrganisation.objects.filter(locale=source):
            translations = dict(
                PartnerOrganisation.objects.filter(translation_key=partner.translation_key)
                .values_list("locale__language_code", "pk")
            )
            partners[partner.country] = {code: translations.get(code, partner.pk) for code in LANGUAGES}
        for country in ("DK", "DE"):
            if country not in partners:
                raise CorpusError(f"no partner organisation for {country} (load the seed content first)")
        self.context = PlanContext(sector_ids=sector_ids, theme_ids=theme_ids, partner_ids=partners)

    # --- writing ------------------------------------------------------------------

    def generate(self):
        started = time.monotonic()
        with transaction.atomic():
            self._load_site()
            kinds = item_types(self.seed, self.pages)
            by_kind = {kind: [item for item, k in enumerate(kinds) if k == kind] for kind in CREATION_ORDER}
            for kind in CREATION_ORDER:
                items = by_kind[kind]
                for start in range(0, len(items), ROUND_SIZE):
                    self._write(kind, items[start:start + ROUND_SIZE])
                if kind == "cluster":
                    self.context.cluster_keys = items
                elif kind == "good_practice":
                    self.context.practice_keys = items
                self.log(f"  {kind}: {len(items)} items, {len(items) * len(LANGUAGES)} pages")
            self._fix_numchild()
        return time.monotonic() - started

    def _page(self, kind, item, plan, code):
        model = PAGE_MODELS[kind]
        position = self.parents[kind, code]
        slug = plan.slug[code]
        values = {**plan.shared, **plan.localized(code)}
        values.update({name: ids[code] for name, ids in plan.localized_fk.items()})
        return model(
            title=plan.title[code],
            draft_title=plan.title[code],
            slug=slug,
            path=position.take(),
            depth=position.parent.depth + 1,
            numchild=0,
            url_path=f"{position.parent.url_path}{slug}/",
            locale_id=self.locales[code].pk,
            translation_key=corpus_key(self.seed, item),
            live=True,
            has_unpublished_changes=False,
            first_published_at=plan.first_published_at,
            last_published_at=plan.last_published_at,
            show_in_menus=False,
            **values,
        )

    def _write(self, kind, items):
        model = PAGE_MODELS[kind]
        pages, plans = [], []
        for item in items:
            plan = PLANNERS[kind](random.Random(self.seed * 1_000_003 + item), item, self.context)
            plans.append((item, plan))
            for code in LANGUAGES:
                pages.append(self._page(kind, item, plan, code))
        # 1. wagtailcore_page rows (ids come back), 2. the specific model's rows.
        Page.objects.bulk_create(pages, batch_size=BATCH_SIZE)
        for page in pages:
            page.page_ptr_id = page.id
        model.objects.all()._batched_insert(pages, model._meta.local_concrete_fields, BATCH_SIZE)
        self.counts[kind] += len(pages)
        # 3. relations, now that the ids are known.
        position = 0
        through_rows, child_rows, tag_rows = {}, {}, []
        for item, plan in plans:
            ids = {}
            for code in LANGUAGES:
                page = pages[position]
                position += 1
                ids[code] = page.id
                for name, targets in plan.m2m.items():
                    field = model._meta.get_field(name)
                    through = field.remote_field.through
                    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
                    through_rows.setdefault(through, []).extend(
                        through(**{f"{source}_id": page.id, f"{target}_id": target_id}) for target_id in targets
                    )
                for relation, row in plan.children:
                    child_model = CHILD_MODELS[relation]
                    child_rows.setdefault(child_model, []).append(child_model(page_id=page.id, **row))
                tag_rows.extend((page.id, tag) for tag in plan.tags)
            self.context.page_ids[item] = ids
        for through, rows in through_rows.items():
            through.objects.bulk_create(rows, batch_size=BATCH_SIZE)
        for child_model, rows in child_rows.items():
            child_model.objects.bulk_create(rows, batch_size=BATCH_SIZE)
        if tag_rows:
            self._write_tags(tag_rows)

    def _write_tags(self, rows):
        from taggit.models import Tag

        names = sorted({name for _, name in rows})
        tag_ids = dict(Tag.objects.filter(name__in=names).values_list("name", "pk"))
        taken = set(Tag.objects.values_list("slug", flat=True))
        new = []
        for name in names:
            if name in tag_ids:
                continue
            slug = base = ascii_tag_slug(name)
            suffix = 1
            while slug in taken:
                suffix += 1
                slug = f"{base}-{suffix}"
            taken.add(slug)
            new.append(Tag(name=name, slug=slug))
        for tag in Tag.objects.bulk_create(new, batch_size=BATCH_SIZE):
            tag_ids[tag.name] = tag.pk
        ClusterKeyword.objects.bulk_create(
            [ClusterKeyword(content_object_id=page_id, tag_id=tag_ids[name]) for page_id, name in rows],
            batch_size=BATCH_SIZE,
        )

    def _fix_numchild(self):
        for position in self.parents.values():
            fix_numchild(position.parent)


def ascii_tag_slug(name):
    from .plans import ascii_slug

    return ascii_slug(name, limit=100)


def fix_numchild(parent):
    count = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()
    Page.objects.filter(pk=parent.pk).update(numchild=count)


class _SignalsMuted:
    """Delete signals off for a bulk removal: the search outbox, the page cache
    and Wagtail's database index would each do work per page; their effects
    are applied in bulk afterwards instead."""

    SIGNALS = (signals.pre_delete, signals.post_delete, signals.m2m_changed)

    def __enter__(self):
        self.saved = [(signal, signal.receivers) for signal in self.SIGNALS]
        for signal in self.SIGNALS:
            signal.receivers = []
            signal.sender_receivers_cache.clear()

    def __exit__(self, *exc):
        for signal, receivers in self.saved:
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()


def remove_corpus(stdout=None):
    """Delete every corpus page (any seed), its rows in other tables, its
    entries in the search indexes, and the corpus records. Returns the number
    of pages removed."""
    from benchmarks.models import GeneratedCorpus

    with transaction.atomic():
        rows = list(corpus_pages().values_list("pk", "path"))
        ids = [pk for pk, _ in rows]
        parent_paths = {path[: -Page.steplen] for _, path in rows}
        with _SignalsMuted():
            for start in range(0, len(ids), 2000):
                # Plain QuerySet.delete: treebeard's would look for descendants of
                # each page (corpus pages are leaves) with one condition per page.
                models.QuerySet.delete(Page.objects.filter(pk__in=ids[start:start + 2000]))
        for parent in Page.objects.filter(path__in=parent_paths):
            fix_numchild(parent)
        _forget_in_database_index(ids)
        GeneratedCorpus.objects.all().delete()
    if ids:
        _forget_in_engine_index(ids, stdout)
        _clear_page_cache()
    return len(ids)


def _forget_in_database_index(ids):
    from wagtail.search.models import IndexEntry

    content_types = ContentType.objects.get_for_models(*PAGE_MODELS.values(), Page).values()
    IndexEntry.objects.filter(content_type__in=content_types, object_id__in=[str(pk) for pk in ids]).delete()


def _forget_in_engine_index(ids, stdout=None):
    from search.engine import SearchEngineUnavailable, uses_engine

    if not uses_engine():
        return
    from search.indexer import IndexMissing, index_pages

    try:
        index_pages(ids)
    except IndexMissing:
        pass
    except SearchEngineUnavailable as error:
        if stdout is not None:
            stdout.write(f"The search engine did not answer ({error}); rebuild the index later.")


def _clear_page_cache():
    from website.cache import page_cache

    page_cache().clear()
