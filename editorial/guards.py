"""wagtail-localize's publishing routes, each checked by editorial.publishing's rule with a message.

- "Update translations" / "Sync translated pages" (`localize/update/<source id>/`): with
  "Publish immediately", refused as a whole (nothing changed) unless every translation may be
  published; without it, the source is refreshed and the targets stay as they are.
- The translation editor's publish (a POST with action=publish to the page or snippet edit view).
- "Convert to alias page": a Khmer page would serve the Vietnamese text, so it is never allowed.
- Approving a Khmer page in review: Wagtail's workflow action (the dashboard's and the page
  header's "Approve", `pages/workflow/action/…`) and the editor's "Approve" publish the reviewed
  revision; refused while the Vietnamese original is not live.
"""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import pgettext
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.models import Page
from wagtail_localize.views.update_translations import UpdateTranslationsView

from editorial.publishing import approval_refusal, enabled_translation_of, publish_refusal


class RefusedUpdate(Exception):
    pass


class CheckedUpdateTranslationsView(UpdateTranslationsView):
    def form_valid(self, form):
        if not form.cleaned_data.get("publish_translations"):
            return super().form_valid(form)
        try:
            with transaction.atomic():
                # Check the segments as they will be once the source is refreshed from the database.
                self.object.update_from_db()
                refusal = self.first_refusal()
                if refusal:
                    raise RefusedUpdate(refusal)
                return super().form_valid(form)
        except RefusedUpdate as refused:
            messages.error(self.request, str(refused))
            return redirect(self.request.get_full_path())

    def first_refusal(self):
        for translation in self.object.translations.filter(enabled=True).select_related("target_locale"):
            refusal = publish_refusal(self.request.user, translation)
            if refusal:
                return refusal
        return None


def approves_in_the_editor(request):
    return "action-workflow-action" in request.POST and request.POST.get("workflow-action-name") == "approve"


def refuse_unchecked_publish(request, instance):
    """before_edit_page / before_edit_snippet: the translation editor's publish, checked first."""
    if request.method != "POST":
        return None
    if approves_in_the_editor(request):
        return refuse_approval(request, instance, request.get_full_path())
    if request.POST.get("action") != "publish":
        return None
    translation = enabled_translation_of(instance)
    if translation is None:
        return None
    refusal = publish_refusal(request.user, translation)
    if refusal is None:
        return None
    messages.error(request, refusal)
    return redirect(request.get_full_path())


def refuse_approval(request, instance, back_to):
    refusal = approval_refusal(instance)
    if refusal is None:
        return None
    messages.error(request, refusal)
    return redirect(back_to)


class CheckedPageWorkflowActionView(WorkflowActionView):
    """Wagtail's page workflow action at its own address; "approve" of a translation checked first."""

    def post(self, request, *args, **kwargs):
        if self.action_name == "approve":
            refused = refuse_approval(request, self.object, reverse("wagtailadmin_pages:edit", args=[self.object.pk]))
            if refused is not None:
                return refused
        return super().post(request, *args, **kwargs)


def refuse_convert_to_alias(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    messages.error(
        request,
        pgettext(
            "publishing",
            "A translated page cannot become an alias of the Vietnamese page: readers would see Vietnamese text "
            "at the Khmer address. Unpublish the page instead.",
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
