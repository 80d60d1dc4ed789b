"""Serializer fields for the page models' ``api_fields``.

Each field takes part in the two passes of ``api.batch.SerializationBatch``:
``prefetch_lookups()`` names the relations to prefetch for all items at once,
``collect()`` tells the batch what an item refers to, and ``to_representation()``
reads the result. ``openapi_schema()`` describes the output for /api/schema/.

Usage in a domain app::

    from wagtail.api import APIField
    from api import fields as api

    api_fields = [
        APIField("offers", serializer=api.RichTextHTML()),
        APIField("sectors", serializer=api.LocalizedTerms()),
    ]
"""
from django.db import models
from rest_framework.fields import Field

from .stream import collect as collect_stream
from .stream import nullable_ref, stream_schema
from .stream import render as render_stream


def _batch(field):
    return field.context["batch"]


class APIValueField(Field):
    """Base: the field receives the whole instance, so that it can use the
    page's locale, and ``None`` values reach ``to_representation``."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def value(self, instance):
        return getattr(instance, self.source)

    def prefetch_lookups(self):
        return []

    def collect(self, instance, batch):
        pass

    def model_field(self, model):
        return model._meta.get_field(self.source)

    def openapi_schema(self, model, refs):
        return {}


class RichTextHTML(APIValueField):
    """Rich text as HTML, internal links resolved to URLs in the page's language."""

    def collect(self, instance, batch):
        batch.want_rich_text(self.value(instance))

    def to_representation(self, instance):
        return _batch(self).rich_text(self.value(instance), instance.locale_id)

    def openapi_schema(self, model, refs):
        return {"type": "string", "description": "HTML; internal links resolved to URLs."}


class StreamBlocks(APIValueField):
    """A StreamField as typed blocks (see api/stream.py)."""

    def _raw(self, instance):
        value = self.value(instance)
        return list(value.raw_data) if value is not None else []

    def collect(self, instance, batch):
        collect_stream(self.model_field(type(instance)).stream_block, self._raw(instance), batch)

    def to_representation(self, instance):
        block = self.model_field(type(instance)).stream_block
        return render_stream(block, self._raw(instance), _batch(self), instance.locale_id)

    def openapi_schema(self, model, refs):
        return stream_schema(self.model_field(model).stream_block, refs)


class ImageRenditions(APIValueField):
    """An image (foreign key) with its alt text and a URL per named size.
    ``alt_field`` names the page's own, translated alt text for the image
    (empty: the image's default alt text, or decorative with
    ``decorative_when_empty``)."""

    def __init__(self, alt_field=None, decorative_when_empty=False, **kwargs):
        self.alt_field = alt_field
        self.decorative_when_empty = decorative_when_empty
        super().__init__(**kwargs)

    def collect(self, instance, batch):
        batch.want_image(getattr(instance, f"{self.source}_id"))

    def to_representation(self, instance):
        alt = getattr(instance, self.alt_field, "") if self.alt_field else ""
        decorative = bool(self.alt_field and self.decorative_when_empty and not alt)
        return _batch(self).image(getattr(instance, f"{self.source}_id"), alt=alt or None, decorative=decorative)

    def openapi_schema(self, model, refs):
        return nullable_ref(refs["image"])


class LocalizedTerms(APIValueField):
    """Taxonomy terms (many-to-many to the English records) in the page's language."""

    def prefetch_lookups(self):
        return [self.source]

    def collect(self, instance, batch):
        for term in self.value(instance).all():
            batch.want_snippet(type(term), term.id)

    def to_representation(self, instance):
        batch = _batch(self)
        terms = [batch.snippet(type(term), term.id, instance.locale_id) or term for term in self.value(instance).all()]
        return [{"id": term.id, "slug": term.slug, "name": term.name} for term in sorted(terms, key=lambda t: t.name)]

    def openapi_schema(self, model, refs):
        return {"type": "array", "items": refs["term"]}


class LocalizedSnippet(APIValueField):
    """A translatable snippet (foreign key to the English record) in the page's language."""

    def __init__(self, fields, **kwargs):
        self.snippet_fields = list(fields)
        super().__init__(**kwargs)

    def collect(self, instance, batch):
        related = self.model_field(type(instance)).related_model
        batch.want_snippet(related, getattr(instance, f"{self.source}_id"))

    def to_representation(self, instance):
        related = self.model_field(type(instance)).related_model
        snippet = _batch(self).snippet(related, getattr(instance, f"{self.source}_id"), instance.locale_id)
        if snippet is None:
            return None
        return {"id": snippet.id, **{name: getattr(snippet, name) for name in self.snippet_fields}}

    def openapi_schema(self, model, refs):
        related = self.model_field(model).related_model
        properties = {"id": {"type": "integer"}}
        properties.update({name: model_field_schema(related._meta.get_field(name)) for name in self.snippet_fields})
        return {"type": "object", "nullable": True, "properties": properties, "additionalProperties": False}


class PageLinks(APIValueField):
    """Related pages (many-to-many, or rows of a child relation with a page
    foreign key named ``through``) as links in the page's language; pages
    that are not live and public are left out."""

    def __init__(self, through=None, **kwargs):
        self.through = through
        super().__init__(**kwargs)

    def prefetch_lookups(self):
        return [self.source]

    def _ids(self, instance):
        if self.through:
            return [getattr(row, f"{self.through}_id") for row in self.value(instance).all()]
        return [page.id for page in self.value(instance).all()]

    def collect(self, instance, batch):
        if self.through:
            for page_id in self._ids(instance):
                batch.want_page(page_id)
        else:
            for page in self.value(instance).all():
                batch.want_page(page=page)

    def to_representation(self, instance):
        batch = _batch(self)
        links = (batch.page_link(page_id, instance.locale_id) for page_id in self._ids(instance))
        return [link for link in links if link]

    def openapi_schema(self, model, refs):
        return {"type": "array", "items": refs["page"]}


class PageLink(APIValueField):
    """A related page (foreign key) as a link in the page's language, or null."""

    def collect(self, instance, batch):
        batch.want_page(getattr(instance, f"{self.source}_id"))

    def to_representation(self, instance):
        return _batch(self).page_link(getattr(instance, f"{self.source}_id"), instance.locale_id)

    def openapi_schema(self, model, refs):
        return nullable_ref(refs["page"])


class InlineRows(APIValueField):
    """Rows of a child relation (InlinePanel) as a list of objects."""

    def __init__(self, fields, **kwargs):
        self.row_fields = list(fields)
        super().__init__(**kwargs)

    def prefetch_lookups(self):
        return [self.source]

    def to_representation(self, instance):
        return [{name: getattr(row, name) for name in self.row_fields} for row in self.value(instance).all()]

    def openapi_schema(self, model, refs):
        row_model = self.model_field(model).related_model
        properties = {name: model_field_schema(row_model._meta.get_field(name)) for name in self.row_fields}
        return {
            "type": "array",
            "items": {"type": "object", "properties": properties, "additionalProperties": False},
        }


class InlineValues(APIValueField):
    """One column of a child relation's rows as a list, e.g. country codes."""

    def __init__(self, column, **kwargs):
        self.column = column
        super().__init__(**kwargs)

    def prefetch_lookups(self):
        return [self.source]

    def to_representation(self, instance):
        return [getattr(row, self.column) for row in self.value(instance).all()]

    def openapi_schema(self, model, refs):
        row_model = self.model_field(model).related_model
        return {"type": "array", "items": model_field_schema(row_model._meta.get_field(self.column))}


class Tags(APIValueField):
    """Tags as a sorted list of names (read from the prefetched tags)."""

    def prefetch_lookups(self):
        return [self.source]

    def to_representation(self, instance):
        return sorted(tag.name for tag in self.value(instance).all())

    def openapi_schema(self, model, refs):
        return {"type": "array", "items": {"type": "string"}}


def model_field_schema(field):
    """The JSON schema of a plain model field's value."""
    nullable = {"nullable": True} if field.null else {}
    if field.choices:
        return {"type": "string", "enum": [value for value, _ in field.flatchoices] + ([None] if field.null else []), **nullable}
    if isinstance(field, models.URLField) and not field.blank:
        return {"type": "string", "format": "uri", **nullable}
    if isinstance(field, (models.IntegerField, models.AutoField)):
        return {"type": "integer", **nullable}
    if isinstance(field, models.BooleanField):
        return {"type": "boolean", **nullable}
    if isinstance(field, models.DateTimeField):
        return {"type": "string", "format": "date-time", **nullable}
    if isinstance(field, models.DateField):
        return {"type": "string", "format": "date", **nullable}
    return {"type": "string", **nullable}
