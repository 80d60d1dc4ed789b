"""Content for the API tests, made the way editors make it: images and
documents in collections, rich text with internal links, StreamField bodies,
each change published as a revision."""
import io

import PIL.Image
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page


def make_image(title="Test image", width=640, height=480, collection=None):
    buffer = io.BytesIO()
    PIL.Image.new("RGB", (width, height), (30, 120, 200)).save(buffer, "PNG")
    image = get_image_model()(
        title=title,
        description=f"{title} (alt text)",
        file=ContentFile(buffer.getvalue(), name=f"{title.lower().replace(' ', '-')}.png"),
        collection=collection or Collection.get_first_root_node(),
    )
    image.save()
    return image


def make_document(title="Test document", collection=None):
    document = get_document_model()(
        title=title,
        file=ContentFile(b"%PDF-1.4 test", name=f"{title.lower().replace(' ', '-')}.pdf"),
        collection=collection or Collection.get_first_root_node(),
    )
    document.save()
    return document


def restricted_collection(name="Partners only"):
    collection = Collection.get_first_root_node().add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="secret"
    )
    return collection


def page_link(page, text="a page"):
    return f'<a linktype="page" id="{page.id}">{text}</a>'


def document_link(document, text="a document"):
    return f'<a linktype="document" id="{document.id}">{text}</a>'


def publish(page, **values):
    """Change fields of a page and publish the change as an editor would."""
    page = Page.objects.get(pk=page.pk).specific
    for name, value in values.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def image_block(image, alt_text="A blue rectangle", decorative=False):
    image.contextual_alt_text = "" if decorative else alt_text
    image.decorative = decorative
    return ("image", image)


def rich_blocks(image, linked_page, document):
    """StreamField body blocks, one of each kind, that refer to an image, a page and a document."""
    return [
        ("heading", "A heading"),
        ("paragraph", f"<p>See {page_link(linked_page)} and {document_link(document)}.</p>"),
        image_block(image),
        ("quote", {"text": "Cross-border works.", "attribution": "A partner"}),
    ]
