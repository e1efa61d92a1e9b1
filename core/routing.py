"""Finding the page for a URL in two queries, however deep it is.

Wagtail's `Page.route` asks the database twice per URL segment (the child with that slug, then its
specific row): eight queries for /tin-tuc/<article>/ under the language's home page. Here one query
loads every page whose slug appears in the path below the routing page, the chain is matched in
Python, and one more query loads the target's specific row. Parents are remembered on their
children (`_cached_parent_obj`, as Wagtail does), so breadcrumbs need no query either.

A page type with a `route` of its own (a routable page, say) still decides for itself: routing is
handed to it with the rest of the path, exactly as Wagtail would.
"""

from django.http import Http404
from wagtail.models import Page


def pages_on_path(page, slugs):
    """{(parent path, slug): page} for every page below `page` that may lie on the path `slugs`."""
    candidates = Page.objects.filter(
        path__startswith=page.path,
        depth__gt=page.depth,
        depth__lte=page.depth + len(slugs),
        slug__in=set(slugs),
    )
    return {(candidate.path[: -Page.steplen], candidate.slug): candidate for candidate in candidates}


def routes_itself(page_class, base_route):
    return page_class is not None and page_class.route is not base_route


def route_below(page, request, slugs, base_route):
    """Route `slugs` below `page`; `base_route` is the `route` method that may be skipped."""
    found = pages_on_path(page, slugs)
    parent = page
    for index, slug in enumerate(slugs):
        child = found.get((parent.path, slug))
        if child is None:
            raise Http404
        child._cached_parent_obj = parent
        remaining = slugs[index + 1 :]
        if not remaining or routes_itself(child.specific_class, base_route):
            return child.specific.route(request, remaining)
        parent = child
    raise Http404  # not reached: the loop returns at the last slug


def routed_ancestors(page):
    """The page's ancestors from its language's home page down, from the route when it was routed."""
    chain, current = [], page
    while current.depth > 2:
        parent = getattr(current, "_cached_parent_obj", None)
        if parent is None:
            return list(page.get_ancestors().filter(depth__gte=2))
        chain.append(parent)
        current = parent
    return chain[::-1]
