"""Translate through wagtail-localize's own API, the way its editor and PO import do."""

from django.test import TestCase
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def khmer():
    return Locale.objects.get(language_code="km")


def translation_for(instance):
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=khmer())
    return translation


def fill_segments(instance, strings):
    """Store a Khmer translation for every source segment found in `strings` (Vietnamese → Khmer)."""
    translation = translation_for(instance)
    missing = []
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        text = segment.string.data
        if text in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=khmer(),
                context=segment.context,
                defaults={"data": strings[text]},
            )
        else:
            missing.append(text)
    return translation, missing


def translate(instance, strings, publish=True):
    """Translate `instance` into Khmer and publish it; every segment must be given."""
    translation, missing = fill_segments(instance, strings)
    assert not missing, f"untranslated segments: {missing}"
    # wagtail-localize publishes on commit; run those callbacks inside the test's transaction.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=publish)
    translated = instance.get_translation(khmer())
    return getattr(translated, "specific", translated)
