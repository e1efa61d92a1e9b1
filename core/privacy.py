"""Who may see a page: the site's view-restriction rule, for one page and as a filter for every list.

Wagtail's rule: a page is private when it or an ancestor has a view restriction (a password, a
log-in or groups), and an alias follows its source page. On top of it, a restriction on a page in
the default language (the translation source) covers that page's translations at once:
wagtail-localize copies a restriction only when it next syncs the translation, and until then the
Khmer page would be public. A restriction set on a translation covers that translation only.
"""

import threading

from django.conf import settings
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction


def pages_on_tree_path(page):
    """The page and its ancestors, from the tree path alone (no query of its own)."""
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    return Page.objects.filter(path__in=paths)


def translation_source_restrictions(on_path):
    """The restrictions of the default-language versions of the pages `on_path` that have none of
    their own: a level with a restriction of its own (wagtail-localize's copy) does not add its
    source's too, so one password is asked once. Wagtail's `get_view_restrictions` gives the rest
    (core.models.BasePage.get_view_restrictions)."""
    without_own = on_path.filter(view_restrictions__isnull=True)
    return PageViewRestriction.objects.filter(
        page__translation_key__in=without_own.values("translation_key"),
        page__locale__language_code=settings.LANGUAGE_CODE,
    )


def restricted_roots():
    """The pages whose subtrees are private: the same rule as a page view's restrictions, seen from
    the restrictions (read first: a handful of rows, so the pages are then found by their indexes)."""
    restricted = list(
        PageViewRestriction.objects.values_list("page_id", "page__translation_key", "page__locale__language_code")
    )
    if not restricted:
        return Page.objects.none()
    page_ids = {page_id for page_id, _key, _language in restricted}
    source_keys = {key for _page_id, key, language in restricted if language == settings.LANGUAGE_CODE}
    return Page.objects.filter(Q(pk__in=page_ids) | Q(translation_key__in=source_keys) | Q(alias_of__in=page_ids))


def covered_pages(page):
    """The pages a restriction on `page` hides: its subtree, its aliases' and, for a page in the
    default language, its translations' subtrees."""
    tops = Q(pk=page.pk) | Q(alias_of=page)
    if page.locale.language_code == settings.LANGUAGE_CODE:
        tops |= Q(translation_key=page.translation_key)
    below = Q()
    for top in Page.objects.filter(tops):
        below |= Q(path__startswith=top.path)
    return list(Page.objects.filter(below))


# The restricted subtrees' paths, read once per request (reset when a request starts and whenever
# a page or a restriction is saved or deleted: core.apps); outside requests, read every time.
_request_memory = threading.local()


def forget_restricted_paths(**_signal_arguments):
    _request_memory.paths = None


def start_remembering_restricted_paths(**_signal_arguments):
    _request_memory.active, _request_memory.paths = True, None


def stop_remembering_restricted_paths(**_signal_arguments):
    _request_memory.active, _request_memory.paths = False, None


def restricted_paths():
    if getattr(_request_memory, "active", False) and _request_memory.paths is not None:
        return _request_memory.paths
    paths = sorted(set(restricted_roots().order_by().values_list("path", flat=True)))
    if getattr(_request_memory, "active", False):
        _request_memory.paths = paths
    return paths


def public_q(path_field="path"):
    """A condition true for pages (their tree path in `path_field`) under no restricted page. The
    restricted subtrees are read first (a query of the few restrictions, once per request), and the
    list's own query filters on path prefixes its planner can estimate: the NOT EXISTS this replaced
    cost 20–40 ms a list at 20,000 pages per language, and most sites have no restriction at all."""
    condition = Q(pk__isnull=False)  # every page: Q() would vanish from an OR
    for path in restricted_paths():
        condition &= ~Q(**{f"{path_field}__startswith": path})
    return condition


def public(queryset):
    """`queryset` without the pages anonymous readers may not see. Every list of pages goes through it."""
    return queryset.filter(public_q())
