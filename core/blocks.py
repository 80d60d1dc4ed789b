"""StreamField blocks shared by the page types' free-form bodies, and the
rich-text feature lists every page type uses."""
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

# Short rich-text fields (introductions, "we offer", a case study's sections):
# emphasis, links and lists, no headings.
SIMPLE_RICH_TEXT = ["bold", "italic", "link", "ol", "ul"]
# Paragraphs of a free-form body, which has its own heading block.
RICH_TEXT_FEATURES = ["h3", "h4", *SIMPLE_RICH_TEXT, "document-link"]


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class LinkBlock(blocks.StructBlock):
    """A titled external link, e.g. a source of a case study."""

    title = blocks.CharBlock()
    url = blocks.URLBlock()

    class Meta:
        icon = "link"
        template = "blocks/link_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(form_classname="title", icon="title", template="blocks/heading_block.html")
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    # ImageBlock asks for alt text (or an explicit "decorative" choice) on every use.
    image = ImageBlock()
    quote = QuoteBlock()


class ProgrammeItemBlock(blocks.StructBlock):
    """One item of an event's programme."""

    time = blocks.CharBlock(required=False, max_length=40, help_text="e.g. 09:30 or Day 1")
    title = blocks.CharBlock()
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "time"
        template = "blocks/programme_item_block.html"
