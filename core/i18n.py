"""Which language versions of a page readers are offered."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from core import privacy


@dataclass(frozen=True)
class LanguageVersion:
    language_code: str
    language_name: str
    url: str
    full_url: str | None  # set only for a real, live translation of the page
    is_current: bool
    is_default: bool

    @property
    def is_translation(self):
        return self.full_url is not None


def real_translations(page):
    """The page in every language where it is live and really translated (aliases mirror Vietnamese);
    another language's version only if it is public (the reader of a private page may see that one)."""
    translations = page.get_translations(inclusive=True).live().filter(alias_of__isnull=True)
    return translations.filter(Q(pk=page.pk) | privacy.public_q()).select_related("locale")


def language_home_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=("",))


def same_view_url(request, language_code):
    """For a Django view inside i18n_patterns (search, topics…): the same view and query in another language."""
    match = getattr(request, "resolver_match", None) if request else None
    if match is None or not match.url_name or match.url_name == "wagtail_serve":
        return None
    with translation.override(language_code):
        try:
            url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return None
    query = request.META.get("QUERY_STRING", "")
    return f"{url}?{query}" if query else url


def with_reader_query(target, request):
    """The target page's URL, keeping what of the reader's query string it accepts (filters, page)."""
    url = target.get_url(request)
    accepts = getattr(target, "language_switch_query", None)
    query = accepts(request.GET) if accepts and request is not None and request.GET else ""
    return f"{url}?{query}" if query else url


def language_versions(page, request):
    """One entry per site language: the same page in that language, or that language's home page."""
    current = translation.get_language()
    versions = {p.locale.language_code: p for p in real_translations(page)} if page else {}
    result = []
    for code, name in settings.LANGUAGES:
        target = versions.get(code)
        if target is None:
            url = (None if page else same_view_url(request, code)) or language_home_url(code)
        elif code == current:
            url = target.get_url(request)
        else:
            url = with_reader_query(target, request)
        result.append(
            LanguageVersion(
                language_code=code,
                language_name=name,
                url=url,
                full_url=target.get_full_url(request) if target else None,
                is_current=code == current,
                is_default=code == settings.LANGUAGE_CODE,
            )
        )
    return result


def localized_pages(model, pages, language_code):
    """The live, public, really translated versions of `pages` in one language, in the same order."""
    keys = [page.translation_key for page in pages]
    if not keys:
        return []
    versions = model.objects.live().filter(
        translation_key__in=keys, locale__language_code=language_code, alias_of__isnull=True
    )
    found = {page.translation_key: page for page in privacy.public(versions)}
    return [found[key] for key in keys if key in found]


def localized_picks(queryset, page, relation, field):
    """The pages editors picked in an inline panel of `page` (`relation`, each link's page `field`),
    live, public and really translated in the page's language, in the editors' order: one query.

    In a preview the picks live in memory, not in the database: they are looked up one step later.
    """
    links = getattr(page, relation).all()
    if not isinstance(links, QuerySet):
        picks = [getattr(link, field) for link in links]
        return localized_pages(queryset.model, picks, page.locale.language_code)
    picked_keys = links.values(f"{field}__translation_key")
    pick_order = links.filter(**{f"{field}__translation_key": OuterRef("translation_key")}).values("sort_order")[:1]
    picks = queryset.live().filter(locale_id=page.locale_id, alias_of__isnull=True, translation_key__in=picked_keys)
    return list(privacy.public(picks).annotate(pick_order=Subquery(pick_order)).order_by("pick_order", "pk"))
