"""Keeping SearchEntry rows in step with live pages."""

import datetime

from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

from search.models import SearchEntry
from search.text import clean, index_form

SKIPPED_FIELDS = {"title"}


def _strings(value):
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [text for item in value for text in _strings(item)]
    return [strip_tags(str(value))]


def page_text(page):
    """The searchable text of a page, from the SearchFields its model declares."""
    parts = []
    for field in page.search_fields:
        if isinstance(field, index.SearchField) and field.field_name not in SKIPPED_FIELDS:
            parts += _strings(field.get_value(page))
    return clean(" ".join(part.strip() for part in parts if part and part.strip()))


def page_date(page):
    value = getattr(page, "search_date", None) or getattr(page, "date", None) or page.first_published_at
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        value = timezone.make_aware(datetime.datetime.combine(value, datetime.time()))
    return value


def is_searchable(page):
    return page.live and page.alias_of_id is None and page.depth > 1


def index_page(page):
    page = page.specific if type(page) is Page else page
    if not is_searchable(page):
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return None
    text = page_text(page)
    entry, _ = SearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "locale_id": page.locale_id,
            "title": clean(page.title),
            "text": text,
            "title_units": index_form(page.title),
            "units": index_form(f"{page.title} {text}"),
            "date": page_date(page),
        },
    )
    return entry


def rebuild():
    SearchEntry.objects.all().delete()
    count = 0
    for page in Page.objects.live().filter(alias_of__isnull=True, depth__gt=1).specific().iterator():
        if index_page(page):
            count += 1
    return count
