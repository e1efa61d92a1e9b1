"""Wagtail warns (wagtailsearch.W001) when a page model's search_fields lack Page's own field
objects; the site's page models replace Page's title fields by folded ones on purpose
(search.fields.page_search_fields), so that check is silenced and this one takes its place."""

from importlib.metadata import version

from django.conf import settings
from django.core.checks import Warning, register
from wagtail.models import Page, get_page_models
from wagtail.search import index

from search.fields import FoldedAutocompleteField, FoldedSearchField


def _has_page_fields(model):
    names = {(type(field), field.field_name) for field in model.search_fields}
    filters = [field for field in Page.search_fields if isinstance(field, index.FilterField)]
    wagtail_filters = {(index.FilterField, field.field_name) for field in filters}
    return wagtail_filters <= names and {(FoldedSearchField, "title"), (FoldedAutocompleteField, "title")} <= names


@register("search")
def page_search_fields_check(app_configs, **kwargs):
    return [
        Warning(
            "The page model's search fields are not the site's folded page search fields.",
            hint="Declare `search_fields = page_search_fields(...)` (search.fields).",
            obj=model,
            id="sitesearch.W001",
        )
        for model in get_page_models()
        if model is not Page and not _has_page_fields(model)
    ]


# search.backends.postgres.NewestMatchesRankedCompiler extends modelsearch's PostgreSQL compiler
# (its queryset, build_tsquery and get_search_vectors); checked against this version.
CHECKED_MODELSEARCH_VERSION = (1, 3)


def installed_modelsearch_version():
    return tuple(int(part) for part in version("modelsearch").split(".")[:2])


@register("search")
def ranked_matches_compiler_check(app_configs, **kwargs):
    installed = installed_modelsearch_version()
    if not settings.SEARCH_RANKED_MATCHES or installed == CHECKED_MODELSEARCH_VERSION:
        return []
    checked = ".".join(map(str, CHECKED_MODELSEARCH_VERSION))
    return [
        Warning(
            f"search.backends.postgres was checked against modelsearch {checked}; modelsearch "
            f"{'.'.join(map(str, installed))} is installed.",
            hint="Run tests/test_search.py on PostgreSQL and `make benchmark`, then update "
            "CHECKED_MODELSEARCH_VERSION (or set SEARCH_RANKED_MATCHES = 0).",
            id="sitesearch.W002",
        )
    ]
