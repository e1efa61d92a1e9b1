"""The glossary in the admin (moderators): its terms, CSV import and export, and the terminology report."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from core.csv import inert_cell
from glossary.csvio import GlossaryImportError, export_glossary, import_glossary
from glossary.findings import site_report
from glossary.models import GlossaryTerm

permission_policy = ModelPermissionPolicy(GlossaryTerm)


class GlossaryIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if permission_policy.user_has_permission(self.request.user, "add"):
            buttons.append(HeaderButton(_("Import CSV"), url=reverse("glossary:import"), icon_name="upload"))
        buttons.append(
            HeaderButton(pgettext("govsite", "Download CSV"), url=reverse("glossary:export"), icon_name="download")
        )
        return buttons


class GlossaryViewSet(ModelViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    menu_label = gettext_lazy("Glossary")
    menu_order = 850
    add_to_admin_menu = True
    url_prefix = "glossary/terms"
    index_view_class = GlossaryIndexView
    form_fields = ["vi", "km", "forbidden", "note", "source"]
    list_display = ["vi", "km", "forbidden", "source"]
    search_fields = ["vi", "km", "note", "source"]


MAX_IMPORT_BYTES = 2 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("CSV file"))

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB: a glossary is much smaller."))
        return file


def require(user, action):
    if not permission_policy.user_has_permission(user, action):
        raise PermissionDenied


def import_view(request):
    require(request.user, "add")
    form = ImportForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        try:
            created, updated = import_glossary(form.cleaned_data["file"].read())
        except GlossaryImportError as error:
            problems = error.problems
            messages.error(request, _("Nothing was imported: correct these lines and try again."))
        else:
            messages.success(
                request,
                _("Glossary imported: %(created)d new terms, %(updated)d updated.")
                % {"created": created, "updated": updated},
            )
            return redirect("glossary_glossaryterm:index")
    return TemplateResponse(request, "glossary/import.html", {"form": form, "problems": problems})


def export_view(request):
    require(request.user, "view")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="glossary.csv"'
    export_glossary(response)
    return response


class TerminologyReportView(ReportView):
    page_title = gettext_lazy("Terminology")
    header_icon = "doc-full"
    index_url_name = "glossary:report"
    index_results_url_name = "glossary:report_results"
    permission_policy = permission_policy
    permission_required = "change"
    export_filename = "glossary-report"
    list_export = [
        "title",
        "kind",
        "field",
        "source_text",
        "translated_text",
        "term",
        "expected",
        "message",
        "edit_url",
    ]
    custom_value_preprocess = {
        **ReportView.custom_value_preprocess,
        str: {ReportView.FORMAT_CSV: inert_cell},
    }
    no_results_message = gettext_lazy("No published Khmer page or snippet breaks the glossary.")

    @cached_property
    def export_headings(self):
        return {
            "title": _("Page or snippet"),
            "kind": pgettext("govsite", "Type"),
            "field": pgettext("govsite", "Field"),
            "source_text": pgettext("govsite", "Vietnamese"),
            "translated_text": pgettext("govsite", "Khmer"),
            "term": _("Term"),
            "expected": _("Approved Khmer"),
            "message": _("Problem"),
            "edit_url": _("Fix it"),
        }

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Page or snippet"), get_url=lambda row: row.edit_url),
            Column("field", label=pgettext("govsite", "Field")),
            Column("source_text", label=pgettext("govsite", "Vietnamese")),
            Column("translated_text", label=pgettext("govsite", "Khmer")),
            Column("message", label=_("Problem")),
        ]

    def get_queryset(self):
        return site_report()

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["edit_url"] = self.request.build_absolute_uri(item.edit_url)
        return row
