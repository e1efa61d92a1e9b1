"""Every place the site replaces a piece of Wagtail, fenced in one module.

Each override has a setting that turns it off (Wagtail's own code then runs), a parity test
(tests/test_wagtail_overrides.py) that puts the same matrix through both and compares the
answers, and a reason in benchmarks/RESULTS.md. They were checked against Wagtail
CHECKED_WAGTAIL_VERSION; the system check `govsite.W001` warns when another minor version is
installed, and that is the time to rerun the parity tests and the benchmark.

- Routing (`GOVSITE_FAST_ROUTING`): a URL's page found in two queries however deep it is.
- Site lookup (`SITE_LOOKUP_SECONDS`, 0 turns it off): each process remembers the Site of a host.
- Slug repair (`GOVSITE_SLUG_REPAIR`): Vietnamese titles give the slugs a reader can type.

A fourth, a page's view restrictions in one query instead of Wagtail's two, saved 2 to 7 % of the
uncached article and was removed: pages use Wagtail's `get_view_restrictions` plus the site's
translation rule (core.privacy, core.models.BasePage.get_view_restrictions).
"""

import pickle
import threading
import time

import wagtail
from django.conf import settings
from django.core import checks
from django.db.models.signals import post_delete, post_save
from django.http import Http404
from django.http.request import split_domain_port
from wagtail.admin.widgets import SlugInput
from wagtail.models import Page, Site

from core.text import ascii_slug, is_lossy_slug

CHECKED_WAGTAIL_VERSION = (8, 0)


@checks.register()
def check_wagtail_version(app_configs, **kwargs):
    installed = tuple(wagtail.VERSION[:2])
    if installed == CHECKED_WAGTAIL_VERSION:
        return []
    checked = ".".join(map(str, CHECKED_WAGTAIL_VERSION))
    return [
        checks.Warning(
            f"core.wagtail_overrides was checked against Wagtail {checked}; Wagtail "
            f"{'.'.join(map(str, installed))} is installed.",
            hint="Run tests/test_wagtail_overrides.py and `make benchmark`, then update CHECKED_WAGTAIL_VERSION.",
            id="govsite.W001",
        )
    ]


# Routing ---------------------------------------------------------------------------------------
#
# Wagtail's `Page.route` asks the database twice per URL segment (the child with that slug, then
# its specific row): eight queries for /tin-tuc/<article>/ under the language's home page. Here one
# query loads every page whose slug appears in the path below the routing page, the chain is
# matched in Python, and one more query loads the target's specific row. Parents are remembered on
# their children (`_cached_parent_obj`, as Wagtail does), so breadcrumbs need no query either. A
# page type with a `route` of its own (a routable page) still decides for itself.


def route(page, request, path_components, base_route):
    """What `page.route` answers; `base_route` is the page class's `route`, which this stands for."""
    if path_components and settings.GOVSITE_FAST_ROUTING:
        return route_below(page, request, path_components, base_route)
    return Page.route(page, request, path_components)


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
    """The page's ancestors from its language's home page down, from the route when it was routed
    (both routings leave `_cached_parent_obj` on each page)."""
    chain, current = [], page
    while current.depth > 2:
        parent = getattr(current, "_cached_parent_obj", None)
        if parent is None:
            return list(page.get_ancestors().filter(depth__gte=2))
        chain.append(parent)
        current = parent
    return chain[::-1]


# Site lookup -----------------------------------------------------------------------------------
#
# Wagtail's `Site.find_for_request` asks the database on every request (a query with a CASE
# annotation and the root page joined) and keeps the answer only on that request. Sites change
# almost never, so each process keeps the answer per host name and port for SITE_LOOKUP_SECONDS;
# saving or deleting a Site clears it at once in the process that did it, and other processes
# follow within those seconds.

MAX_HOSTS = 100  # a bound on what unexpected Host headers can make a process remember

_sites = {}
_lock = threading.Lock()


def site_for(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    key = (hostname, request.get_port())
    now = time.monotonic()
    found = _sites.get(key)
    if found is None or found[0] <= now:
        found = (now + settings.SITE_LOOKUP_SECONDS, pickle.dumps(Site._find_for_request(request)))
        with _lock:
            if len(_sites) >= MAX_HOSTS:
                _sites.clear()
            _sites[key] = found
    # A fresh object per request: what a request caches on its Site and root page (the root
    # page's specific version, say) must not outlive it or reach another thread.
    return pickle.loads(found[1])  # noqa: S301 - bytes this process pickled itself


def forget_sites(**kwargs):
    with _lock:
        _sites.clear()


post_save.connect(forget_sites, sender=Site, dispatch_uid="forget_sites_on_save")
post_delete.connect(forget_sites, sender=Site, dispatch_uid="forget_sites_on_delete")


class CachedSiteMiddleware:
    """Sets the request's Site where Wagtail looks for it first (`request._wagtail_site`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SITE_LOOKUP_SECONDS:
            request._wagtail_site = site_for(request)
        return self.get_response(request)


# Slug repair -----------------------------------------------------------------------------------
#
# Wagtail slugifies a title with `slugify(title, allow_unicode=False)`, which drops "đ" ("Đồng
# bào" → "ong-bao"), and its admin script transliterates "Đ" as "dj" and drops letters it cannot
# fold ("Tết" → "tt"). The admin's slug field folds Vietnamese first (VietnameseSlugInput), and a
# page saved with a slug either would have made gets the folded one (core.text.ascii_slug).

VIETNAMESE_LETTERS = {
    "a": "àáảãạăằắẳẵặâầấẩẫậ",
    "d": "đ",
    "e": "èéẻẽẹêềếểễệ",
    "i": "ìíỉĩị",
    "o": "òóỏõọôồốổỗộơờớởỡợ",
    "u": "ùúủũụưừứửữự",
    "y": "ỳýỷỹỵ",
}


def vietnamese_formatters():
    precomposed = [(f"[{letters}{letters.upper()}]", base) for base, letters in VIETNAMESE_LETTERS.items()]
    return [*precomposed, ("[\u0300-\u036f]", "")]  # marks typed apart from their letter (NFD)


class VietnameseSlugInput(SlugInput):
    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(attrs, formatters=[*vietnamese_formatters(), *(formatters or [])], locale=locale)


def register_slug_widget():
    from django.db import models
    from wagtail.admin.forms.models import register_form_field_override

    if settings.GOVSITE_SLUG_REPAIR:
        register_form_field_override(models.SlugField, override={"widget": VietnameseSlugInput})


def repair_slug(page):
    """Before Wagtail's `full_clean`, which would slugify the title its own way."""
    if not settings.GOVSITE_SLUG_REPAIR:
        return
    parent_is_known = bool(page.path or getattr(page, "_cached_parent_obj", None))
    if not page.slug and page.title and parent_is_known:
        page.slug = page._get_autogenerated_slug(ascii_slug(page.title) or "trang")
    elif page.pk is None and page.title and is_lossy_slug(page.slug, ascii_slug(page.title)):
        page.slug = ascii_slug(page.title)
    elif page.slug and not page.slug.isascii():
        page.slug = ascii_slug(page.slug)
