"""Writes locale_overrides/<language>/LC_MESSAGES/{django,djangojs}.po from strings.py."""

import sys
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from core.text import normalize_text  # noqa: E402
from locale_overrides.strings import ADMIN, TRANSLATION_EDITOR  # noqa: E402

LANGUAGES = {"vi": 0, "km": 1}


def write(language, domain, table):
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": language}
    for msgid, translations in table.items():
        po.append(polib.POEntry(msgid=msgid, msgstr=normalize_text(translations[LANGUAGES[language]])))
    path = HERE / language / "LC_MESSAGES" / f"{domain}.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))


if __name__ == "__main__":
    for language in LANGUAGES:
        write(language, "django", ADMIN)
        write(language, "djangojs", TRANSLATION_EDITOR)
