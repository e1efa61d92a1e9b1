"""Text normalisation for Vietnamese and Khmer: storage form, slugs, digits."""

import re
import unicodedata

from anyascii import anyascii
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


def khmer_digits(value):
    return str(value).translate(KHMER_DIGITS)


def localize_digits(value, language):
    return khmer_digits(value) if language == "km" else str(value)
