"""Cache keys of stored pages.

A stored page is kept with two tokens: one for its URL path and one for the whole site, and is
served only while both are current. Purging a path replaces its token (every query-string variant
of it, e.g. ?page=3, is gone at once); purging the site replaces the site token. A token that is
missing (evicted, or Redis restarted) is replaced by a new random one, never reset, so a stale page
can never come back. The tokens and the page are read in one round trip (`stored_page`). A purge
that cannot reach Redis is kept in the database until it can (pagecache.pending).

What every page shows (footer, menu, notices) is kept under the site token too (`site_wide`), and
what one page shows apart from it (fragments, metadata, language switcher) under its URL's tokens
(`content_version`): one purge drops all of it.
"""

import hashlib
import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from pagecache.breaker import is_skipped

SITE_TOKEN_KEY = "pagecache:site"  # noqa: S105 - a cache key


def path_token_key(path):
    return "pagecache:path:" + hashlib.sha256(path.encode("utf-8", "surrogateescape")).hexdigest()


def new_token():
    return uuid.uuid4().hex[:16]


def current_tokens(path, found=None):
    """(site token, path token); `found`: what a get_many of the two keys already returned."""
    keys = [SITE_TOKEN_KEY, path_token_key(path)]
    tokens = dict(found) if found is not None else cache.get_many(keys) or {}
    for key in keys:
        if key not in tokens:
            cache.add(key, new_token(), None)
            tokens[key] = cache.get(key) or new_token()
    return tokens[SITE_TOKEN_KEY], tokens[keys[1]]


def site_token(request=None):
    """The current site token; a request's own when it has read its tokens already."""
    if request is not None:
        return request_tokens(request)[0]
    token = cache.get(SITE_TOKEN_KEY)
    if token is None:
        cache.add(SITE_TOKEN_KEY, new_token(), None)
        token = cache.get(SITE_TOKEN_KEY) or new_token()
    return token


def site_wide(name, build, timeout, request=None):
    """`build()`, kept under the site token: what every page shows (footer, menu, notices) is
    dropped by the same `purge_site` as every stored page, durably (pagecache.pending)."""
    return cache.get_or_set(f"pagecache:site-wide:{name}:{site_token(request)}", build, timeout)


def request_tokens(request):
    """`current_tokens` of the request's path, asked of the cache once per request."""
    if not hasattr(request, "_pagecache_tokens"):
        request._pagecache_tokens = current_tokens(request.path)
    return request._pagecache_tokens


def content_version(request):
    """What parts of a page cached apart from it (pagecache_tags) vary on besides the page itself:
    the reader's language and the page cache's tokens for the URL, so that whatever purges the page
    drops them too."""
    site_token, path_token = request_tokens(request)
    return f"{get_language()}:{site_token}:{path_token}"


def known_query(request):
    """The parameters pages read (PAGE_CACHE_QUERY_PARAMETERS) in a fixed order, the last value of
    each (what `request.GET.get` gives a view), empty ones left out."""
    names = settings.PAGE_CACHE_QUERY_PARAMETERS
    return urlencode([(name, request.GET[name]) for name in names if request.GET.get(name)])


def has_unknown_parameters(request):
    return any(name not in settings.PAGE_CACHE_QUERY_PARAMETERS for name in request.GET)


def page_key(request):
    """The URL without parameters no page reads: ?utm_source=… gets the page stored without it."""
    url = f"{request.scheme}://{request.get_host()}{request.path}?{known_query(request)}"
    return "pagecache:page:" + hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()


def stored_page(request):
    """The page stored for this request's URL if its tokens are still current, else None."""
    token_keys = [SITE_TOKEN_KEY, path_token_key(request.path)]
    key = page_key(request)
    found = cache.get_many([*token_keys, key]) or {}
    request._pagecache_tokens = current_tokens(request.path, {k: v for k, v in found.items() if k in token_keys})
    entry = found.get(key)
    if isinstance(entry, tuple) and entry[0] == request._pagecache_tokens:
        return entry[1]
    return None


def store_page(request, response, timeout):
    if is_skipped():  # Redis is away: a process's own copy could outlive a purge made elsewhere
        return
    cache.set(page_key(request), (request_tokens(request), response), timeout)


def forget_paths(paths):
    cache.set_many({path_token_key(path): new_token() for path in paths}, None)


def forget_site():
    cache.set(SITE_TOKEN_KEY, new_token(), None)
