from django.core.exceptions import PermissionDenied
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import TranslatableMixin

from editorial import po_upload, report, review
from editorial.admin_language import TranslationEditorCatalog
from editorial.roles import TRANSLATION_LANGUAGE, is_only_translator

editorial_urls = [
    path("review/<int:page_id>/", review.review_translation, name="review_translation"),
    path("submit/<int:translation_id>/", review.submit_for_review, name="submit_for_review"),
    path("status/", report.translation_status, name="translation_status"),
]


@hooks.register("register_admin_urls", order=-1)
def register_urls():
    return [
        # Same address as wagtail-localize's upload view (which the translation editor posts to), checked first.
        path("localize/translate/<int:translation_id>/pofile/upload/", po_upload.checked_upload_pofile),
        path("localize/jsi18n/", TranslationEditorCatalog.as_view(packages=["wagtail_localize"])),
        path("translations/", include((editorial_urls, "editorial"), namespace="editorial")),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return report.can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_report():
    return TranslationStatusMenuItem(
        _("Khmer translation status"), reverse("editorial:translation_status"), icon_name="wagtail-localize-language"
    )


@hooks.register("before_edit_snippet", order=-1)
def translators_edit_khmer_snippets_only(request, instance):
    """Snippet permissions are per model, not per language: keep translators off the Vietnamese ones."""
    if (
        isinstance(instance, TranslatableMixin)
        and instance.locale.language_code != TRANSLATION_LANGUAGE
        and is_only_translator(request.user)
    ):
        raise PermissionDenied
