"""What search engines are told about: every live, public, really translated page, with its translations.

sitemap.xml is one list while the site has at most PageSitemap.limit pages (2,000; the protocol
allows 50,000); beyond it, sitemap.xml is an index of sitemap.xml?p=1, ?p=2… (pagecache keys and
purges them with sitemap.xml: `p` is one of PAGE_CACHE_QUERY_PARAMETERS)."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core import privacy


def sitemap_pages():
    """Live, public pages that are not aliases: what sitemap.xml lists, and the hreflang alternates."""
    return privacy.public(Page.objects.live().filter(alias_of__isnull=True, depth__gt=1))


class PageSitemap(Sitemap):
    """Every page of both languages, `limit` to a sitemap page (Django's paginated sitemaps), each
    with its real translations as hreflang alternates."""

    # At most 5,000 URLs a page was asked for; building a URL costs about half a millisecond of
    # a shared core (Wagtail's get_url_parts and reverse), so 2,000 keep a page near a second.
    limit = 2000

    def items(self):
        return sitemap_pages().select_related("locale").order_by("path")

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        by_key = defaultdict(list)
        keys = {item.translation_key for item in pages}
        for version in sitemap_pages().filter(translation_key__in=keys).select_related("locale"):
            by_key[version.translation_key].append(version)
        known = {}

        def full_url(page):
            if page.pk not in known:
                known[page.pk] = page.get_full_url(self.request)
            return known[page.pk]

        urls = []
        for item in pages:
            location = full_url(item)
            if not location:
                continue
            urls.append({"item": item, "location": location, "lastmod": self.lastmod(item), "alternates": []})
            group = by_key[item.translation_key]
            if len(group) > 1:
                for version in sorted(group, key=lambda p: p.locale.language_code != "vi"):
                    version_url = full_url(version)
                    if version_url:
                        urls[-1]["alternates"].append((version.locale.language_code, version_url))
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def index_locations(self, request):
        """sitemap.xml?p=1…: the pages a sitemap index lists when there is more than one."""
        path = request.path
        return [request.build_absolute_uri(f"{path}?p={number}") for number in self.paginator.page_range]


def html_sitemap_pages(locale_id):
    """The pages of one language for the HTML sitemap: sections and what they hold, except the
    long news and document lists, which are reached through their section."""
    listed_parents = ("newsindexpage", "documentindexpage")
    pages = privacy.public(Page.objects.live().filter(locale_id=locale_id, alias_of__isnull=True, depth__gte=2))
    pages = pages.select_related("content_type").order_by("path")
    hidden_paths = [page.path for page in pages if page.content_type.model in listed_parents]
    return [
        page for page in pages if not any(page.path.startswith(path) and page.path != path for path in hidden_paths)
    ]
