from django import template
from django.core.cache import cache
from django.utils.translation import get_language, pgettext

from core import footer_and_menu
from discovery.metadata import (
    OG_LOCALES,
    breadcrumb_list,
    government_organization,
    json_ld,
    news_article,
    og_image,
    page_description,
    site_description,
)
from pagecache.keys import content_version

register = template.Library()


@register.inclusion_tag("includes/page_meta.html", takes_context=True)
def page_meta(context):
    page = context.get("page")
    language = (get_language() or "vi").split("-")[0]
    request = context.get("request")
    if request is None or page is None or not hasattr(page, "get_full_url"):
        meta = build_meta(request, page, language)
        # A view (search, topic) may describe itself; otherwise the site's description.
        meta["description"] = context.get("meta_description") or meta["site_description"]
        return meta
    # Every page view would otherwise spend queries on ancestors and the share image.
    return cache.get_or_set(meta_key(request, page), lambda: build_meta(request, page, language), META_TIMEOUT)


META_TIMEOUT = 60 * 60


def meta_key(request, page):
    """Per host (the canonical URL and JSON-LD name it) and under the page cache's tokens for the URL
    and the site (content_version, with the language): what purges the page (its own publication, a
    renamed ancestor, the footer) drops its metadata too."""
    return f"page-meta:{request.get_host()}:{page.pk}:{content_version(request)}"


def build_meta(request, page, language):
    footer = footer_and_menu.site_footer(language, request)
    meta = {
        "og_locale": OG_LOCALES.get(language, "vi_VN"),
        "og_alternate_locales": [code for lang, code in OG_LOCALES.items() if lang != language],
        "site_name": footer.site_name if footer else "",
        "site_description": site_description(footer),
    }
    if request is None:
        return meta
    if page is None or not hasattr(page, "get_full_url"):
        meta["canonical"] = request.build_absolute_uri(request.path)
        return meta
    page = getattr(page, "specific", page)
    canonical = page.get_full_url(request)
    image = og_image(page, canonical)
    structured = [breadcrumb_list(page, request, pgettext("govsite", "Home"))] if page.depth > 2 else []
    if hasattr(page, "lead") and hasattr(page, "date"):
        meta["og_type"] = "article"
        structured.append(news_article(page, request, footer, image, canonical, language))
    elif page.depth == 2:
        structured.append({"@context": "https://schema.org", **government_organization(footer, request)})
    meta.update(
        {
            "canonical": canonical,
            "title": page.seo_title or page.title,
            "description": page_description(page) or meta["site_description"],
            "image": image,
            "structured_data": [str(json_ld(item)) for item in structured],
            "published": getattr(page, "date", None),
        }
    )
    return meta
