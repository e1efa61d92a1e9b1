"""Template helpers every page uses: dates and digits in the reader's language, footer, menu, languages."""

import datetime

from babel.dates import format_date, format_datetime
from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language

from core import footer_and_menu
from core.i18n import language_versions
from core.images import THUMBNAIL_RENDITION_FILTERS, THUMBNAIL_SIZES, responsive_image
from core.text import localize_digits
from pagecache.keys import content_version, known_query

register = template.Library()

# Babel knows both calendars; Khmer digits are applied afterwards (Babel's km locale uses Latin digits).
DATE_PATTERNS = {
    "vi": {
        "dateline": "EEEE, dd/MM/yyyy HH:mm",  # Thứ Hai, 27/06/2022 08:00
        "date": "'ngày' d 'tháng' M 'năm' y",  # ngày 27 tháng 6 năm 2022
        "short": "dd/MM/yyyy",
    },
    "km": {
        "dateline": "'ថ្ងៃ'EEEE 'ទី'd 'ខែ'MMMM 'ឆ្នាំ'y 'ម៉ោង' HH:mm",
        "date": "'ថ្ងៃទី'd 'ខែ'MMMM 'ឆ្នាំ'y",
        "short": "dd/MM/yyyy",
    },
}


def _language():
    language = (get_language() or "vi").split("-")[0]
    return language if language in DATE_PATTERNS else "vi"


@register.filter
def local_date(value, style="date"):
    """A date or datetime written the way readers of the active language write it."""
    if not value:
        return ""
    language = _language()
    pattern = DATE_PATTERNS[language].get(style, DATE_PATTERNS[language]["date"])
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        text = format_datetime(value, pattern, locale=language)
    else:
        text = format_date(value, pattern, locale=language)
    return localize_digits(text, language)


@register.filter
def machine_date(value):
    """A <time datetime> value: ISO 8601 in local time, whole seconds (HTML allows at most three fraction digits)."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


@register.filter
def local_digits(value):
    """Khmer digits on Khmer pages; unchanged elsewhere."""
    return localize_digits(value, _language())


@register.simple_tag(takes_context=True)
def site_footer(context):
    return footer_and_menu.site_footer(_language(), context.get("request"))


@register.simple_tag(takes_context=True)
def menu_pages(context):
    return footer_and_menu.menu_pages(_language(), context.get("request"))


@register.simple_tag(takes_context=True)
def page_language_versions(context, page=None):
    """The language switcher's and hreflang's entries; for a page, cached until a purge of its URL
    (publishing or unpublishing a translation purges every language's URL: pagecache.purge)."""
    request = context.get("request")
    timeout = settings.PAGE_FRAGMENT_CACHE_TIMEOUT
    if not (timeout and getattr(page, "pk", None) and request) or getattr(request, "is_preview", False):
        return language_versions(page, request)
    # The switcher keeps the reader's filters and page number (core.i18n.with_reader_query).
    key = f"language-versions:{page.pk}:{content_version(request)}:{known_query(request)}"
    return cache.get_or_set(key, lambda: language_versions(page, request), timeout)


@register.filter
def thumbnail(image):
    return responsive_image(image, THUMBNAIL_RENDITION_FILTERS, sizes=THUMBNAIL_SIZES)
