"""The parts of every page that change rarely (footer, main menu), cached per language.

Every page would otherwise spend two queries on them. Publishing, unpublishing, moving or
deleting a page, or saving a footer, clears them (see core.signals).
"""

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Page

from core.models import SiteFooter
from pagecache import pending

TIMEOUT = 60 * 60


def _key(part, language_code):
    return f"site-chrome:{part}:{language_code}"


def site_footer(language_code):
    return cache.get_or_set(_key("footer", language_code), lambda: SiteFooter.for_language(language_code), TIMEOUT)


def menu_pages(language_code):
    """The sections under the home page of a language, really translated and live."""

    def load():
        return list(
            Page.objects.live()
            .in_menu()
            .filter(depth=3, locale__language_code=language_code, alias_of__isnull=True)
            .order_by("path")
        )

    return cache.get_or_set(_key("menu", language_code), load, TIMEOUT)


def clear(part):
    pending.delete_keys([_key(part, code) for code, _name in settings.LANGUAGES])
