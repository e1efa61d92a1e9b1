"""Search fields whose text Wagtail's index stores folded and segmented (search.text.index_text).

Each page model lists its text fields with `page_search_fields(...)`; the backend
(search.backends) turns every query into the same words, so index and query agree on every
database and on OpenSearch.
"""

from wagtail.models import Page
from wagtail.search import index

from search.text import index_text

# OpenSearch: the folded words are already cut; split them at spaces only (search/backends/opensearch.py).
UNITS_ANALYZER = {"analyzer": "govsite_units", "search_analyzer": "govsite_units"}


class FoldedSearchField(index.SearchField):
    """A SearchField indexing the folded words of its value (a StreamField gives its blocks'
    searchable content, never rendered HTML)."""

    def __init__(self, field_name, **kwargs):
        kwargs.setdefault("es_extra", UNITS_ANALYZER)
        super().__init__(field_name, **kwargs)

    def original_value(self, obj):
        return super().get_value(obj)

    def get_value(self, obj):
        return index_text(self.original_value(obj))


class FoldedAutocompleteField(index.AutocompleteField):
    """The admin's page search (autocomplete) over the folded title: `dong bao` finds "Đồng bào"."""

    def get_value(self, obj):
        return index_text(super().get_value(obj))


def _is_wagtail_title(field):
    return isinstance(field, index.SearchField | index.AutocompleteField) and field.field_name == "title"


def page_search_fields(*text_fields):
    """Wagtail's page search fields with the title folded, plus the model's own text fields folded.

    Wagtail stores the field named "title" apart and ranks it above the rest of the text."""
    return [
        FoldedSearchField("title", boost=2),
        FoldedAutocompleteField("title"),
        *(field for field in Page.search_fields if not _is_wagtail_title(field)),
        *(FoldedSearchField(name) for name in text_fields),
    ]
