"""Finding live, public pages of one language in Wagtail's index, and showing where the query matched."""

import datetime
import re

from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Page
from wagtail.search.query import And, Or, Phrase, PlainText

from core import privacy
from search.text import clean, fold, index_text, query_words

EXCERPT_LENGTH = 240
RERANKED = 50


def _word_query(words):
    text = " ".join(words)
    return Phrase(text) if len(words) > 1 else PlainText(text)


def folded_query(query):
    """The query as Wagtail's search query over folded words: every typed word (a Khmer word: its
    clusters in order) must appear; with several words, pages holding them side by side rank first."""
    words = query_words(query)
    if not words:
        return None
    every_word = _word_query(words[0]) if len(words) == 1 else And([_word_query(word) for word in words])
    if len(words) == 1:
        return every_word
    return Or([_word_query([unit for word in words for unit in word]), every_word])


def searchable_pages(locale_id):
    """Live pages of one language under no view restriction, without the Khmer tree's aliases of
    Vietnamese pages. Restricted pages stay in the index; they are left out here, in the search's
    own query, so a restriction counts at once."""
    pages = Page.objects.live().filter(locale_id=locale_id, alias_of__isnull=True, depth__gt=1)
    return privacy.public(pages)


def search_pages(query, locale_id):
    """Wagtail search results (Page objects), best first, of one language's searchable pages."""
    candidates = searchable_pages(locale_id).values("pk")
    return Page.objects.filter(locale_id=locale_id, pk__in=candidates).search(query)


def title_rank(title, words):
    """2: the whole query in the title, in order; 1: every word of it in the title; 0: neither."""
    folded = f" {index_text(title)} "
    if f" {' '.join(unit for word in words for unit in word)} " in folded:
        return 2
    return 1 if all(f" {' '.join(word)} " in folded for word in words) else 0


class RankedResults:
    """Wagtail's results with the first RERANKED put in an order every database agrees on: pages
    with the query in their title (newest first), then the rest in the backend's order.

    SQLite's bm25() divides every match by the length of the whole row, so there a long article
    loses to a short document with the same title words; PostgreSQL's ts_rank does not."""

    def __init__(self, results, query):
        self.results = results
        self.words = query_words(query)

    def count(self):
        return self.results.count()

    @cached_property
    def more_than(self):
        """The limit of ranked matches when the query has more matches than it (PostgreSQL ranks
        the newest of them: search.backends.postgres), else None."""
        limit = getattr(self.results.backend, "ranked_matches_limit", 0)
        return limit if limit and self.count() > limit else None

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        top = self.top
        if key.stop is not None and key.stop <= RERANKED:
            return top[key]
        return (top + list(self.results[RERANKED : key.stop]))[key]

    @cached_property
    def top(self):
        pages = list(self.results[:RERANKED])
        ranks = {page.pk: title_rank(page.title, self.words) for page in pages}
        titled = [page.pk for page in pages if ranks[page.pk]]
        titled_pages = Page.objects.filter(pk__in=titled).specific().defer_streamfields()
        dates = {page.pk: page_date(page) for page in titled_pages}
        oldest = timezone.make_aware(datetime.datetime.min.replace(year=1900))

        def order(position_and_page):
            position, page = position_and_page
            if not ranks[page.pk]:
                return (0, 0, position)
            return (-ranks[page.pk], -(dates.get(page.pk) or oldest).timestamp(), position)

        return [page for _position, page in sorted(enumerate(pages), key=order)]


def matching_page_ids(query, locale_id):
    return [page.pk for page in search_pages(query, locale_id)]


def page_text(page):
    """The original text of the page's indexed fields other than its title: what excerpts show."""
    from search.fields import FoldedSearchField

    parts = []
    for field in page.search_fields:
        if isinstance(field, FoldedSearchField) and field.field_name != "title":
            parts += _strings(field.original_value(page))
    return clean(" ".join(part.strip() for part in parts if part and part.strip()))


def _strings(value):
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [text for item in value for text in _strings(item)]
    return [strip_tags(str(value))]


def page_date(page):
    value = getattr(page, "search_date", None) or getattr(page, "date", None) or page.first_published_at
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        value = timezone.make_aware(datetime.datetime.combine(value, datetime.time()))
    return value


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


def search_result(page, section, terms):
    """What the results page shows of one page: its title and an excerpt with the matches marked."""
    text = page_text(page)
    return {
        "page": page,
        "section": section,
        "title_html": highlight(page.title, terms, length=1000),
        "excerpt": highlight(text, terms) if text else "",
        "date": page_date(page),
    }


def search_results(pages, terms):
    """One page of results in their order, each page specific and with its section (the
    top-level page it sits in)."""
    specific = Page.objects.filter(pk__in=[page.pk for page in pages]).specific().in_bulk()
    section_paths = {page.path[:12] for page in specific.values() if page.depth >= 3}
    sections = {page.path: page for page in Page.objects.filter(path__in=section_paths)}
    return [
        search_result(specific[page.pk], sections.get(page.path[:12]), terms) for page in pages if page.pk in specific
    ]
