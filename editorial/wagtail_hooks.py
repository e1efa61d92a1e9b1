from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import TranslatableMixin

from editorial import guards, po_upload, report, review, segment_aids
from editorial.roles import TRANSLATION_LANGUAGE, is_only_translator

editorial_urls = [
    path("review/<int:page_id>/", review.review_translation, name="review_translation"),
    path("submit/<int:translation_id>/", review.submit_for_review, name="submit_for_review"),
    path("progress/<int:translation_id>/", review.translation_progress, name="translation_progress"),
    path("aids/<int:translation_id>/", segment_aids.segment_aids, name="segment_aids"),
    path("status/", report.translation_status, name="translation_status"),
]


@hooks.register("register_admin_urls", order=-1)
def register_urls():
    return [
        # Same addresses as wagtail-localize's views, resolved first: checked versions (editorial.guards).
        path("localize/translate/<int:translation_id>/pofile/upload/", po_upload.checked_upload_pofile),
        path(
            "localize/update/<int:translation_source_id>/", guards.CheckedUpdateTranslationsView.as_view()
        ),
        path("localize/page/<int:page_id>/convert_to_alias/", guards.refuse_convert_to_alias),
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


@hooks.register("before_edit_page", order=-1)
def check_translation_publish_on_page(request, page):
    return guards.refuse_unchecked_publish(request, page)


@hooks.register("before_edit_snippet", order=-2)
def check_translation_publish_on_snippet(request, instance):
    if isinstance(instance, TranslatableMixin):
        return guards.refuse_unchecked_publish(request, instance)
    return None


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    """Refused anyway (editorial.guards.refuse_convert_to_alias): not offered."""
    menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


@hooks.register("insert_global_admin_css")
def khmer_font_in_the_admin():
    return format_html('<link rel="stylesheet" href="{}">', static("editorial/admin-fonts.css"))
