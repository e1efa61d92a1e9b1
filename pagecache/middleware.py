"""Serves anonymous page views from the cache and tells browsers and CDNs how long to keep them.

Never stored or served from the cache: requests with a session or a pending message (signed-in
editors see their own changes at once; a reader's "thank you" is not lost), anything but GET/HEAD,
the admin, documents, health checks, responses other than 200, and responses that set a cookie or
need a CSRF token (a form page). Previews are admin URLs, so they are never stored either. Anything
else a signed-in reader gets (a document of a private collection) is marked private as well.

A page is stored under its URL with only the query parameters pages read (keys.page_key), at most
PAGE_CACHE_MAX_ENTRY_BYTES large (`worth_storing`).

It sits before the session, locale, CSRF and authentication middleware: a stored page is answered
without them, and every header those add is stored with the page.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

from pagecache import pending
from pagecache.keys import has_unknown_parameters, store_page, stored_page

UNCACHED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/django-admin/", "/static/")
MESSAGES_COOKIE = "messages"  # django.contrib.messages' cookie storage


def is_public_page_request(request):
    return request.method in ("GET", "HEAD") and not request.path_info.startswith(UNCACHED_PREFIXES)


def is_personal(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES or MESSAGES_COOKIE in request.COOKIES


def can_store(request, response):
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not response.has_header("Cache-Control")
    )


def kept_private(request, response):
    """A response to a signed-in reader (a private collection's document, say) is theirs alone: no
    CDN in front may keep it and hand it to the next reader."""
    if is_personal(request) and not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True, no_cache=True)
    return response


def worth_storing(request, response):
    """A variant made by parameters no page reads (?fbclid=…) is served the stored page without them
    but never stored itself, else every new value would be rendered and kept for an hour; nor is a
    response over PAGE_CACHE_MAX_ENTRY_BYTES."""
    return not has_unknown_parameters(request) and len(response.content) <= settings.PAGE_CACHE_MAX_ENTRY_BYTES


def expires_within(request, seconds):
    """Something the page shows changes by itself in `seconds` (a notice starts or ends): keep it no longer."""
    current = getattr(request, "_pagecache_lifetime", None)
    request._pagecache_lifetime = seconds if current is None else min(current, seconds)


def capped(seconds, lifetime):
    return seconds if lifetime is None else min(seconds, lifetime)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        pending.apply_if_due()  # before anything of this request reads the cache
        if not (settings.PAGE_CACHE_ENABLED and is_public_page_request(request)):
            return kept_private(request, self.get_response(request))
        if is_personal(request):
            response = self.get_response(request)
            patch_cache_control(response, private=True, no_cache=True)
            return response

        cached = stored_page(request)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached

        response = self.get_response(request)
        lifetime = getattr(request, "_pagecache_lifetime", None)
        if can_store(request, response) and (lifetime is None or lifetime > 0):
            patch_cache_control(
                response,
                public=True,
                max_age=capped(settings.PAGE_CACHE_BROWSER_MAX_AGE, lifetime),
                s_maxage=capped(settings.PAGE_CACHE_SHARED_MAX_AGE, lifetime),
            )
            if worth_storing(request, response):
                store_page(request, response, capped(settings.PAGE_CACHE_TIMEOUT, lifetime))
                response["X-Page-Cache"] = "miss"
        elif not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response
