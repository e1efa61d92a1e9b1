"""Aids shown under each segment of wagtail-localize's translation editor, from any app.

An app registers a provider: `register_segment_aid("memory", provider)`, where
`provider(translation, segments)` returns `{segment_id: payload}` (JSON-serialisable) for the
segments it has something to say about. `translation` is the wagtail-localize Translation being
edited; each segment has `.id` (its StringSegment id), `.source_text` (Vietnamese) and
`.translated_text` (the Khmer saved so far, or None).

`GET /admin/translations/aids/<translation id>/` (for whoever may edit the translation) answers
`{segment_id: {aid_name: payload}}`; editorial/static/editorial/segment-aids.js fetches it and
hands each payload to the renderer the app registered in JavaScript under the same name with
`window.govsiteSegmentAids.register(name, render)`.
"""

import logging
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from editorial.publishing import target_or_none

logger = logging.getLogger(__name__)

_providers = {}
_scripts = []


@dataclass(frozen=True)
class Segment:
    id: int
    source_text: str
    translated_text: str | None
    path: str = ""  # the field (and block) the segment comes from


def register_segment_aid(name, provider, script=None):
    """`script`: the static path of the JavaScript that registers this aid's renderer, loaded in the editor."""
    _providers[name] = provider
    if script and script not in _scripts:
        _scripts.append(script)


def aid_scripts():
    return list(_scripts)


def registered_aids():
    return dict(_providers)


def segments_of(translation):
    """The source's segments in order, with the target language's current translation of each."""
    translated = {
        (string_id, context_id): data
        for string_id, context_id, data in StringTranslation.objects.filter(
            translation_of__segments__source=translation.source, locale=translation.target_locale, has_error=False
        ).values_list("translation_of_id", "context_id", "data")
    }
    return [
        Segment(id=pk, source_text=text, translated_text=translated.get((string_id, context_id)), path=path)
        for pk, text, string_id, context_id, path in StringSegment.objects.filter(source=translation.source)
        .order_by("order")
        .values_list("id", "string__data", "string_id", "context_id", "context__path")
    ]


def aids_for(translation):
    segments = segments_of(translation)
    found = {}
    for name, provider in _providers.items():
        try:
            payloads = provider(translation, segments)
        except Exception:  # one broken aid must not take the others (or the editor) down
            logger.exception("Segment aid %r failed for translation %s", name, translation.pk)
            continue
        for segment_id, payload in payloads.items():
            found.setdefault(str(segment_id), {})[name] = payload
    return found


def segment_aids(request, translation_id):
    from editorial.review import can_edit_target

    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    target = target_or_none(translation)
    if target is None or not can_edit_target(request.user, target):
        raise PermissionDenied
    return JsonResponse(aids_for(translation))
