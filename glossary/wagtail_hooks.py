from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from glossary import views
from glossary.findings import warning_messages

glossary_urls = [
    path("import/", views.import_view, name="import"),
    path("export/", views.export_view, name="export"),
    path("report/", views.TerminologyReportView.as_view(), name="report"),
    path("report/results/", views.TerminologyReportView.as_view(results_only=True), name="report_results"),
]


@hooks.register("register_admin_urls")
def register_urls():
    return [path("glossary/", include((glossary_urls, "glossary"), namespace="glossary"))]


@hooks.register("register_admin_viewset")
def register_glossary_viewset():
    return views.GlossaryViewSet("glossary_glossaryterm")


class TerminologyReportMenuItem(MenuItem):
    def is_shown(self, request):
        return views.permission_policy.user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def register_terminology_report():
    return TerminologyReportMenuItem(
        _("Terminology"), reverse("glossary:report"), name="glossary-report", icon_name="doc-full", order=1100
    )


@hooks.register("govsite_translation_warnings")
def glossary_warnings(translation):
    return warning_messages(translation)
