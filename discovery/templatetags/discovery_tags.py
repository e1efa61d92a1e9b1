from django import template
from django.utils.translation import get_language, pgettext

from core import chrome
from discovery import cache
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
    return cache.cached_meta(page.pk, language, lambda: build_meta(request, page, language))


def build_meta(request, page, language):
    footer = chrome.site_footer(language)
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
