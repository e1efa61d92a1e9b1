"""Purging stored pages, from the site's page cache and from a CDN in front: the mechanism only.

What shows a page is the page's own knowledge: `page.get_dependent_pages()` (core.models.BasePage
and the page models that extend it). What shows a snippet, and which views outside the page tree
list pages, each app registers for its own models (pagecache.dependencies). This module imports
no content app.
"""

import logging

from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from pagecache import dependencies, pending

logger = logging.getLogger(__name__)

# Beyond this many pages, one site-wide purge is cheaper than working out every page that shows them.
MAX_PAGES_PURGED_ONE_BY_ONE = 100


def pages_showing(page, limit=None):
    """The page, its translations (the language switcher links between them) and every page each
    of them names in `get_dependent_pages()` (any iterable: a lazy one is read only until more
    than `limit` pages are found, when the caller purges the whole site instead)."""
    translations = list(Page.objects.filter(translation_key=page.translation_key).specific()) or [page.specific]
    shown = {}
    for translation in translations:
        shown[translation.pk] = translation
        dependent = getattr(translation, "get_dependent_pages", None)
        for shown_page in dependent() if dependent else ():
            shown[shown_page.pk] = shown_page
            if limit is not None and len(shown) > limit:
                return list(shown.values())
    return list(shown.values())


def page_urls(pages):
    """(root URL, path) of each page that has one."""
    urls = []
    for page in pages:
        parts = page.get_url_parts()
        if parts:
            _site_id, root_url, path = parts
            urls.append((root_url, path))
    return urls


def purge_urls(urls):
    paths = {path for _root, path in urls}
    pending.forget_paths(paths)
    # Again after the commit: a reader between the purge and the commit may have stored the old page.
    transaction.on_commit(lambda: pending.forget_paths(paths), robust=True)
    purge_frontend_cache([root + path for root, path in urls])


def purge_frontend_cache(full_urls):
    """Through Wagtail's frontend cache, each URL once (its own page_published handlers are
    disconnected: pagecache.apps)."""
    if not full_urls:
        return
    batch = PurgeBatch()
    batch.add_urls(sorted(set(full_urls)))
    try:
        batch.purge()
    except Exception:
        logger.exception("Could not purge the front-end cache")


def purge_page(page):
    purge_pages([page])


def purge_pages(pages):
    """The stored copies of `pages` and of every page and listing that shows them."""
    pages = list(pages)
    if not pages:
        return
    if len(pages) > MAX_PAGES_PURGED_ONE_BY_ONE:
        purge_site()
        return
    shown = {}
    for page in pages:
        shown.update((shown_page.pk, shown_page) for shown_page in pages_showing(page, MAX_PAGES_PURGED_ONE_BY_ONE))
    if len(shown) > MAX_PAGES_PURGED_ONE_BY_ONE:
        purge_site()
        return
    urls = page_urls(shown.values())
    root = urls[0][0] if urls else ""
    purge_urls(urls + [(root, path) for path in dependencies.listing_view_paths()])


def purge_pages_alone(pages):
    """The stored copies of `pages` only, not of what shows them (their breadcrumbs changed, say)."""
    pages = list(pages)
    if len(pages) > MAX_PAGES_PURGED_ONE_BY_ONE:
        purge_site()
    elif pages:
        purge_urls(page_urls(pages))


def purge_site():
    """Every stored page, and the footer, menu and notices kept under the site token (a footer
    edit, a menu change, a move). The CDN gets the home and section pages; the others follow
    within s-maxage."""
    pending.forget_site()
    transaction.on_commit(pending.forget_site, robust=True)
    purge_frontend_cache([root + path for root, path in page_urls(Page.objects.live().filter(depth__in=(2, 3)))])
