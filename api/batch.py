"""Bulk loading for one API response.

Serialising page after page would ask the database for each page's
translations, each linked page, image, document and taxonomy term: queries
that grow with the number of items. Instead, serialisation runs in two passes:
the API fields first tell a ``SerializationBatch`` everything the items refer
to (``want_*``), ``load()`` then fetches each kind of thing with one query for
the whole response, and the fields finally read from it (``page_link``,
``translations_of``, ``rich_text``...). The number of queries therefore does
not depend on the number of items.

Pages and taxonomy terms link to source-language (English) records; like
Wagtail's ``.localized``, the batch shows each in the language of the page
being serialised where a live, public counterpart exists, but in bulk.
"""
from collections import defaultdict

from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page
from wagtail.rich_text import features as rich_text_features
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter

from website.visibility import public_pages

from .addresses import page_html_url
from .renditions import image_representation, images_with_renditions


def restricted_collection_ids():
    """Collections with a view restriction, and their descendants. The API is
    anonymous, so everything restricted is hidden whatever the restriction."""
    roots = list(
        Collection.objects.filter(
            id__in=CollectionViewRestriction.objects.values("collection_id")
        ).values_list("path", flat=True)
    )
    if not roots:
        return set()
    ids = set()
    for path in roots:
        ids.update(Collection.objects.filter(path__startswith=path).values_list("id", flat=True))
    return ids


def live_public_pages(queryset=None):
    """Every page of ``queryset`` (default: all) a partner may see: live,
    outside private sections, not the tree root. The restrictions are checked
    inside the query that reads the pages: no query of their own."""
    return public_pages(queryset, restrictions_in_query=True).filter(depth__gt=1)


class SerializationBatch:
    def __init__(self, request, router, base_pages=None):
        self.request = request
        self.router = router
        self.base_pages = base_pages if base_pages is not None else live_public_pages()
        self._translation_keys = set()
        self._page_ids = set()
        self._page_keys = {}  # page id -> translation key, for referenced pages already in memory
        self._image_ids = set()
        self._document_ids = set()
        self._snippet_ids = defaultdict(set)  # model -> ids
        self._parent_paths = set()
        self._loaded = False

    # --- collection: what the items refer to ------------------------------------

    def want_translations(self, page):
        self._translation_keys.add(page.translation_key)
        if page.alias_of_id:
            self._page_ids.add(page.alias_of_id)

    def want_page(self, page_id=None, page=None):
        """A page referred to by id (rich text, chooser blocks) or as an object (relations)."""
        if page is not None:
            self._page_keys[page.id] = page.translation_key
            page_id = page.id
        if page_id:
            self._page_ids.add(int(page_id))

    def want_parent(self, page):
        if page.depth and page.depth > 2:
            self._parent_paths.add(page.path[: -Page.steplen])

    def want_image(self, image_id):
        if image_id:
            self._image_ids.add(int(image_id))

    def want_document(self, document_id):
        if document_id:
            self._document_ids.add(int(document_id))

    def want_snippet(self, model, snippet_id):
        if snippet_id:
            self._snippet_ids[model].add(snippet_id)

    def want_rich_text(self, html):
        for attrs in _link_attrs(html):
            if attrs.get("linktype") == "page":
                self.want_page(_int_or_none(attrs.get("id")))
            elif attrs.get("linktype") == "document":
                self.want_document(_int_or_none(attrs.get("id")))

    # --- loading: one query per kind of thing ------------------------------------

    def load(self):
        if self._loaded:
            return
        self._loaded = True
        self._load_pages()
        self._parents = {}
        if self._parent_paths:
            parents = self.base_pages.filter(path__in=self._parent_paths).select_related("locale")
            self._parents = {page.path: page for page in parents}
        self._images = images_with_renditions(self._image_ids)
        self._load_documents()
        self._load_snippets()

    def _load_pages(self):
        self._pages_by_id = {}
        self._pages_by_key = {}
        missing = [pk for pk in self._page_ids if pk not in self._page_keys]
        if missing:
            self._page_keys.update(Page.objects.filter(id__in=missing).values_list("id", "translation_key"))
        keys = self._translation_keys | set(self._page_keys.values())
        if not keys:
            return
        pages = self.base_pages.filter(translation_key__in=keys).select_related("locale")
        for page in pages:
            self._pages_by_id[page.id] = page
            self._pages_by_key.setdefault(page.translation_key, {})[page.locale_id] = page
        # The language an alias shows is its source's: usually in the same
        # translation group, otherwise looked up (aliases within one language).
        self._alias_languages = {}
        unknown = {p.alias_of_id for p in pages if p.alias_of_id and p.alias_of_id not in self._pages_by_id}
        if unknown:
            self._alias_languages = dict(
                Page.objects.filter(id__in=unknown).values_list("id", "locale__language_code")
            )

    def _load_documents(self):
        self._documents = {}
        if self._document_ids:
            hidden = restricted_collection_ids()
            documents = get_document_model().objects.filter(id__in=self._document_ids)
            self._documents = {doc.id: doc for doc in documents if doc.collection_id not in hidden}

    def _load_snippets(self):
        self._snippets_by_id = {}
        self._snippets_by_key = {}
        for model, ids in self._snippet_ids.items():
            source_keys = model.objects.filter(id__in=ids).values("translation_key")
            for snippet in model.objects.filter(translation_key__in=source_keys).select_related("locale"):
                self._snippets_by_id[(model, snippet.id)] = snippet
                self._snippets_by_key[(model, snippet.translation_key, snippet.locale_id)] = snippet

    # --- resolution: what the fields show -----------------------------------------

    def page_url(self, page):
        return page_html_url(page, self.request)

    def detail_url(self, page_id):
        from wagtail.api.v2.utils import get_object_detail_url

        return get_object_detail_url(self.router, self.request, Page, page_id)

    def content_language(self, page):
        """The language the page's content is in: an alias shows its source's."""
        self.load()
        if not page.alias_of_id:
            return page.locale.language_code
        source = self._pages_by_id.get(page.alias_of_id)
        if source is not None:
            return source.locale.language_code
        return self._alias_languages.get(page.alias_of_id, page.locale.language_code)

    def translations_of(self, page):
        """``{language: {id, url, ...}}`` of the page's live, public counterparts in other languages."""
        self.load()
        result = {}
        for other in sorted(self._pages_by_key.get(page.translation_key, {}).values(), key=lambda p: p.locale.language_code):
            if other.id == page.id:
                continue
            result[other.locale.language_code] = {
                "id": other.id,
                "title": other.title,
                "html_url": self.page_url(other),
                "detail_url": self.detail_url(other.id),
                "is_translated": not other.alias_of_id,
            }
        return result

    def localized_page(self, page_id, locale_id):
        """The live, public page ``page_id`` in ``locale_id`` where it exists
        there, else the page itself if live and public, else None."""
        self.load()
        key = self._page_keys.get(int(page_id)) if page_id else None
        if key is None:
            return None
        counterparts = self._pages_by_key.get(key, {})
        return counterparts.get(locale_id) or self._pages_by_id.get(int(page_id))

    def page_link(self, page_id, locale_id):
        page = self.localized_page(page_id, locale_id)
        if page is None:
            return None
        return self.page_link_for(page)

    def parent_link(self, page):
        """The page's parent if live and public (a language's home page has none)."""
        self.load()
        parent = self._parents.get(page.path[: -Page.steplen]) if page.depth and page.depth > 2 else None
        return self.page_link_for(parent) if parent else None

    def page_link_for(self, page):
        return {
            "id": page.id,
            "title": page.title,
            "type": _page_type(page),
            "locale": page.locale.language_code,
            "html_url": self.page_url(page),
            "detail_url": self.detail_url(page.id),
        }

    def image(self, image_id, alt=None, decorative=False):
        self.load()
        image = self._images.get(int(image_id)) if image_id else None
        return image_representation(image, alt=alt, decorative=decorative) if image else None

    def document_link(self, document_id):
        self.load()
        document = self._documents.get(int(document_id)) if document_id else None
        if document is None:
            return None
        from wagtail.api.v2.utils import get_full_url

        return {"id": document.id, "title": document.title, "url": get_full_url(self.request, document.url)}

    def snippet(self, model, snippet_id, locale_id):
        """The translatable snippet ``snippet_id`` in ``locale_id`` where translated, else itself."""
        self.load()
        source = self._snippets_by_id.get((model, snippet_id))
        if source is None:
            return None
        return self._snippets_by_key.get((model, source.translation_key, locale_id), source)

    def rich_text(self, html, locale_id):
        """Rich text as HTML: internal links become URLs of live, public pages
        (in the language of the page shown) and of visible documents; links to
        anything else keep their text but lose their target."""
        if not html:
            return ""
        self.load()
        return _rewriter(self, locale_id)(html)


def _page_type(page):
    model = page.specific_class
    return f"{model._meta.app_label}.{model.__name__}" if model else None


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _link_attrs(html):
    if not html:
        return []
    return [match.attrs for matches in LinkRewriter().extract_tags(html).values() for match in matches]


def _rewriter(batch, locale_id):
    def page_links(attrs_list):
        anchors = []
        for attrs in attrs_list:
            page = batch.localized_page(_int_or_none(attrs.get("id")), locale_id)
            if page is None:
                anchors.append("<a>")
            else:
                anchors.append(f'<a href="{escape(batch.page_url(page))}" data-page-id="{page.id}">')
        return anchors

    def document_links(attrs_list):
        anchors = []
        for attrs in attrs_list:
            link = batch.document_link(_int_or_none(attrs.get("id")))
            anchors.append(f'<a href="{escape(link["url"])}" data-document-id="{link["id"]}">' if link else "<a>")
        return anchors

    link_rules = {kind: handler.expand_db_attributes_many for kind, handler in rich_text_features.get_link_types().items()}
    link_rules.update({"page": page_links, "document": document_links})
    embed_rules = {kind: handler.expand_db_attributes_many for kind, handler in rich_text_features.get_embed_types().items()}
    links, embeds = LinkRewriter(bulk_rules=link_rules), EmbedRewriter(bulk_rules=embed_rules)
    return lambda html: embeds(links(html))
