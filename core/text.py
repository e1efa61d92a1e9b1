"""Text normalisation for Vietnamese and Khmer: storage form, slugs, digits."""

import re
import unicodedata
from html import unescape

from anyascii import anyascii
from django.utils.html import strip_tags
from django.utils.text import slugify
from khmernormalizer.khnormal import khmer_normalize

KHMER_CHARS = re.compile("[\u1780-\u17ff\u19e0-\u19ff]")
ZERO_WIDTH = re.compile("[\u200b\ufeff]")
KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def normalize_text(value):
    """The form every stored string takes: NFC, and Khmer clusters in SIL khnormal order.

    Zero-width spaces are kept (Khmer writers use them as optional word breaks);
    search strips them when indexing.
    """
    if not value:
        return value
    value = unicodedata.normalize("NFC", value)
    if KHMER_CHARS.search(value):
        value = khmer_normalize(value)
    return value


def ascii_slug(text, max_length=80):
    """ "Đồng bào dân tộc" → "dong-bao-dan-toc". Khmer titles are romanised rather than mangled."""
    slug = slugify(anyascii(unicodedata.normalize("NFC", text or "")))
    return slug[:max_length].strip("-")


def is_lossy_slug(slug, proper_slug):
    """True when `slug` is `proper_slug` with letters dropped inside its words: what a slugifier
    that cannot fold Vietnamese makes of a title ("thử nghiệm" → "th-nghim"). A slug an editor
    chose (other words, fewer words) is not."""
    # Wagtail's browser slug also spells "đ" as "dj" ("đón" → "djon").
    words, proper_words = (slug or "").replace("dj", "d").split("-"), proper_slug.split("-")
    if not slug or slug == proper_slug or len(words) != len(proper_words):
        return False
    return all(_is_subsequence(word, proper) for word, proper in zip(words, proper_words, strict=True))


def _is_subsequence(short, long):
    remaining = iter(long)
    return all(char in remaining for char in short)


def khmer_digits(value):
    return str(value).translate(KHMER_DIGITS)


def localize_digits(value, language):
    return khmer_digits(value) if language == "km" else str(value)


DESCRIPTION_LENGTH = 160
# A sentence ends at . ! ? followed by a space, or at the Khmer khan (។) or bariyoosan (៕).
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[\u17d4\u17d5])\s*")
KHMER_COENG = "\u17d2"


def first_sentence(text):
    return SENTENCE_END.split(text, maxsplit=1)[0].strip() if text else ""


def shorten(text, limit=DESCRIPTION_LENGTH):
    """At most `limit` characters, cut at a space when there is one (Khmer has none between words)
    and never inside a character cluster (a vowel sign or a stacked consonant stays with its base)."""
    if len(text) <= limit:
        return text
    cut = limit - 1
    space = text.rfind(" ", 0, cut + 1)
    if space > limit // 2:
        cut = space
    while cut > 0 and (unicodedata.category(text[cut]).startswith("M") or text[cut - 1] == KHMER_COENG):
        cut -= 1
    return text[:cut].rstrip(" ,;:") + "…"


def plain_text(text):
    return " ".join(unescape(strip_tags(text or "")).split())


def meta_description(written="", lead=""):
    """A page's meta description, plain text of at most 160 characters: what the editor `written`
    for search engines, else the first sentence of its `lead`."""
    if plain_text(written):
        return shorten(plain_text(written))
    return shorten(first_sentence(plain_text(lead)))
