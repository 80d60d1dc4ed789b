"""The named image sizes the API offers. Partner sites pick a size by name;
the filter specs behind the names may change without breaking them."""
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError

RENDITIONS = {
    "thumbnail": "fill-300x200",
    "small": "max-480x480",
    "medium": "max-960x960",
    "large": "max-1920x1920",
}


def images_with_renditions(ids):
    """Images by id with their renditions in every named size: two queries
    however many images (plus one-off inserts for renditions not made yet)."""
    if not ids:
        return {}
    images = get_image_model().objects.filter(id__in=ids).prefetch_renditions(*RENDITIONS.values())
    return {image.id: image for image in images}


def image_representation(image, alt=None, decorative=False):
    """An image as the API shows it: its size, alt text and a URL per named size."""
    renditions = {}
    for name, spec in RENDITIONS.items():
        try:
            rendition = image.get_rendition(spec)
        except SourceImageIOError:
            continue
        renditions[name] = {"url": rendition.full_url, "width": rendition.width, "height": rendition.height}
    return {
        "id": image.id,
        "title": image.title,
        "alt": "" if decorative else (alt if alt is not None else image.default_alt_text),
        "decorative": bool(decorative),
        "width": image.width,
        "height": image.height,
        "renditions": renditions,
    }
