"""How text and queries are cut into the units the search index matches, the same way for both.

Vietnamese: every character is folded to one lowercase character without its marks, "đ" → "d",
so "dân tộc", "DÂN TỘC", "dan toc" and an NFD-typed "dân tộc" become "dan toc". Folding keeps
one character per character, so a match in the folded text is at the same place in the original
(that is how excerpts are highlighted).

Khmer: there are no spaces between words and zero-width spaces are optional breaks. Text and
query are cut into Khmer character clusters with khmercut and matched as a cluster sequence (a
phrase of cluster tokens in Wagtail's index, see `index_text`). Its
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
LATIN_WORD = re.compile(r"[^\W_]+")  # letters and digits: what every full-text tokenizer keeps

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


def cluster_token(cluster):
    """A Khmer cluster as one ASCII word ("ត្រា" → "km178f17d2179a17b6").

    SQLite FTS5's unicode61 tokenizer splits Khmer at vowel signs and the coeng, and Lucene's
    folding filters strip some of its signs; a word of letters and digits survives every
    tokenizer whole, so the same clusters match on SQLite, PostgreSQL and OpenSearch."""
    return "km" + "".join(f"{ord(char):x}" for char in cluster)


def tokens(text):
    """The index words of `text`: folded Latin words and Khmer cluster tokens, in order."""
    return [unit if unit.isascii() else cluster_token(unit) if KHMER_RUN.match(unit) else unit for unit in units(text)]


def index_text(value):
    """What Wagtail's index stores for a text (or a list of texts, as StreamFields give)."""
    if isinstance(value, list | tuple):
        value = " ".join(str(item) for item in value if item)
    return " ".join(tokens(fold(clean(str(value or "")))))


def query_words(query):
    """Each space-separated word of the query as its index words (a Khmer word: its clusters)."""
    text = fold(clean(str(query)[: MAX_QUERY_LENGTH * 5]))[:MAX_QUERY_LENGTH]
    words = []
    for part in text.split():
        found = tokens(part)
        if found and found not in words:
            words.append(found)
    return words[:MAX_QUERY_TERMS]


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
