"""Every string of the admin's packages (Wagtail, wagtail-localize, Django, taggit) in Vietnamese and Khmer.

The files in locale_upstream/ must hold, for each pinned package, every msgid (and context) of its
own English catalogues, translated, not fuzzy, with the same placeholders and HTML tags, and Khmer
in its normalised order. After a pin moves, `make upstream-messages` adds the new msgids
untranslated, and this test fails until they are translated.
"""

import re
import unicodedata

import polib
import pytest
from django.conf import settings

from core.text import normalize_text
from locale_upstream.refresh import DOMAINS, LANGUAGES, PACKAGES, catalogue_path, english_entries

PLACEHOLDER = re.compile(r"%\([A-Za-z0-9_]+\)[sdfr]|%[sdfr]|\{[A-Za-z0-9_]*\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
CASES = [(package, language, domain) for package in PACKAGES for language in LANGUAGES for domain in DOMAINS]


def project_catalogue(package, language, domain):
    path = catalogue_path(settings.BASE_DIR / "locale_upstream" / package, language, domain)
    return {(entry.msgctxt, entry.msgid): entry for entry in polib.pofile(str(path))} if path.exists() else {}


def translations(entry):
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


@pytest.mark.parametrize("package, language, domain", CASES)
def test_every_upstream_msgid_is_translated(package, language, domain):
    ours = project_catalogue(package, language, domain)
    missing = []
    for source in english_entries(PACKAGES[package], domain):
        entry = ours.get((source.msgctxt, source.msgid))
        if entry is None or entry.fuzzy or not all(text.strip() for text in translations(entry)):
            missing.append(source.msgid)
    assert missing == [], f"{len(missing)} untranslated in locale_upstream/{package}/{language}: {missing[:20]}"


@pytest.mark.parametrize("package, language, domain", CASES)
def test_placeholders_tags_and_normalisation_are_kept(package, language, domain):
    for entry in project_catalogue(package, language, domain).values():
        source = entry.msgid_plural or entry.msgid
        for text in translations(entry):
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), (entry.msgid, text)
            assert sorted(TAG.findall(text)) == sorted(TAG.findall(source)), (entry.msgid, text)
            assert unicodedata.is_normalized("NFC", text), entry.msgid
            if language == "km":
                assert normalize_text(text) == text, entry.msgid


def test_upstream_catalogues_take_precedence_over_the_packages_own():
    paths = [str(path) for path in settings.LOCALE_PATHS]
    assert paths[0] == str(settings.BASE_DIR / "locale")
    assert {path.rsplit("/", 1)[-1] for path in paths[1:]} == set(PACKAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_projects_msgids_never_retranslate_the_admin(language):
    """locale/ comes first: a bare "Pages" or "Title" of the project's would replace Wagtail's everywhere."""
    upstream = set()
    for package in PACKAGES:
        for domain in DOMAINS:
            upstream |= set(project_catalogue(package, language, domain))
    ours = polib.pofile(str(settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"))
    assert [entry.msgid for entry in ours if (entry.msgctxt, entry.msgid) in upstream] == []
