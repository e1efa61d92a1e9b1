from django import template
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.models import Page

from editorial.checks import installed_version
from editorial.localize_fence import CHECKED_VERSION
from editorial.publishing import enabled_translation_of, is_complete, may_publish_directly
from editorial.review import current_task
from editorial.segment_aids import aid_scripts

register = template.Library()


@register.inclusion_tag("editorial/includes/review_panel.html", takes_context=True)
def translation_review_panel(context):
    """Under the translation editor: submit for review (translators) or review side by side (moderators)."""
    request, instance, translation = context["request"], context["instance"], context["translation"]
    is_page = isinstance(instance, Page)
    task_state, actions = current_task(instance, request.user)
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "submit_url": reverse("editorial:submit_for_review", args=[translation.pk]),
        "review_url": reverse("editorial:review_translation", args=[instance.pk]) if is_page else None,
        "in_review": task_state is not None,
        "can_approve": "approve" in actions,
        "publishes_directly": may_publish_directly(request.user, translation),
        "complete": is_complete(translation),
        "progress_url": reverse("editorial:translation_progress", args=[translation.pk]),
        "stop_url": reverse("wagtail_localize:stop_translation", args=[translation.pk]),
        "preview_url": reverse("wagtail_localize:preview_translation", args=[translation.pk]) if is_page else None,
        "delete_url": delete_url(request.user, instance),
        "next_url": request.get_full_path(),
    }


def delete_url(user, instance):
    if isinstance(instance, Page):
        can_delete = instance.permissions_for_user(user).can_delete()
        return reverse("wagtailadmin_pages:delete", args=[instance.pk]) if can_delete else None
    return None


@register.simple_tag
def translation_review_url(instance):
    """The side-by-side review of a translated page waiting on a moderator, else ""."""
    if isinstance(instance, Page) and enabled_translation_of(instance) is not None:
        return reverse("editorial:review_translation", args=[instance.pk])
    return ""


@register.inclusion_tag("editorial/includes/segment_aids.html", takes_context=True)
def segment_aids_setup(context):
    """The aids under each segment; left out (the editor works as before) if wagtail-localize was upgraded."""
    if installed_version() != CHECKED_VERSION:
        return {"scripts": [], "aids_url": "", "labels": {}}
    return {
        "aids_url": reverse("editorial:segment_aids", args=[context["translation"].pk]),
        "scripts": ["editorial/translation-aids.js", *aid_scripts()],
        "labels": {
            "changed": _("The Vietnamese text changed"),
            "before": pgettext("govsite", "Before"),
            "now": pgettext("govsite", "Now"),
            "changedWords": _("Changed words"),
            "previousTranslation": _("Khmer translation of the previous version"),
            "noPreviousTranslation": _("The previous version had no Khmer translation."),
            "startFromIt": _("Start from it"),
            "memory": _("Translation memory: published translations of similar text"),
            "similar": _("%(score)s%% similar") % {"score": "{score}"},
            "from": _("From %(kind)s “%(title)s”") % {"kind": "{kind}", "title": "{title}"},
            "insert": pgettext("govsite", "Insert"),
        },
    }
