"""The one rule for making a translation live, and the draft that leaves the live version alone.

A translation goes live only when the user may publish in its language (a Moderator; a Translator
too with GOVSITE_TRANSLATORS_MAY_PUBLISH), every segment is translated (else wagtail-localize falls
back to the Vietnamese text) and the source is live (else a Vietnamese page still in moderation
would get a live Khmer copy). Every admin route that can publish asks `publish_refusal` first
(editorial.guards); `editorial.localize_fence` asks it again inside wagtail-localize's
`Translation.save_target`, whatever view called it.
"""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.utils.translation import pgettext
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation, TranslationLog


def target_or_none(translation):
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist:
        return None
    return instance.specific if isinstance(instance, Page) else instance


def enabled_translation_of(instance):
    """The translation that makes this page or snippet (wagtail-localize's editor opens for it), if any."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key, target_locale_id=instance.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def is_complete(translation):
    total, done = translation.get_progress()
    return total == done


def language_home(locale):
    return Page.objects.filter(depth=2, locale=locale, alias_of__isnull=True).first()


def may_publish_in(user, locale):
    """Publish rights on the language's home page: what makes someone a publisher of that language."""
    home = language_home(locale)
    return user.is_superuser or (home is not None and home.permissions_for_user(user).can_publish())


def may_publish_page(user, translation, target):
    if target is not None:
        permissions = target.permissions_for_user(user)
        return permissions.can_publish() or (settings.GOVSITE_TRANSLATORS_MAY_PUBLISH and permissions.can_edit())
    source = translation.source.get_source_instance()
    parent = source.get_parent().get_translation_or_none(translation.target_locale)
    if parent is None:
        return False
    permissions = parent.permissions_for_user(user)
    may_add = settings.GOVSITE_TRANSLATORS_MAY_PUBLISH and permissions.can_add_subpage()
    return permissions.can_publish_subpage() or may_add


def may_publish_snippet(user, translation, target):
    model = type(translation.source.get_source_instance())
    if issubclass(model, DraftStateMixin):
        return user.is_superuser or user.has_perm(get_permission_name("publish", model))
    # No draft state: every save is live, so only a publisher of the language may save it at all.
    return user.has_perm(get_permission_name("change", model)) and may_publish_in(user, translation.target_locale)


def may_publish(user, translation, target=None):
    if isinstance(translation.source.get_source_instance(), Page):
        return may_publish_page(user, translation, target)
    return may_publish_snippet(user, translation, target)


def source_is_live(translation):
    source = translation.source.get_source_instance()
    return not isinstance(source, DraftStateMixin) or source.live


def publish_refusal(user, translation):
    """Why `user` may not make this translation live now, in their language; None when they may."""
    try:
        source_is_live(translation)
    except ObjectDoesNotExist:
        return pgettext("publishing", "The Vietnamese original of this translation has been deleted.")
    if not may_publish(user, translation, target_or_none(translation)):
        return pgettext(
            "publishing",
            "Only a moderator can publish the Khmer version. Use “Submit for review” to send it to a moderator.",
        )
    if not source_is_live(translation):
        return pgettext(
            "publishing",
            "The Vietnamese page is not published yet, so its translation cannot be published before it.",
        )
    if not is_complete(translation):
        return pgettext(
            "publishing",
            "Some segments are not translated yet: publishing now would show Vietnamese text to Khmer readers.",
        )
    return None


def approval_refusal(instance):
    """Why approving the reviewed revision of this Khmer page or snippet must not publish it now.

    The revision under review was complete when it was submitted (editorial.review.submit_refusal);
    what can change meanwhile is the Vietnamese original: unpublished or deleted, its translation
    must not go live. None for anything that is not a translation.
    """
    translation = enabled_translation_of(instance)
    if translation is None:
        return None
    try:
        live = source_is_live(translation)
    except ObjectDoesNotExist:
        return pgettext("publishing", "The Vietnamese original of this translation has been deleted.")
    if not live:
        return pgettext(
            "publishing",
            "The Vietnamese page is not published yet, so its translation cannot be published before it.",
        )
    return None


def may_publish_directly(user, translation):
    """Shown in the translation editor: this user's submit publishes at once (no review needed)."""
    return may_publish(user, translation, target_or_none(translation))


def save_draft(translation, user):
    """Store the translation as a new revision of the target, leaving its live fields untouched.

    wagtail-localize's `save_target(publish=False)` saves the target's row, so readers of an
    already-live page would get the unreviewed text at the next cache miss. A revision is what
    Wagtail's own "Save draft" stores; a moderator's approval publishes it.
    """
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    revision = draft.save_revision(user=user)
    TranslationLog.objects.create(source=translation.source, locale=translation.target_locale, revision=revision)
    return revision
