from wagtail.models import Page
from wagtail.search.query import PlainText

from search.query import folded_query
from search.text import query_words


def _is_page_model(model_or_queryset):
    model = getattr(model_or_queryset, "model", model_or_queryset)
    return isinstance(model, type) and issubclass(model, Page)


def _typed_text(query):
    """The text a reader or editor typed: a string, or Wagtail admin's parsed PlainText."""
    if isinstance(query, str):
        return query
    if isinstance(query, PlainText):
        return query.query_string
    return None


def _folded_words(text):
    return " ".join(unit for word in query_words(text) for unit in word)


class FoldedQueries:
    """Page searches (the site's and the admin's) fold and cut the query as the index was: every
    typed word must appear, a Khmer word as its clusters in order; the whole query as a phrase
    ranks first. Other models (images, documents) keep Wagtail's plain handling."""

    def search(self, query, model_or_queryset, *args, **kwargs):
        text = _typed_text(query)
        if text is not None and _is_page_model(model_or_queryset):
            query = folded_query(text) or ""
        return super().search(query, model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        text = _typed_text(query)
        if text is not None and _is_page_model(model_or_queryset):
            query = _folded_words(text)
        return super().autocomplete(query, model_or_queryset, *args, **kwargs)
