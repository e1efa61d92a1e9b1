"""Writes locale_upstream/<package>/<language>/LC_MESSAGES/{django,djangojs}.po for the admin's packages.

Each file holds every msgid (with its context and plural) of the pinned package's English catalogues,
so translators' tools (Poedit, Weblate) see the whole package. A translation already in the file is
kept; a new msgid starts from the package's own translation in that language where it has one, and
is otherwise left empty, so tests/test_upstream_catalogues.py fails until someone translates it.
Run `make upstream-messages` after moving a pin in requirements.txt.
"""

import importlib.util
import sys
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from core.text import normalize_text  # noqa: E402

LANGUAGES = ("vi", "km")
DOMAINS = ("django", "djangojs")

# package: the apps whose English catalogues it ships (module names, as Django finds their locale/).
PACKAGES = {
    "wagtail": [
        "wagtail",
        "wagtail.admin",
        "wagtail.contrib.forms",
        "wagtail.contrib.redirects",
        "wagtail.contrib.search_promotions",
        "wagtail.contrib.settings",
        "wagtail.contrib.simple_translation",
        "wagtail.contrib.styleguide",
        "wagtail.contrib.table_block",
        "wagtail.contrib.typed_table_block",
        "wagtail.documents",
        "wagtail.embeds",
        "wagtail.images",
        "wagtail.locales",
        "wagtail.search",
        "wagtail.sites",
        "wagtail.snippets",
        "wagtail.users",
    ],
    "wagtail_localize": ["wagtail_localize", "wagtail_localize.locales"],
    # The Django strings the Wagtail admin shows: forms and validators, accounts, content types.
    "django": ["django.conf", "django.contrib.auth", "django.contrib.contenttypes"],
    "taggit": ["taggit"],
}


def locale_dir(module):
    spec = importlib.util.find_spec(module)
    return Path(spec.submodule_search_locations[0]) / "locale"


def catalogue_path(root, language, domain):
    return root / language / "LC_MESSAGES" / f"{domain}.po"


def load(path):
    return polib.pofile(str(path)) if path.exists() else None


def key(entry):
    return (entry.msgctxt, entry.msgid)


def translations(po):
    """(context, msgid) → msgstr or {index: msgstr}, for translated, non-fuzzy entries."""
    found = {}
    for entry in po or []:
        if entry.obsolete or entry.fuzzy or not entry.translated():
            continue
        found[key(entry)] = dict(entry.msgstr_plural) if entry.msgid_plural else entry.msgstr
    return found


def english_entries(modules, domain):
    seen = {}
    for module in modules:
        po = load(catalogue_path(locale_dir(module), "en", domain))
        for entry in po or []:
            if not entry.obsolete and entry.msgid:
                seen.setdefault(key(entry), entry)
    return list(seen.values())


def new_entry(source, known):
    entry = polib.POEntry(msgctxt=source.msgctxt, msgid=source.msgid, msgid_plural=source.msgid_plural)
    entry.occurrences = source.occurrences[:3]
    if source.flags:
        entry.flags = [flag for flag in source.flags if flag != "fuzzy"]
    translated = known.get(key(source))
    if source.msgid_plural:
        value = translated.get(0, "") if isinstance(translated, dict) else (translated or "")
        entry.msgstr_plural = {0: normalize_text(value)}
    else:
        entry.msgstr = normalize_text(translated) if isinstance(translated, str) else ""
    return entry


def refresh(package, modules, language, domain):
    english = english_entries(modules, domain)
    if not english:
        return None
    path = catalogue_path(HERE / package, language, domain)
    known = {}
    for module in reversed(modules):
        known.update(translations(load(catalogue_path(locale_dir(module), language, domain))))
    known.update(translations(load(path)))
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": f"{package} (govsite)",
        "PO-Revision-Date": "2026-12-01 00:00+0700",
        "Last-Translator": "Ban Dân tộc tỉnh Trà Vinh <bdt@travinh.gov.vn>",
        "Language-Team": f"{language} (govsite)",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    for source in english:
        po.append(new_entry(source, known))
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return po


def main():
    for package, modules in PACKAGES.items():
        for language in LANGUAGES:
            for domain in DOMAINS:
                po = refresh(package, modules, language, domain)
                if po is not None:
                    done = len(po.translated_entries())
                    print(f"{package}/{language}/{domain}.po: {done}/{len(po)} translated")


if __name__ == "__main__":
    main()
