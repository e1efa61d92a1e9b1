"""Rendition specs shared by blocks, listings and the code that pre-generates them."""

from dataclasses import dataclass

PHOTO_WIDTHS = (480, 800, 1200)
PHOTO_RENDITION_FILTERS = tuple(f"width-{w}|format-webp|webpquality-80" for w in PHOTO_WIDTHS)
# The article column is at most 760 px wide; phones use the full viewport.
PHOTO_SIZES = "(max-width: 800px) 100vw, 760px"

THUMBNAIL_RENDITION_FILTERS = ("fill-400x250-c100|format-webp|webpquality-75",)


@dataclass(frozen=True)
class Picture:
    src: str
    srcset: str
    width: int
    height: int
    sizes: str = PHOTO_SIZES


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
