"""Fields every page, image and document carries in the API (beyond the
models' own ``api_fields``), and the shapes they share, as serializers that
document them in the OpenAPI schema."""
from django.conf import settings
from rest_framework import serializers

from .fields import APIValueField, _batch
from .renditions import RENDITIONS, image_representation
from .stream import nullable_ref

# --- Shared shapes (documentation of what the fields write) ---------------------


class PageLinkSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    type = serializers.CharField(help_text="Page type, e.g. clusters.ClusterPage.", allow_null=True)
    locale = serializers.CharField(help_text="Language of the linked page.")
    html_url = serializers.CharField(allow_null=True, help_text="The page on the platform's site.")
    detail_url = serializers.CharField(help_text="The page in this API.")

    class Meta:
        ref_name = "PageLink"


class TranslationLinkSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    html_url = serializers.CharField(allow_null=True)
    detail_url = serializers.CharField()
    is_translated = serializers.BooleanField(help_text="False: still an alias showing the source language's content.")

    class Meta:
        ref_name = "TranslationLink"


class RenditionSerializer(serializers.Serializer):
    url = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()

    class Meta:
        ref_name = "Rendition"


RenditionSetSerializer = type(
    "RenditionSetSerializer",
    (serializers.Serializer,),
    {
        **{name: RenditionSerializer(required=False, help_text=f"Filter spec {spec}.") for name, spec in RENDITIONS.items()},
        "Meta": type("Meta", (), {"ref_name": "RenditionSet"}),
    },
)


class ImageWithRenditionsSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    alt = serializers.CharField(allow_blank=True, help_text="Alt text; empty for a decorative image.")
    decorative = serializers.BooleanField()
    width = serializers.IntegerField(help_text="Width of the original.")
    height = serializers.IntegerField(help_text="Height of the original.")
    renditions = RenditionSetSerializer()

    class Meta:
        ref_name = "ImageWithRenditions"


class DocumentLinkSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.CharField()

    class Meta:
        ref_name = "DocumentLink"


class TermSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The term in the page's language.")
    slug = serializers.CharField(help_text="The same in every language; use it in filters.")
    name = serializers.CharField()

    class Meta:
        ref_name = "Term"


class ErrorSerializer(serializers.Serializer):
    message = serializers.CharField()

    class Meta:
        ref_name = "Error"


SHARED_SHAPES = {
    "page": PageLinkSerializer,
    "translation": TranslationLinkSerializer,
    "image": ImageWithRenditionsSerializer,
    "document": DocumentLinkSerializer,
    "term": TermSerializer,
}


# --- Meta fields of pages -------------------------------------------------------


class Translations(APIValueField):
    """The page's live, public counterparts in the other languages."""

    def collect(self, instance, batch):
        batch.want_translations(instance)

    def to_representation(self, instance):
        return _batch(self).translations_of(instance)

    def openapi_schema(self, model, refs):
        return {
            "type": "object",
            "description": "Language code → the page in that language.",
            "properties": {code: refs["translation"] for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES},
            "additionalProperties": False,
        }


class IsTranslated(APIValueField):
    def to_representation(self, instance):
        return not instance.alias_of_id

    def openapi_schema(self, model, refs):
        return {"type": "boolean", "description": "False: an alias still showing the source language's content."}


class ContentLocale(APIValueField):
    def collect(self, instance, batch):
        batch.want_translations(instance)

    def to_representation(self, instance):
        return _batch(self).content_language(instance)

    def openapi_schema(self, model, refs):
        return {"type": "string", "description": "The language the content is written in (the source's for an alias)."}


class AliasOf(APIValueField):
    def collect(self, instance, batch):
        batch.want_page(instance.alias_of_id)

    def to_representation(self, instance):
        if not instance.alias_of_id:
            return None
        return _batch(self).page_link(instance.alias_of_id, None)

    def openapi_schema(self, model, refs):
        return nullable_ref(refs["page"])


class Parent(APIValueField):
    def collect(self, instance, batch):
        batch.want_parent(instance)

    def to_representation(self, instance):
        return _batch(self).parent_link(instance)

    def openapi_schema(self, model, refs):
        return nullable_ref(refs["page"])


class PageLocale(APIValueField):
    def to_representation(self, instance):
        return instance.locale.language_code

    def openapi_schema(self, model, refs):
        return {"type": "string", "enum": [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]}


class ImageAlt(APIValueField):
    def to_representation(self, instance):
        return instance.default_alt_text

    def openapi_schema(self, model, refs):
        return {"type": "string"}


class OwnRenditions(APIValueField):
    """An image's own renditions in the named sizes (images endpoint)."""

    def to_representation(self, instance):
        return image_representation(instance)["renditions"]

    def openapi_schema(self, model, refs):
        return refs["renditions"]
