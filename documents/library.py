"""The library page's filters: every value read from the URL is checked against what exists.

An unknown or malformed value is ignored (the list is shown unfiltered on that criterion), so a
hand-edited or stale URL gives a normal page, never an error.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import get_language

from core import privacy
from core.pagination import kept_page_query, paginate
from documents.models import DocumentPage, DocumentType, IssuingBody
from search.query import matching_page_ids
from search.text import query_terms
from topics.models import Topic

DOCUMENTS_PER_PAGE = 20
SORTS = {"newest": ("-issue_date", "-number", "-pk"), "oldest": ("issue_date", "number", "pk")}
DEFAULT_SORT = "newest"
# The order of the parameters in every URL the library writes: one combination, one URL.
PARAMETERS = ("q", "type", "body", "year", "status", "topic", "sort")


@dataclass
class LibraryFilters:
    q: str = ""
    type: str = ""
    body: str = ""
    year: int | None = None
    status: str = ""
    topic: str = ""
    sort: str = DEFAULT_SORT
    choices: dict = field(default_factory=dict)

    def query_string(self, **changes):
        """This combination of filters as a URL query, in a fixed order, without empty values."""
        values = {name: getattr(self, name) for name in PARAMETERS}
        values.update(changes)
        if values["sort"] == DEFAULT_SORT:
            values["sort"] = ""
        return urlencode([(name, values[name]) for name in PARAMETERS if values[name] not in ("", None)])

    @property
    def is_filtered(self):
        return any([self.q, self.type, self.body, self.year, self.status, self.topic])


def _one(raw, allowed):
    value = str(raw or "").strip()
    return value if value in allowed else ""


def available_years(documents):
    return [day.year for day in documents.dates("issue_date", "year", order="DESC")]


def read_filters(params, documents, language_code):
    choices = {
        "types": DocumentType.for_language(language_code),
        "bodies": IssuingBody.for_language(language_code),
        "topics": Topic.for_language(language_code),
        "statuses": dict(DocumentPage.Status.choices),
        "years": available_years(documents),
    }
    year = _one(params.get("year"), {str(year) for year in choices["years"]})
    query = str(params.get("q", "") or "")[:200]
    return LibraryFilters(
        q=query.strip() if query_terms(query) else "",
        type=_one(params.get("type"), choices["types"]),
        body=_one(params.get("body"), choices["bodies"]),
        year=int(year) if year else None,
        status=_one(params.get("status"), choices["statuses"]),
        topic=_one(params.get("topic"), choices["topics"]),
        sort=_one(params.get("sort"), SORTS) or DEFAULT_SORT,
        choices=choices,
    )


def library_documents(index_page):
    """The library's live, public, really translated documents (its list, its search, topic pages)."""
    documents = DocumentPage.objects.live().descendant_of(index_page)
    documents = documents.filter(locale_id=index_page.locale_id, alias_of__isnull=True)
    return privacy.public(documents).select_related("document_type", "issuing_body", "file")


def filter_documents(documents, filters, locale_id):
    if filters.type:
        documents = documents.filter(document_type__slug=filters.type)
    if filters.body:
        documents = documents.filter(issuing_body__slug=filters.body)
    if filters.year:
        documents = documents.filter(issue_date__year=filters.year)
    if filters.status:
        documents = documents.filter(status=filters.status)
    if filters.topic:
        documents = documents.filter(topics__slug=filters.topic).distinct()
    if filters.q:
        documents = documents.filter(pk__in=matching_page_ids(filters.q, locale_id))
    return documents.order_by(*SORTS[filters.sort])


def label_documents(documents, choices):
    """Give each listed document its type and issuing body in the reader's language, from the
    filters' choices (keyed by slug, the same in every language)."""
    for document in documents:
        document.type_label = choices["types"].get(document.document_type.slug, document.document_type)
        document.body_label = choices["bodies"].get(document.issuing_body.slug, document.issuing_body)
    return documents


def library_context(index_page, request):
    language = get_language()
    documents = library_documents(index_page)
    filters = read_filters(request.GET, documents, language)
    found = paginate(
        filter_documents(documents, filters, index_page.locale_id), request.GET.get("page"), DOCUMENTS_PER_PAGE
    )
    found.object_list = label_documents(list(found.object_list), filters.choices)
    query = filters.query_string()
    return {
        "filters": filters,
        "documents_page": found,
        "page_query": f"{query}&" if query else "",
        "sort_links": {name: filters.query_string(sort=name) for name in SORTS},
    }


def switch_query(index_page, params):
    """The filters and page number of another language's library URL that this library accepts
    (slugs are the same in every language; unknown values and pages it does not have are dropped)."""
    if not any(params.get(name) for name in (*PARAMETERS, "page")):
        return ""
    documents = library_documents(index_page)
    filters = read_filters(params, documents, index_page.locale.language_code)
    found = filter_documents(documents, filters, index_page.locale_id)
    parts = [filters.query_string(), kept_page_query(params.get("page"), found.count, DOCUMENTS_PER_PAGE)]
    return "&".join(part for part in parts if part)
