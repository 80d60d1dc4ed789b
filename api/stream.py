"""StreamField values as typed blocks, and their OpenAPI description.

The API walks a StreamField's stored JSON alongside its block definitions
instead of converting it to Python values first: Wagtail's conversion fetches
the images and pages of each stream separately, which costs queries per item.
Here the references are collected first (``collect``), loaded in bulk by the
``SerializationBatch``, and then written out (``render``):

- a stream is a list of ``{"type": block name, "id": uuid, "value": ...}``;
- a struct block is an object, a list block a list;
- rich text is HTML with internal links resolved (see ``SerializationBatch.rich_text``);
- an image is ``{id, title, alt, decorative, width, height, renditions}``;
- a page is ``{id, title, type, locale, html_url, detail_url}``, a document ``{id, title, url}``.
"""
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock


def _items(raw_list):
    """List block items: new format ``{"type": "item", "value": ..}``, or bare values."""
    for item in raw_list or []:
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            yield item["value"]
        else:
            yield item


def _image_block_parts(raw):
    """(image id, alt text or None, decorative) from an ImageBlock's stored value."""
    if isinstance(raw, dict):
        return raw.get("image"), raw.get("alt_text"), bool(raw.get("decorative"))
    return raw, None, False  # stored by an ImageChooserBlock before


def collect(block, raw, batch):
    if raw is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for child in raw or []:
            child_block = block.child_blocks.get(child.get("type")) if isinstance(child, dict) else None
            if child_block is not None:
                collect(child_block, child.get("value"), batch)
    elif isinstance(block, ImageBlock):
        batch.want_image(_image_block_parts(raw)[0])
    elif isinstance(block, blocks.StructBlock):
        if isinstance(raw, dict):
            for name, child_block in block.child_blocks.items():
                collect(child_block, raw.get(name), batch)
    elif isinstance(block, blocks.ListBlock):
        for item in _items(raw):
            collect(block.child_block, item, batch)
    elif isinstance(block, blocks.RichTextBlock):
        batch.want_rich_text(raw)
    elif isinstance(block, ImageChooserBlock):
        batch.want_image(raw)
    elif isinstance(block, blocks.PageChooserBlock):
        batch.want_page(raw)
    elif isinstance(block, DocumentChooserBlock):
        batch.want_document(raw)


def render(block, raw, batch, locale_id):
    if isinstance(block, blocks.StreamBlock):
        rendered = []
        for child in raw or []:
            child_block = block.child_blocks.get(child.get("type")) if isinstance(child, dict) else None
            if child_block is None:
                continue  # a block type removed from the definition since
            rendered.append(
                {"type": child["type"], "id": child.get("id"), "value": render(child_block, child.get("value"), batch, locale_id)}
            )
        return rendered
    if raw is None:
        return None
    if isinstance(block, ImageBlock):
        image_id, alt, decorative = _image_block_parts(raw)
        return batch.image(image_id, alt=alt, decorative=decorative)
    if isinstance(block, blocks.StructBlock):
        raw = raw if isinstance(raw, dict) else {}
        return {name: render(child, raw.get(name), batch, locale_id) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.ListBlock):
        return [render(block.child_block, item, batch, locale_id) for item in _items(raw)]
    if isinstance(block, blocks.RichTextBlock):
        return batch.rich_text(raw, locale_id)
    if isinstance(block, ImageChooserBlock):
        return batch.image(raw)
    if isinstance(block, blocks.PageChooserBlock):
        return batch.page_link(raw, locale_id)
    if isinstance(block, DocumentChooserBlock):
        return batch.document_link(raw)
    return block.get_api_representation(block.to_python(raw))


# --- OpenAPI ------------------------------------------------------------------

SCALARS = (
    (blocks.BooleanBlock, {"type": "boolean"}),
    (blocks.IntegerBlock, {"type": "integer"}),
    (blocks.FloatBlock, {"type": "number"}),
    (blocks.DecimalBlock, {"type": "string", "format": "decimal"}),
    (blocks.DateTimeBlock, {"type": "string", "format": "date-time"}),
    (blocks.DateBlock, {"type": "string", "format": "date"}),
    (blocks.TimeBlock, {"type": "string", "format": "time"}),
    (blocks.URLBlock, {"type": "string", "format": "uri"}),
    (blocks.EmailBlock, {"type": "string", "format": "email"}),
    (blocks.RichTextBlock, {"type": "string", "description": "HTML; internal links resolved to URLs."}),
    (blocks.FieldBlock, {"type": "string"}),
)


def block_schema(block, refs):
    """The JSON schema of a block's API value. ``refs`` names the shared
    component schemas: ``{"image": {...$ref}, "page": ..., "document": ...}``."""
    if isinstance(block, blocks.StreamBlock):
        return stream_schema(block, refs)
    if isinstance(block, (ImageBlock, ImageChooserBlock)):
        return nullable_ref(refs["image"])
    if isinstance(block, blocks.PageChooserBlock):
        return nullable_ref(refs["page"])
    if isinstance(block, DocumentChooserBlock):
        return nullable_ref(refs["document"])
    if isinstance(block, blocks.StructBlock):
        return {
            "type": "object",
            "nullable": True,
            "properties": {name: block_schema(child, refs) for name, child in block.child_blocks.items()},
            "additionalProperties": False,
        }
    if isinstance(block, blocks.ListBlock):
        return {"type": "array", "items": block_schema(block.child_block, refs)}
    for block_class, schema in SCALARS:
        if isinstance(block, block_class):
            return {**schema, "nullable": True}
    return {}


def nullable_ref(ref):
    """OpenAPI 3.0 ignores siblings of ``$ref``: a nullable reference needs ``allOf``."""
    return {"allOf": [ref], "nullable": True}


def stream_schema(stream_block, refs):
    """A stream: a list of typed blocks, each ``{type, id, value}``, told apart by ``type``."""
    variants = []
    for name, child in stream_block.child_blocks.items():
        variants.append(
            {
                "type": "object",
                "title": name,
                "properties": {
                    "type": {"type": "string", "enum": [name]},
                    "id": {"type": "string", "nullable": True},
                    "value": block_schema(child, refs),
                },
                "required": ["type", "value"],
                "additionalProperties": False,
            }
        )
    return {"type": "array", "items": {"oneOf": variants} if variants else {}}
