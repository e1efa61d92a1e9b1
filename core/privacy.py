"""Who may see a page: the site's view-restriction rule, for one page and as a filter for every list.

Wagtail's rule: a page is private when it or an ancestor has a view restriction (a password, a
log-in or groups), and an alias follows its source page. On top of it, a restriction on a page in
the default language (the translation source) covers that page's translations at once:
wagtail-localize copies a restriction only when it next syncs the translation, and until then the
Khmer page would be public. A restriction set on a translation covers that translation only.
"""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction


def pages_on_tree_path(page):
    """The page and its ancestors, from the tree path alone (no query of its own)."""
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    return Page.objects.filter(path__in=paths)


def translation_source_restrictions(on_path):
    """The restrictions of the default-language versions of the pages `on_path` that have none of
    their own: a level with a restriction of its own (wagtail-localize's copy) does not add its
    source's too, so one password is asked once. Wagtail's `get_view_restrictions` gives the rest
    (core.models.BasePage.get_view_restrictions)."""
    without_own = on_path.filter(view_restrictions__isnull=True)
    return PageViewRestriction.objects.filter(
        page__translation_key__in=without_own.values("translation_key"),
        page__locale__language_code=settings.LANGUAGE_CODE,
    )


def restricted_roots():
    """The pages whose subtrees are private: the same rule as a page view's restrictions, seen from the restrictions."""
    restricted = Page.objects.filter(view_restrictions__isnull=False)
    sources = restricted.filter(locale__language_code=settings.LANGUAGE_CODE)
    return Page.objects.filter(
        Q(pk__in=restricted) | Q(translation_key__in=sources.values("translation_key")) | Q(alias_of__in=restricted)
    )


def covered_pages(page):
    """The pages a restriction on `page` hides: its subtree, its aliases' and, for a page in the
    default language, its translations' subtrees."""
    tops = Q(pk=page.pk) | Q(alias_of=page)
    if page.locale.language_code == settings.LANGUAGE_CODE:
        tops |= Q(translation_key=page.translation_key)
    below = Q()
    for top in Page.objects.filter(tops):
        below |= Q(path__startswith=top.path)
    return list(Page.objects.filter(below))


def public_q(path_field="path"):
    """A condition true for pages (their tree path in `path_field`) under no restricted page: a NOT
    EXISTS in the list's own query, so a restriction added a moment ago counts at once."""
    covering = restricted_roots().filter(path=Substr(OuterRef(path_field), 1, Length("path")))
    return ~Exists(covering)


def public(queryset):
    """`queryset` without the pages anonymous readers may not see. Every list of pages goes through it."""
    return queryset.filter(public_q())
