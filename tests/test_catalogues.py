"""Every interface string the project defines is translated, in Vietnamese and in Khmer."""

import shutil
import unicodedata

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from core.text import normalize_text

LANGUAGES = ("vi", "km")
COPIED_TEMPLATES = "editorial/templates/wagtailadmin/*"
IGNORED_PATHS = [".venv", "node_modules", "staticfiles", "media", "tests", "benchmarks"]


def catalogue(language):
    return polib.pofile(str(settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_untranslated_or_fuzzy_entries(language):
    po = catalogue(language)
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_are_stored_normalised(language):
    for entry in catalogue(language).translated_entries():
        assert unicodedata.is_normalized("NFC", entry.msgstr), entry.msgid
        if language == "km":
            assert normalize_text(entry.msgstr) == entry.msgstr, entry.msgid


def project_sources(destination):
    """A copy of the code that makemessages reads, so the real catalogues stay untouched."""
    for entry in settings.BASE_DIR.iterdir():
        if (
            entry.is_dir()
            and entry.name not in IGNORED_PATHS
            and not entry.name.startswith(".")
            and entry.name != "locale"
        ):
            shutil.copytree(entry, destination / entry.name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (destination / "locale").mkdir()
    return destination


def test_makemessages_would_add_nothing_to_either_catalogue(tmp_path, monkeypatch):
    """Extract the strings afresh and compare: a new string without a translation fails here."""
    sources = project_sources(tmp_path)
    monkeypatch.chdir(sources)
    with override_settings(LOCALE_PATHS=[sources / "locale"]):
        # Templates copied from Wagtail keep Wagtail's msgids (translated in locale_upstream/).
        call_command("makemessages", locale=list(LANGUAGES), ignore_patterns=[COPIED_TEMPLATES], verbosity=0)
    for language in LANGUAGES:
        extracted = polib.pofile(str(sources / "locale" / language / "LC_MESSAGES" / "django.po"))
        known = {(e.msgctxt, e.msgid) for e in catalogue(language)}
        missing = [e.msgid for e in extracted if (e.msgctxt, e.msgid) not in known]
        assert missing == [], f"run `make messages` and translate these in locale/{language}: {missing}"
