"""How much of the site Khmer readers can read: per section, each Vietnamese page's Khmer status."""

from collections import Counter
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from core.csv import safe_writer
from editorial.roles import SOURCE_LANGUAGE, TRANSLATION_LANGUAGE

MISSING, DRAFT, OUT_OF_DATE, PUBLISHED = "missing", "draft", "out_of_date", "published"
STATUS_LABELS = {
    MISSING: pgettext_lazy("govsite", "Not translated"),
    DRAFT: _("Translation not published"),
    OUT_OF_DATE: _("Out of date"),
    PUBLISHED: _("Published in Khmer"),
}


@dataclass
class PageStatus:
    page: Page
    section: str
    status: str
    khmer_page_id: int | None = None

    @property
    def label(self):
        return STATUS_LABELS[self.status]


def khmer_status(page, khmer_page, translation):
    if khmer_page is None or khmer_page.alias_of_id:
        return MISSING
    if translation is not None:
        total, done = translation.get_progress()
        synced_at = translation.source.last_updated_at
        source_changed = bool(page.last_published_at and synced_at < page.last_published_at)
        # Text removed from the source leaves no untranslated segment, only a newer source.
        khmer_behind = bool(khmer_page.last_published_at and synced_at > khmer_page.last_published_at)
        if done < total or source_changed or khmer_behind:
            return OUT_OF_DATE
    return PUBLISHED if khmer_page.live else DRAFT


def section_of(page, home, sections):
    """The top-level section (child of the home page) a page belongs to; the home page is its own."""
    if page.depth == home.depth:
        return home.title
    return sections[page.path[: (home.depth + 1) * page.steplen]].title


def page_statuses():
    source_locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    target_locale = Locale.objects.get(language_code=TRANSLATION_LANGUAGE)
    pages = Page.objects.filter(locale=source_locale, depth__gte=2).order_by("path")
    keys = [page.translation_key for page in pages]
    khmer_pages = {p.translation_key: p for p in Page.objects.filter(locale=target_locale, translation_key__in=keys)}
    translations = {
        t.source.object_id: t
        for t in Translation.objects.filter(
            target_locale=target_locale, enabled=True, source__object_id__in=keys
        ).select_related("source")
    }
    homes, sections, statuses = {}, {}, []
    for page in pages:  # in tree order: parents first
        {2: homes, 3: sections}.get(page.depth, {})[page.path] = page
        home = homes.get(page.path[: 2 * page.steplen])
        if home is None:
            continue
        khmer_page = khmer_pages.get(page.translation_key)
        status = khmer_status(page, khmer_page, translations.get(page.translation_key))
        statuses.append(
            PageStatus(
                page=page,
                section=section_of(page, home, sections),
                status=status,
                khmer_page_id=khmer_page.pk if khmer_page else None,
            )
        )
    return statuses


def summary(statuses):
    sections = {}
    for item in statuses:
        sections.setdefault(item.section, Counter())[item.status] += 1
    return [
        {"section": name, "total": sum(counts.values()), **{key: counts[key] for key in STATUS_LABELS}}
        for name, counts in sections.items()
    ]


def can_see_report(user):
    return user.has_perm("wagtail_localize.submit_translation") or user.is_superuser


def translation_status(request):
    if not can_see_report(request.user):
        raise PermissionDenied
    statuses = page_statuses()
    if request.GET.get("export") == "csv":
        return csv_response(statuses)
    return TemplateResponse(
        request,
        "editorial/translation_status.html",
        {"sections": summary(statuses), "statuses": statuses, "labels": STATUS_LABELS},
    )


def csv_response(statuses):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="khmer-translation-status.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 Vietnamese correctly only with a BOM
    writer = safe_writer(response)
    writer.writerow([pgettext_lazy("govsite", "Section"), _("Vietnamese page"), _("Address"), _("Khmer status")])
    for item in statuses:
        writer.writerow([item.section, item.page.title, item.page.url_path, item.label])
    return response
