"""Page metadata is cached per page and language; any publish, unpublish, move or delete drops it all
(a page's breadcrumbs depend on its ancestors, and its share image on its content)."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core.models import SiteFooter

VERSION_KEY = "page-meta:version"
TIMEOUT = 60 * 60


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def cached_meta(page_id, language_code, build):
    key = f"page-meta:{_version()}:{page_id}:{language_code}"
    return cache.get_or_set(key, build, TIMEOUT)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
@receiver(post_delete, sender=Page)
@receiver(post_save, sender=SiteFooter)  # the publisher's name and contacts
def pages_changed(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)
