"""The footer and the main menu, on every page, cached per language under the page cache's site
token: whatever changes them (a footer edit, a menu section published, unpublished, renamed or
unticked, a move) purges the site (core.signals), which drops them with every stored page.
Every page would otherwise spend two queries on them.
"""

from wagtail.models import Page

from core.models import SiteFooter
from pagecache.keys import site_wide

TIMEOUT = 60 * 60


def site_footer(language_code, request=None):
    return site_wide(f"footer:{language_code}", lambda: SiteFooter.for_language(language_code), TIMEOUT, request)


def menu_pages(language_code, request=None):
    """The sections under the home page of a language, really translated and live."""

    def load():
        return list(
            Page.objects.live()
            .in_menu()
            .filter(depth=3, locale__language_code=language_code, alias_of__isnull=True)
            .order_by("path")
        )

    return site_wide(f"menu:{language_code}", load, TIMEOUT, request)
