"""Which pages refer to an object: from Wagtail's reference index, editors' picks, page fields."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import ForeignKey
from modelcluster.fields import ParentalKey
from wagtail.models import Page, ReferenceIndex, get_page_models


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


def page_links():
    """(link model, parental key name, page field name) of every inline panel that points at a page."""
    links = []
    for model in apps.get_models():
        fields = model._meta.get_fields()
        parents = [f for f in fields if isinstance(f, ParentalKey) and issubclass(f.related_model, Page)]
        if not parents:
            continue
        for field in fields:
            if isinstance(field, ParentalKey) or not isinstance(field, ForeignKey):
                continue
            if issubclass(field.related_model, Page):
                links.append((model, parents[0].name, field.name))
    return links


def pages_linking_to(translation_key):
    """Pages (every language version) whose editors picked a page of `translation_key` in an inline panel."""
    ids = set()
    for model, parent_name, field_name in page_links():
        ids.update(
            model.objects.filter(**{f"{field_name}__translation_key": translation_key}).values_list(
                f"{parent_name}_id", flat=True
            )
        )
    sources = Page.objects.filter(pk__in=ids).values_list("translation_key", flat=True)
    return list(Page.objects.filter(translation_key__in=sources))


def pages_using(instance):
    """Pages that point at `instance`, or at any translation of it, through a field of their own
    (a topic, a document type…)."""
    model = type(instance)
    translation_key = getattr(instance, "translation_key", None)
    targets = model.objects.filter(translation_key=translation_key) if translation_key else [instance.pk]
    ids = set()
    for page_model in get_page_models():
        for field in page_model._meta.get_fields():
            if field.model is page_model and (field.many_to_one or field.many_to_many) and field.related_model is model:
                ids.update(page_model.objects.filter(**{f"{field.name}__in": targets}).values_list("pk", flat=True))
    return list(Page.objects.filter(pk__in=ids))
