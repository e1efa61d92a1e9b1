"""The project's review step for Khmer translations (wagtail-localize's editor bypasses workflows).

A translator who may not publish in Khmer fills the segments in the translation editor, then
"Submit for review": the Khmer page is saved as a draft (`save_target(publish=False)`) and enters
the "Translation review" workflow attached to the Khmer home page. A moderator reads it side by
side with the Vietnamese source and approves (Wagtail publishes the reviewed revision) or asks for
changes. With GOVSITE_TRANSLATORS_MAY_PUBLISH = True the same button publishes at once.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

BLOCK_ID = re.compile(r"\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass
class ReviewRow:
    path: str
    source: str
    translation: str

    @property
    def field(self):
        """ "body.caption" rather than "body.<block uuid>.caption"."""
        return BLOCK_ID.sub("", self.path)


def translation_for_page(page):
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def is_complete(translation):
    total, done = translation.get_progress()
    return total == done


def may_publish_directly(user, page):
    return settings.GOVSITE_TRANSLATORS_MAY_PUBLISH or page.permissions_for_user(user).can_publish()


def review_rows(translation):
    segments = StringSegment.objects.filter(source=translation.source).select_related("string", "context")
    translated = {
        (t.translation_of_id, t.context_id): t.data
        for t in StringTranslation.objects.filter(
            translation_of__segments__source=translation.source, locale=translation.target_locale
        )
    }
    return [
        ReviewRow(
            path=segment.context.path,
            source=segment.string.data,
            translation=translated.get((segment.string_id, segment.context_id), ""),
        )
        for segment in segments.order_by("order")
    ]


def current_task(page, user):
    """The workflow task waiting on this page, and the actions `user` may take on it."""
    workflow_state = page.current_workflow_state
    task_state = workflow_state.current_task_state if workflow_state else None
    if task_state is None:
        return None, []
    task = task_state.task.specific
    return task_state, [name for name, _label, _modal in task.get_actions(page, user)]


@require_POST
def submit_for_review(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise Http404
    page = page.specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if not is_complete(translation):
        messages.error(request, _("Translate every segment before submitting: the page would show Vietnamese text."))
        return redirect(edit_url)
    if may_publish_directly(request.user, page):
        with transaction.atomic():
            translation.save_target(user=request.user, publish=True)
        messages.success(request, _("The Khmer translation is published."))
        return redirect(edit_url)
    translation.save_target(user=request.user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    start_review(page, request.user)
    messages.success(request, _("The translation was sent to a moderator for review."))
    return redirect(edit_url)


def start_review(page, user):
    workflow_state = page.current_workflow_state
    if workflow_state is not None:
        if workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
            workflow_state.resume(user)
        return  # already in review: approving publishes the latest revision, this one
    workflow = page.get_workflow()
    if workflow is None:
        raise PermissionDenied  # no review workflow: nobody could ever publish this
    workflow.start(page, user)


def review_translation(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    translation = translation_for_page(page)
    if translation is None:
        raise Http404
    task_state, actions = current_task(page, request.user)
    if not (actions or page.permissions_for_user(request.user).can_edit()):
        raise PermissionDenied
    if request.method == "POST":
        action = request.POST.get("action")
        if action not in actions or action not in ("approve", "reject"):
            raise PermissionDenied
        task_state.task.specific.on_action(task_state, request.user, action)
        if action == "approve":
            messages.success(request, _("Approved: the Khmer translation is published."))
        else:
            messages.warning(request, _("Changes requested: the translator has been told."))
        return redirect(reverse("editorial:review_translation", args=[page.pk]))
    source_page = translation.source.get_source_instance()
    return TemplateResponse(
        request,
        "editorial/review_translation.html",
        {
            "page": page,
            "source_page": source_page,
            "translation": translation,
            "rows": review_rows(translation),
            "can_approve": "approve" in actions,
            "in_review": task_state is not None,
        },
    )
