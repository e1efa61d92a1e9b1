"""What search engines are told about: every live, public, really translated page, with its translations."""

from collections import defaultdict

from wagtail.models import Page

from core import privacy


def sitemap_pages():
    """Live, public pages that are not aliases, grouped by translation key (the hreflang alternates)."""
    pages = privacy.public(Page.objects.live().filter(alias_of__isnull=True, depth__gt=1))
    pages = list(pages.select_related("locale").order_by("path"))
    by_key = defaultdict(list)
    for page in pages:
        by_key[page.translation_key].append(page)
    return pages, by_key


def sitemap_entries(request):
    pages, by_key = sitemap_pages()
    entries = []
    for page in pages:
        url = page.get_full_url(request)
        if not url:
            continue
        alternates = []
        group = by_key[page.translation_key]
        if len(group) > 1:
            for version in sorted(group, key=lambda p: p.locale.language_code != "vi"):
                version_url = version.get_full_url(request)
                if version_url:
                    alternates.append((version.locale.language_code, version_url))
        entries.append({"location": url, "lastmod": page.last_published_at, "alternates": alternates})
    return entries


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
