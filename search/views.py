from urllib.parse import urlencode

from django.template.response import TemplateResponse
from wagtail.models import Locale

from core.pagination import paginate
from search.query import RankedResults, search_pages, search_results
from search.text import query_terms

RESULTS_PER_PAGE = 10


def search_view(request):
    """The site search of the language in the URL: only that language's live, public pages."""
    query = request.GET.get("q", "")
    terms = query_terms(query)
    pages = RankedResults(search_pages(query, Locale.get_active().pk), query) if terms else []
    results = paginate(pages, request.GET.get("page"), RESULTS_PER_PAGE)
    results.object_list = search_results(list(results.object_list), terms)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "query": query[:200],
            "has_terms": bool(terms),
            "more_than": pages.more_than if terms else None,
            "results": results,
            "page_query": urlencode({"q": query[:200]}) + "&" if terms else "",
        },
    )
