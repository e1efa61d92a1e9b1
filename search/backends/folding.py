from wagtail.models import Page

from search.query import folded_query
from search.text import query_words


def _is_page_model(model_or_queryset):
    model = getattr(model_or_queryset, "model", model_or_queryset)
    return isinstance(model, type) and issubclass(model, Page)


class FoldedQueries:
    """Page searches (the site's and the admin's) fold and cut the query as the index was: every
    typed word must appear, a Khmer word as its clusters in order; the whole query as a phrase
    ranks first. Other models (images, documents) keep Wagtail's plain handling."""

    def search(self, query, model_or_queryset, *args, **kwargs):
        if isinstance(query, str) and _is_page_model(model_or_queryset):
            query = folded_query(query) or ""
        return super().search(query, model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        if isinstance(query, str) and _is_page_model(model_or_queryset):
            query = " ".join(word for words in query_words(query) for word in words)
        return super().autocomplete(query, model_or_queryset, *args, **kwargs)
