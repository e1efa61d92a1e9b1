"""What a page tells search engines and social networks: canonical URL, Open Graph, JSON-LD."""

import json
from urllib.parse import urljoin

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import pgettext

OG_LOCALES = {"vi": "vi_VN", "km": "km_KH"}
OG_IMAGE_FILTER = "fill-1200x630-c100|format-jpeg|jpegquality-80"
DESCRIPTION_WORDS = 40


def page_description(page):
    """The page's own description (get_meta_description: search description, else its lead), else its text."""
    describe = getattr(page, "get_meta_description", None)
    if describe is not None:
        return describe()
    text = (
        page.search_description
        or getattr(page, "lead", "")
        or getattr(page, "summary", "")
        or getattr(page, "intro", "")
        or getattr(page, "banner_text", "")
    )
    return Truncator(strip_tags(text)).words(DESCRIPTION_WORDS) if text else ""


def site_description(footer):
    """For a page or view with no text of its own: what the site is, in the reader's language."""
    if not footer:
        return ""
    return pgettext("govsite", "News, legal documents and programmes of %(agency)s.") % {"agency": footer.agency_name}


def og_image(page, canonical):
    """The share image, at the same address as the page's canonical URL (the Site's, not the request's)."""
    picture = page.listing_picture() if hasattr(page, "listing_picture") else None
    if picture is None:
        return None
    rendition = picture.image.get_rendition(OG_IMAGE_FILTER)
    return {
        "url": urljoin(canonical, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": picture.alt,
    }


def breadcrumb_list(page, request, home_label):
    crumbs = [ancestor for ancestor in page.get_ancestors(inclusive=True) if ancestor.depth > 1]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": home_label if crumb.depth == 2 else crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(crumbs, start=1)
        ],
    }


def government_organization(footer, request):
    organization = {"@type": "GovernmentOrganization", "url": request.build_absolute_uri("/")}
    if footer:
        organization.update({"name": footer.agency_name, "address": footer.address})
        if footer.email:
            organization["email"] = footer.email
        if footer.phone:
            organization["telephone"] = footer.phone
    return organization


def news_article(page, request, footer, image, canonical, language):
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": Truncator(page.title).chars(110),
        "datePublished": page.date.isoformat(),
        "dateModified": (page.last_published_at or page.date).isoformat(),
        "inLanguage": language,
        "mainEntityOfPage": canonical,
        "publisher": government_organization(footer, request),
        "author": government_organization(footer, request),
    }
    if image:
        article["image"] = [image["url"]]
    description = page_description(page)
    if description:
        article["description"] = description
    return article


def json_ld(data):
    """A <script type="application/ld+json"> body that no text inside can close early."""
    text = json.dumps(data, ensure_ascii=False)
    return mark_safe(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))  # noqa: S308
