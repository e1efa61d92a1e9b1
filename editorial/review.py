"""The project's review step for Khmer translations (wagtail-localize's editor bypasses workflows).

A translator who may not publish in Khmer fills the segments in the translation editor, then
"Submit for review": the Khmer page is saved as a draft (`save_target(publish=False)`) and enters
the "Translation review" workflow attached to the Khmer home page. A moderator reads it side by
side with the Vietnamese source and approves (Wagtail publishes the reviewed revision) or asks for
changes. With GOVSITE_TRANSLATORS_MAY_PUBLISH = True the same button publishes at once.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_POST
from wagtail import blocks, hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page, WorkflowMixin
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from editorial.publishing import (
    approval_refusal,
    enabled_translation_of,
    is_complete,
    may_publish_directly,
    source_is_live,
    target_or_none,
)
from editorial.roles import TRANSLATION_LANGUAGE, is_only_translator
from editorial.translation_changes import changes_for_segments


@dataclass
class ReviewRow:
    path: str
    source: str
    translation: str
    field: str = ""
    image: object = None
    change: dict | None = None


def block_with_id(stream_value, block_id):
    for child in stream_value:
        if child.id == block_id:
            return child.block, child.value
    return None, None


def walk_block(block, value, parts):
    """The labels of the blocks down `parts` ("caption", or "photos.<uuid>.caption"), and an image beside them."""
    labels, image = [], None
    for part in parts:
        if isinstance(block, blocks.StructBlock) and part in block.child_blocks:
            image = image or next(
                (
                    value[name]
                    for name, child in block.child_blocks.items()
                    if isinstance(child, ImageChooserBlock) and value.get(name)
                ),
                None,
            )
            block, value = block.child_blocks[part], value.get(part)
            labels.append(block.label)
        elif isinstance(block, blocks.ListBlock):
            item = next((item for item in value.bound_blocks if item.id == part), None) if value else None
            block, value = block.child_block, item.value if item else None
        elif isinstance(block, blocks.StreamBlock):
            block, value = block_with_id(value, part)
            if block is None:
                break
            labels.append(block.label)
    return labels, image


def segment_label(instance, path):
    """ "Nội dung › Ảnh › Chú thích" for "body.<uuid>.caption", in the reader's admin language."""
    name, *parts = path.split(".")
    try:
        field = instance._meta.get_field(name)
    except FieldDoesNotExist:
        return path, None
    labels, image = [capfirst(field.verbose_name)], None
    if isinstance(field, StreamField) and parts:
        block, value = block_with_id(getattr(instance, name), parts[0])
        if block is not None:
            more, image = walk_block(block, value, parts[1:])
            labels += [block.label, *more]
    return " › ".join(str(label) for label in labels), image


def get_edit_url(instance):
    return AdminURLFinder().get_edit_url(instance)


def review_rows(translation):
    segments = StringSegment.objects.filter(source=translation.source).select_related("string", "context")
    translated = {
        (t.translation_of_id, t.context_id): t.data
        for t in StringTranslation.objects.filter(
            translation_of__segments__source=translation.source, locale=translation.target_locale
        )
    }
    source_instance = translation.source.as_instance()
    segments = list(segments.order_by("order"))
    changes = changes_for_segments(translation.source, translation.target_locale, segments)
    rows = []
    for segment in segments:
        label, image = segment_label(source_instance, segment.context.path)
        rows.append(
            ReviewRow(
                path=segment.context.path,
                source=segment.string.data,
                translation=translated.get((segment.string_id, segment.context_id), ""),
                field=label,
                image=image,
                change=changes.get(segment.id),
            )
        )
    return rows


def current_task(page, user):
    """The workflow task waiting on this page, and the actions `user` may take on it."""
    workflow_state = page.current_workflow_state
    task_state = workflow_state.current_task_state if workflow_state else None
    if task_state is None:
        return None, []
    task = task_state.task.specific
    return task_state, [name for name, _label, _modal in task.get_actions(page, user)]


def can_edit_target(user, target):
    if isinstance(target, Page):
        return target.permissions_for_user(user).can_edit()
    return user.has_perm(get_permission_name("change", type(target))) and not (
        is_only_translator(user) and target.locale.language_code != TRANSLATION_LANGUAGE
    )


def translation_warnings(translation):
    """What other apps (the glossary) have to say about a translation: warnings, never refusals."""
    return [warning for hook in hooks.get_hooks("govsite_translation_warnings") for warning in hook(translation)]


def submit_refusal(translation):
    if not is_complete(translation):
        return _("Translate every segment before submitting: the page would show Vietnamese text.")
    if not source_is_live(translation):
        return pgettext(
            "publishing",
            "The Vietnamese page is not published yet, so its translation cannot be published before it.",
        )
    return None


@require_POST
def submit_for_review(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    target = target_or_none(translation)
    if target is None or not isinstance(target, WorkflowMixin) or not can_edit_target(request.user, target):
        raise PermissionDenied
    edit_url = get_edit_url(target)
    refusal = submit_refusal(translation)
    if refusal:
        messages.error(request, refusal)
        return redirect(edit_url)
    if may_publish_directly(request.user, translation):
        with transaction.atomic():
            translation.save_target(user=request.user, publish=True)
        messages.success(request, _("The Khmer translation is published."))
        warn(request, translation)
        return redirect(edit_url)
    translation.save_target(user=request.user, publish=False)
    start_review(type(target).objects.get(pk=target.pk), request.user)
    messages.success(request, _("The translation was sent to a moderator for review."))
    warn(request, translation)
    return redirect(edit_url)


def warn(request, translation):
    for warning in translation_warnings(translation):
        messages.warning(request, warning)


def translation_progress(request, translation_id):
    """How many segments are translated: the editor's "not translated yet" note follows it live."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    target = target_or_none(translation)
    if target is None or not can_edit_target(request.user, target):
        raise PermissionDenied
    total, done = translation.get_progress()
    return JsonResponse({"total": total, "done": done, "complete": total == done})


def start_review(instance, user):
    workflow_state = instance.current_workflow_state
    if workflow_state is not None:
        if workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
            workflow_state.resume(user)
        return  # already in review: approving publishes the latest revision, this one
    workflow = instance.get_workflow()
    if workflow is None:
        raise PermissionDenied  # no review workflow: nobody could ever publish this
    workflow.start(instance, user)


def review_translation(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    translation = enabled_translation_of(page)
    if translation is None:
        raise Http404
    task_state, actions = current_task(page, request.user)
    if not (actions or page.permissions_for_user(request.user).can_edit()):
        raise PermissionDenied
    if request.method == "POST":
        action = request.POST.get("action")
        if action not in actions or action not in ("approve", "reject"):
            raise PermissionDenied
        refusal = approval_refusal(page) if action == "approve" else None
        if refusal:
            messages.error(request, refusal)
            return redirect(reverse("editorial:review_translation", args=[page.pk]))
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
            "warnings": translation_warnings(translation),
            "can_approve": "approve" in actions,
            "in_review": task_state is not None,
        },
    )
