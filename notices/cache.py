"""The notices of each language, cached so that pages spend no query on the banner.

Start and end times are checked at render time; saving or deleting a notice clears the cache.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from notices.models import Notice
from pagecache import pending

TIMEOUT = 60 * 60


def cache_key(language_code):
    return f"notices:{language_code}"


def notices_not_over(language_code):
    return cache.get_or_set(cache_key(language_code), lambda: list(Notice.objects.not_over(language_code)), TIMEOUT)


@receiver(post_save, sender=Notice)
@receiver(post_delete, sender=Notice)
def notices_changed(**kwargs):
    pending.delete_keys([cache_key(code) for code, _name in settings.LANGUAGES])
