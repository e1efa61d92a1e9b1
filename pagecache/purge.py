"""What shows a page, and purging it from the site's page cache and from a CDN in front.

A page is shown by: itself and its translations (the language switcher links between them), their
ancestors (index pages list it, home pages show the latest news), pages whose editors picked it
as related; for a news item, its siblings (their "latest news" fallback lists it) and the
programmes of its topics; and the views that list pages outside the tree (search, feeds, topics,
sitemaps). A snippet a page prints (a topic, a document type, an issuing body) is shown by the
pages that point at it.
"""

import logging

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import ForeignKey, Q
from django.urls import reverse
from django.utils.translation import override
from modelcluster.fields import ParentalKey
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, get_page_models

from pagecache import pending

logger = logging.getLogger(__name__)


def page_links():
    """(link model, parental key name, page field name) of every inline panel that points at a page."""
    links = []
    for model in apps.get_models():
        fields = model._meta.get_fields()
        parents = [f for f in fields if isinstance(f, ParentalKey) and issubclass(f.related_model, Page)]
        if not parents:
            continue
        for field in fields:
            if isinstance(field, ParentalKey) or not isinstance(field, ForeignKey):
                continue
            if issubclass(field.related_model, Page):
                links.append((model, parents[0].name, field.name))
    return links


def pages_linking_to(translation_key):
    ids = set()
    for model, parent_name, field_name in page_links():
        ids.update(
            model.objects.filter(**{f"{field_name}__translation_key": translation_key}).values_list(
                f"{parent_name}_id", flat=True
            )
        )
    sources = Page.objects.filter(pk__in=ids).values_list("translation_key", flat=True)
    return list(Page.objects.filter(translation_key__in=sources))


def siblings_listing(page):
    """Siblings whose "latest news of the section" fallback may show this news item."""
    from news.models import RELATED_NEWS_LIMIT, NewsPage

    if not isinstance(page.specific_deferred, NewsPage):
        return []
    # Itself included even when just unpublished: siblings listed it until now.
    candidates = NewsPage.objects.sibling_of(page).filter(Q(live=True) | Q(pk=page.pk))
    newest = candidates.order_by("-date", "-pk").values_list("pk", flat=True)
    if page.pk not in set(newest[: RELATED_NEWS_LIMIT + 1]):
        return []
    return list(page.get_siblings(inclusive=False))


def programmes_listing(page):
    """Programmes whose "related news" list the latest news of their topics, for a news item."""
    from news.models import NewsPage
    from programs.models import ProgramPage

    news = page.specific_deferred
    if not isinstance(news, NewsPage):
        return []
    topic_keys = news.topics.values("translation_key")
    return list(ProgramPage.objects.filter(topics__translation_key__in=topic_keys).distinct())


def pages_showing(page):
    shown = {}
    translations = list(Page.objects.filter(translation_key=page.translation_key)) or [page]
    for translation in translations:
        ancestors = translation.get_ancestors().filter(depth__gte=2)
        for shown_page in [translation, *ancestors, *siblings_listing(translation), *programmes_listing(translation)]:
            shown[shown_page.pk] = shown_page
    for home in Page.objects.filter(depth=2):
        shown[home.pk] = home
    for linking in pages_linking_to(page.translation_key):
        shown[linking.pk] = linking
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
    if not full_urls:
        return
    batch = PurgeBatch()
    batch.add_urls(sorted(set(full_urls)))
    try:
        batch.purge()
    except Exception:
        logger.exception("Could not purge the front-end cache")


def listing_view_paths():
    """Views outside the page tree that list pages: search, HTML sitemap, feeds, topics (and their
    index), sitemap.xml."""
    from topics.models import Topic

    topic_slugs = set(Topic.objects.values_list("slug", flat=True))
    paths = {reverse("sitemap")}
    for language_code, _name in settings.LANGUAGES:
        with override(language_code):
            views = ("search", "html_sitemap", "topics", "news_feed_rss", "news_feed_atom")
            paths.update(reverse(name) for name in views)
            for slug in topic_slugs:
                paths.update(reverse(name, args=[slug]) for name in ("topic", "topic_feed_rss", "topic_feed_atom"))
    return paths


# Beyond this many pages, one site-wide purge is cheaper than working out every page that shows them.
MAX_PAGES_PURGED_ONE_BY_ONE = 100


def purge_page(page):
    purge_pages([page])


def purge_pages(pages):
    if not pages:
        return
    if len(pages) > MAX_PAGES_PURGED_ONE_BY_ONE:
        purge_site()
        return
    shown = {}
    for page in pages:
        shown.update((shown_page.pk, shown_page) for shown_page in pages_showing(page))
    urls = page_urls(shown.values())
    root = urls[0][0] if urls else ""
    purge_urls(urls + [(root, path) for path in listing_view_paths()])


def pages_using(instance):
    """Pages that point at `instance`, or at any translation of it, through a field of their own."""
    model = type(instance)
    translation_key = getattr(instance, "translation_key", None)
    targets = model.objects.filter(translation_key=translation_key) if translation_key else [instance.pk]
    ids = set()
    for page_model in get_page_models():
        for field in page_model._meta.get_fields():
            if field.model is page_model and (field.many_to_one or field.many_to_many) and field.related_model is model:
                ids.update(page_model.objects.filter(**{f"{field.name}__in": targets}).values_list("pk", flat=True))
    return list(Page.objects.filter(pk__in=ids))


def purge_site():
    """Footer, menu or a move: every page shows it. The CDN gets the home and section pages."""
    pending.forget_site()
    transaction.on_commit(pending.forget_site, robust=True)
    purge_frontend_cache([root + path for root, path in page_urls(Page.objects.live().filter(depth__in=(2, 3)))])
