"""Rendition specs shared by blocks, listings and the code that pre-generates them."""

from dataclasses import dataclass

from wagtail.images.models import Filter

PHOTO_WIDTHS = (480, 800, 1200)
# Filter objects, not spec strings: a Filter parses its spec once (`operations` is cached on the
# object), where a string would be parsed again for every photo of every page view.
PHOTO_RENDITION_FILTERS = tuple(Filter(f"width-{w}|format-webp|webpquality-80") for w in PHOTO_WIDTHS)
# The article column is at most 760 px wide; phones use the full viewport.
PHOTO_SIZES = "(max-width: 800px) 100vw, 760px"

# News cards: 200 CSS px wide from 600 px up, the full column on phones (8:5, cropped).
THUMBNAIL_WIDTHS = (200, 400, 640)
THUMBNAIL_RENDITION_FILTERS = tuple(
    Filter(f"fill-{w}x{w * 5 // 8}-c100|format-webp|webpquality-75") for w in THUMBNAIL_WIDTHS
)
THUMBNAIL_SIZES = "(min-width: 600px) 200px, calc(100vw - 2rem)"


@dataclass(frozen=True)
class Picture:
    src: str
    srcset: str
    width: int
    height: int
    sizes: str = PHOTO_SIZES


@dataclass(frozen=True)
class ListingPicture:
    """The picture a page is listed and shared with, and the text that describes it."""

    image: object
    alt: str


def _list_item(item):
    """A ListBlock item's value, from either of the raw formats Wagtail has stored."""
    return item["value"] if isinstance(item, dict) and item.get("type") == "item" else item


def first_body_photo(body):
    """(image id, alt text) of the first photo or gallery photo of a StreamField, read from its raw
    data: a listing of many pages finds their photos without converting (and querying) each body."""
    for block in getattr(body, "raw_data", None) or []:
        value = block.get("value") or {}
        if block.get("type") == "gallery":
            photos = value.get("photos") or []
            value = _list_item(photos[0]) if photos else {}
        elif block.get("type") != "photo":
            continue
        if isinstance(value, dict) and value.get("image"):
            return value["image"], value.get("alt") or ""
    return None


def responsive_image(image, filters=PHOTO_RENDITION_FILTERS, sizes=PHOTO_SIZES):
    """A <img> src/srcset for an image, from renditions the caller has prefetched when it could."""
    if image is None:
        return None
    renditions = list(image.get_renditions(*filters).values())
    # The same width can repeat when the original is narrower than the largest spec.
    unique = {r.width: r for r in renditions}
    ordered = [unique[w] for w in sorted(unique)]
    default = ordered[min(1, len(ordered) - 1)]
    return Picture(
        src=default.url,
        srcset=", ".join(f"{r.url} {r.width}w" for r in ordered),
        width=default.width,
        height=default.height,
        sizes=sizes,
    )


def images_in(value):
    """Every image in a StreamField value, however deeply its blocks nest."""
    from wagtail.images.models import AbstractImage

    if isinstance(value, AbstractImage):
        yield value
    elif hasattr(value, "raw_data") and hasattr(value, "__iter__"):  # StreamValue
        for child in value:
            yield from images_in(child.value)
    elif isinstance(value, dict):  # StructValue
        for item in value.values():
            yield from images_in(item)
    elif isinstance(value, list | tuple) or type(value).__name__ == "ListValue":
        for item in value:
            yield from images_in(item)


def generate_page_renditions(page):
    """Make every rendition a page shows when it is published, not when the first reader asks."""
    from wagtail.fields import StreamField

    page = page.specific
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            for image in set(images_in(getattr(page, field.name))):
                image.get_renditions(*PHOTO_RENDITION_FILTERS)
    picture = page.listing_picture() if hasattr(page, "listing_picture") else None
    if picture is not None:
        picture.image.get_renditions(*THUMBNAIL_RENDITION_FILTERS)
