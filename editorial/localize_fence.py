"""The publishing rule inside wagtail-localize, whatever view calls it (checked against 1.14.5).

Every route of wagtail-localize that writes a translation's target ends in
`Translation.save_target(user, publish)`: the update view, the translation editor's publish, the
submit views, subtree translation. Wrapping that one method keeps the rule true for a route the
project has not seen (editorial.guards gives the known routes a clear message first):

- publish=True by a user (not the demo loader or a management command, which pass no user):
  refused with a ValidationError, which every caller already handles, unless `publish_refusal`
  finds nothing against it;
- publish=False on a target that exists: a revision, never the live row (`save_draft`).

`TranslationSource.refresh_segments` (every route that refreshes a source from the Vietnamese
page: publishing, "Sync translated pages", the update view) is wrapped too, to record what each
changed segment said before (editorial.translation_changes).

editorial.checks warns when the installed wagtail-localize is not the version this was read
against.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import RevisionMixin
from wagtail_localize.models import Translation, TranslationSource

from editorial.publishing import publish_refusal, save_draft, target_or_none
from editorial.translation_changes import recording

CHECKED_VERSION = "1.14.5"

_original_save_target = Translation.save_target
_original_refresh_segments = TranslationSource.refresh_segments


def guarded_save_target(self, user=None, publish=True):
    if user is not None and publish:
        refusal = publish_refusal(user, self)
        if refusal:
            raise ValidationError(refusal)
    if not publish and isinstance(target_or_none(self), RevisionMixin):
        return save_draft(self, user)
    return _original_save_target(self, user=user, publish=publish)


def install():
    Translation.save_target = guarded_save_target
    TranslationSource.refresh_segments = transaction.atomic(recording(_original_refresh_segments))
