"""Page metadata is cached per page and language; any publish, unpublish, move or delete drops it all
(a page's breadcrumbs depend on its ancestors, and its share image on its content)."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core.models import SiteFooter
from pagecache import pending
from pagecache.keys import new_token

VERSION_KEY = "page-meta:version"
TIMEOUT = 60 * 60


def _version():
    """A random version, never reset: when the key is gone (dropped below, evicted, Redis restarted
    empty), metadata stored under an earlier version cannot come back."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, new_token(), None)
        version = cache.get(VERSION_KEY) or new_token()
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
    # Kept until Redis answers if it does not now (pagecache.pending): the next read makes a new version.
    pending.delete_keys([VERSION_KEY])
