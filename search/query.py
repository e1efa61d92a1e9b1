"""Finding live, public pages of one language, and showing where the query matched."""

import re

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core import privacy
from search.models import SearchEntry
from search.text import fold, query_terms

EXCERPT_LENGTH = 240


def matching_entries(query, locale_id, page_ids=None):
    """Entries of one language containing every term of the query: title matches first, then newest.

    Restricted pages stay in the index; they are left out here, so a restriction counts at once."""
    terms = query_terms(query)
    if not terms:
        return SearchEntry.objects.none(), terms
    entries = SearchEntry.objects.filter(privacy.public_q("page__path"), locale_id=locale_id, page__live=True)
    if page_ids is not None:
        entries = entries.filter(page_id__in=page_ids)
    for term in terms:
        entries = entries.filter(units__contains=term)
    in_title = Q()
    for term in terms:
        in_title &= Q(title_units__contains=term)
    entries = entries.annotate(
        in_title=Case(When(in_title, then=Value(1)), default=Value(0), output_field=IntegerField())
    )
    return entries.order_by("-in_title", "-date", "-page_id"), terms


def matching_page_ids(query, locale_id, page_ids=None):
    entries, _terms = matching_entries(query, locale_id, page_ids)
    return entries.values("page_id")


def _term_pattern(term):
    """A regex over the folded text: Latin terms at word edges, Khmer clusters anywhere."""
    parts = term.split()
    if all(part.isascii() for part in parts):
        return r"(?<!\w)" + r"\W+".join(re.escape(part) for part in parts) + r"(?!\w)"
    return r"\s*".join(re.escape(part) for part in parts)


def match_spans(text, terms):
    folded = fold(text)
    spans = []
    for term in terms:
        spans += [m.span() for m in re.finditer(_term_pattern(term), folded) if m.end() > m.start()]
    return sorted(spans)


def highlight(text, terms, length=EXCERPT_LENGTH):
    """A piece of `text` around the first match, escaped, with each match in <mark>."""
    spans = match_spans(text, terms)
    start = 0
    if spans and spans[0][0] > length // 3:
        start = text.rfind(" ", 0, spans[0][0] - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        # End at a space when there is one in the second half (Khmer has few: then cut hard).
        space = text.rfind(" ", start + length // 2, end)
        end = space if space > 0 else end
    pieces, position = [], start
    for span_start, span_end in spans:
        if span_start < position or span_end > end:
            continue
        pieces += [escape(text[position:span_start]), "<mark>", escape(text[span_start:span_end]), "</mark>"]
        position = span_end
    pieces.append(escape(text[position:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)  # noqa: S308 - every piece is escaped above


def attach_sections(entries):
    """Give each entry its page (specific) and its section (the top-level page it sits in)."""
    pages = {page.pk: page for page in Page.objects.filter(pk__in=[e.page_id for e in entries]).specific()}
    section_paths = {page.path[:12] for page in pages.values() if page.depth >= 3}
    sections = {page.path: page for page in Page.objects.filter(path__in=section_paths)}
    for entry in entries:
        entry.result_page = pages.get(entry.page_id)
        entry.section = sections.get(entry.result_page.path[:12]) if entry.result_page else None
    return entries
