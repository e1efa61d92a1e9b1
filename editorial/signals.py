"""Grants and workflows follow the pages they hang on, whoever creates them (see editorial.roles)."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published

from editorial.roles import SOURCE_LANGUAGE, set_up_page


@receiver(post_save)
def set_up_new_home_or_section(sender, instance, created, raw=False, **kwargs):
    if created and not raw and isinstance(instance, Page) and instance.depth in (2, 3) and not instance.alias_of_id:
        set_up_page(instance)


@receiver(page_published)
def refresh_translation_source(sender, instance, **kwargs):
    """A published Vietnamese change reaches the translation editor at once as new, untranslated segments.

    Only the source is refreshed: the Khmer page keeps its published text, and every string already
    translated is kept and reused, until a translator completes the new segments and it is published.
    """
    from wagtail_localize.models import TranslationSource

    if instance.locale.language_code != SOURCE_LANGUAGE:
        return
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is not None:
        source.update_from_db()
