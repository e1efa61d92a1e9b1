"""How text and queries are cut into the units the search index matches, the same way for both.

Vietnamese: every character is folded to one lowercase character without its marks, "đ" → "d",
so "dân tộc", "DÂN TỘC", "dan toc" and an NFD-typed "dân tộc" become "dan toc". Folding keeps
one character per character, so a match in the folded text is at the same place in the original
(that is how excerpts are highlighted).

Khmer: there are no spaces between words and zero-width spaces are optional breaks. Text and
query are cut into Khmer character clusters with khmercut and matched as a cluster sequence. Its
word model is not used for matching because it cuts the same word differently in different
contexts ("ផែនការលេខ" is one word, "ផែនការ" another), so a word searched alone would be missed
inside a sentence; a cluster sequence is found wherever it appears and never inside a cluster.
"""

import re
import unicodedata

from khmercut import seg_kcc

from core.text import normalize_text

KHMER_RUN = re.compile("[\u1780-\u17ff\u19e0-\u19ff]+")
KHMER_PUNCTUATION = set("\u17d4\u17d5\u17d6\u17d7\u17d8\u17d9\u17da")
# Zero-width characters and every other invisible control character.
INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
LATIN_WORD = re.compile(r"\w+")

MAX_QUERY_LENGTH = 200
MAX_QUERY_TERMS = 10


def clean(text):
    """The stored form without invisible characters: what excerpts are cut from."""
    return INVISIBLE.sub("", normalize_text(text or ""))


def fold_char(char):
    if char in "đĐ":
        return "d"
    if "០" <= char <= "៩":  # Khmer digits: "៣៥" finds "35"
        return chr(ord(char) - ord("០") + ord("0"))
    base = unicodedata.normalize("NFD", char)[0]
    if base.isascii():
        return base.lower()
    lower = char.lower()
    return lower if len(lower) == 1 else char


def fold(text):
    """One folded character per character of `text` (already cleaned)."""
    return "".join(fold_char(char) for char in text)


def units(folded):
    """The words and Khmer clusters of folded text, in order."""
    found = []
    position = 0
    for run in KHMER_RUN.finditer(folded):
        found += LATIN_WORD.findall(folded[position : run.start()])
        found += [c for c in seg_kcc(run.group()) if c.strip() and c not in KHMER_PUNCTUATION]
        position = run.end()
    found += LATIN_WORD.findall(folded[position:])
    return found


def index_form(text):
    """What is stored and matched: units separated by single spaces, with a space at each end."""
    return " " + " ".join(units(fold(clean(text)))) + " "


def query_terms(query):
    """Each space-separated part of the query as a unit phrase (" dan ", " 35 kh bdt ", " ត្រា វិ ញ ")."""
    text = fold(clean(str(query)[: MAX_QUERY_LENGTH * 5]))[:MAX_QUERY_LENGTH]
    terms = []
    for part in text.split():
        found = units(part)
        if found:
            phrase = " " + " ".join(found) + " "
            if phrase not in terms:
                terms.append(phrase)
    return terms[:MAX_QUERY_TERMS]
