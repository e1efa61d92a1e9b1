"""Which pages refer to an object, from Wagtail's reference index."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex


def pages_referencing(*objects):
    """Pages whose content refers to any of `objects` (a photo in a block, a document in a link…)."""
    if not objects:
        return Page.objects.none()
    page_type = ContentType.objects.get_for_model(Page)
    ids = (
        ReferenceIndex.get_references_to_in_bulk(objects)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return Page.objects.filter(pk__in={int(pk) for pk in ids})
