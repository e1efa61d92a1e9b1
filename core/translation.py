"""Translate a page or snippet through wagtail-localize's own API, the way its editor and PO
upload do: one helper for the demo loader (core.demo) and the tests (tests/translation.py)."""

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translation_for(instance, locale):
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    return translation


def fill_segments(instance, text_for, locale):
    """Store `text_for(source text)` in `locale` for every segment of `instance` it has an answer
    for (None: none); returns the Translation and the source texts left without one."""
    translation = translation_for(instance, locale)
    missing = []
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        text = text_for(segment.string.data)
        if text is None:
            missing.append(segment.string.data)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string, locale=locale, context=segment.context, defaults={"data": text}
        )
    return translation, missing


def translate(instance, text_for, locale, publish=True):
    """Translate every segment and save (and publish) the translated page or snippet; a segment
    without an answer raises ValueError. Call it outside a transaction that holds other
    translations: wagtail-localize publishes each on commit (README, "Code that translates")."""
    translation, missing = fill_segments(instance, text_for, locale)
    if missing:
        raise ValueError(f"untranslated segments: {missing}")
    translation.save_target(publish=publish)
    translated = instance.get_translation(locale)
    return getattr(translated, "specific", translated)
