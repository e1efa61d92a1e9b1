"""The admin's slug field, folding Vietnamese the way the server does (core.text.ascii_slug).

Wagtail's slug script transliterates with a table that maps "Đ" to "dj" and drops the letters it
cannot fold ("Tết" → "tt"). Its SlugInput takes regex formatters that run first: folding every
Vietnamese letter to its base letter there means the slug the editor sees while typing the title
is the slug the page is saved with.
"""

from wagtail.admin.widgets import SlugInput

VIETNAMESE_LETTERS = {
    "a": "àáảãạăằắẳẵặâầấẩẫậ",
    "d": "đ",
    "e": "èéẻẽẹêềếểễệ",
    "i": "ìíỉĩị",
    "o": "òóỏõọôồốổỗộơờớởỡợ",
    "u": "ùúủũụưừứửữự",
    "y": "ỳýỷỹỵ",
}


def vietnamese_formatters():
    precomposed = [(f"[{letters}{letters.upper()}]", base) for base, letters in VIETNAMESE_LETTERS.items()]
    return [*precomposed, ("[\u0300-\u036f]", "")]  # marks typed apart from their letter (NFD)


class VietnameseSlugInput(SlugInput):
    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(attrs, formatters=[*vietnamese_formatters(), *(formatters or [])], locale=locale)
