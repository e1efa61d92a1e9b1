from urllib.parse import urlencode

from django.template.response import TemplateResponse
from wagtail.models import Locale

from core.pagination import paginate
from search.query import attach_sections, highlight, matching_entries

RESULTS_PER_PAGE = 10


def search_view(request):
    """The site search of the language in the URL: only that language's live pages and documents."""
    query = request.GET.get("q", "")
    entries, terms = matching_entries(query, Locale.get_active().pk)
    results = paginate(entries, request.GET.get("page"), RESULTS_PER_PAGE)
    results.object_list = attach_sections(list(results.object_list))
    for entry in results.object_list:
        entry.title_html = highlight(entry.title, terms, length=1000)
        entry.excerpt = highlight(entry.text, terms) if entry.text else ""
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "query": query[:200],
            "has_terms": bool(terms),
            "results": results,
            "page_query": urlencode({"q": query[:200]}) + "&" if terms else "",
        },
    )
