"""Translate through wagtail-localize's own API (core.translation, which the demo loader uses too)."""

from django.test import TestCase
from wagtail.models import Locale

from core import translation


def khmer():
    return Locale.objects.get(language_code="km")


def translation_for(instance):
    return translation.translation_for(instance, khmer())


def fill_segments(instance, strings):
    """Store a Khmer translation for every source segment found in `strings` (Vietnamese → Khmer)."""
    return translation.fill_segments(instance, strings.get, khmer())


def translate(instance, strings, publish=True):
    """Translate `instance` into Khmer and publish it; every segment must be given."""
    # wagtail-localize publishes on commit; run those callbacks inside the test's transaction.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.translate(instance, strings.get, khmer(), publish=publish)
    translated = instance.get_translation(khmer())
    return getattr(translated, "specific", translated)
