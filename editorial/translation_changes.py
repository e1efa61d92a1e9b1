"""Part 1 of the translators' aids: what changed in the Vietnamese, and the Khmer it had before.

`record_changes` runs around wagtail-localize's `TranslationSource.refresh_segments`
(editorial.localize_fence): for each place whose Vietnamese text changed it stores a SegmentChange
from the new String to the old. Rich text keeps several segments at one place (one per paragraph),
so there a changed paragraph is paired with the removed one it resembles most.

The "changes" aid then walks back from each segment's String to the latest earlier version that
has a Khmer translation: the translator sees that Vietnamese, the new one, the word diff between
them and that Khmer translation. Nothing is deleted, so every version stays reachable.
"""

import difflib
import re
from collections import defaultdict

from django.utils.html import strip_tags
from khmercut import seg_kcc
from rapidfuzz import fuzz
from wagtail_localize.models import String, StringSegment, StringTranslation

from editorial.models import SegmentChange

KHMER_RUN = re.compile("[\u1780-\u17ff\u19e0-\u19ff]+")
OTHER_UNITS = re.compile(r"<[^>]*>|\s+|\w+|.", re.DOTALL)
PAIRING_SIMILARITY = 50
MAX_VERSIONS_BACK = 50


def diff_units(text):
    """Vietnamese words, Khmer clusters, spaces, punctuation and inline tags, in order; joined they give `text`."""
    found, position = [], 0
    for run in KHMER_RUN.finditer(text):
        found += OTHER_UNITS.findall(text[position : run.start()])
        found += seg_kcc(run.group())
        position = run.end()
    found += OTHER_UNITS.findall(text[position:])
    return found


def word_diff(before, after):
    """[["=", "kept"], ["-", "removed"], ["+", "added"]] from `before` to `after`."""
    old, new = diff_units(before), diff_units(after)
    operations = []

    def add(kind, units):
        text = "".join(units)
        if not text:
            return
        if operations and operations[-1][0] == kind:
            operations[-1][1] += text
        else:
            operations.append([kind, text])

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            add("=", old[i1:i2])
        else:
            add("-", old[i1:i2])
            add("+", new[j1:j2])
    return words_first(operations)


def words_first(operations):
    """ "tỉnh[ Trà Vinh] tổ" → "tỉnh [Trà Vinh ]tổ": the same text, marked from the word, not the space."""
    for i in range(1, len(operations) - 1):
        before, changed, after = operations[i - 1 : i + 2]
        space = changed[1][:1]
        if before[0] == after[0] == "=" and space.isspace() and after[1].startswith(space):
            before[1] += space
            changed[1] = changed[1][1:] + space
            after[1] = after[1][1:]
    return [operation for operation in operations if operation[1]]


def segments_by_place(source):
    places = defaultdict(list)
    for context_id, string_id in source.stringsegment_set.values_list("context_id", "string_id"):
        places[context_id].append(string_id)
    return places


def pairs_at_place(removed, added, texts):
    """(new, old) String ids: the only change at a place, or each added paragraph with its closest removed one."""
    if len(removed) == 1 and len(added) == 1:
        return [(added[0], removed[0])]
    scored = sorted(
        ((fuzz.ratio(texts[new], texts[old]), new, old) for new in added for old in removed), reverse=True
    )
    pairs, used = [], set()
    for score, new, old in scored:
        if score >= PAIRING_SIMILARITY and new not in used and old not in used:
            pairs.append((new, old))
            used.update((new, old))
    return pairs


def record_changes(before, after):
    """Store a SegmentChange for each place whose String changed between two `segments_by_place` maps."""
    changed = {}
    for context_id, new_strings in after.items():
        old_strings = before.get(context_id, [])
        removed = [s for s in old_strings if s not in new_strings]
        added = [s for s in new_strings if s not in old_strings]
        if removed and added:
            changed[context_id] = (removed, added)
    if not changed:
        return
    ids = {s for removed, added in changed.values() for s in removed + added}
    texts = dict(String.objects.filter(pk__in=ids).values_list("pk", "data"))
    for context_id, (removed, added) in changed.items():
        for new, old in pairs_at_place(removed, added, texts):
            SegmentChange.objects.update_or_create(context_id=context_id, string_id=new, defaults={"previous_id": old})


def recording(refresh_segments):
    def refresh_and_record(source):
        before = segments_by_place(source)
        result = refresh_segments(source)
        record_changes(before, segments_by_place(source))
        return result

    return refresh_and_record


def earlier_versions(context_id, string_id, previous_of):
    """The Strings this place held before `string_id`, newest first (a text that came back ends the walk)."""
    seen = {string_id}
    current = previous_of.get((context_id, string_id))
    while current is not None and current not in seen and len(seen) <= MAX_VERSIONS_BACK:
        yield current
        seen.add(current)
        current = previous_of.get((context_id, current))


def changes_for_segments(source, locale, segments):
    """{segment id: {"previous", "current", "diff", "previousTranslation"}} for segments whose Vietnamese changed."""
    wanted = {segment.id for segment in segments}
    rows = [
        row
        for row in StringSegment.objects.filter(source=source).values_list("id", "context_id", "string_id")
        if row[0] in wanted
    ]
    contexts = {context_id for _id, context_id, _string in rows}
    previous_of = {
        (c, s): p for c, s, p in SegmentChange.objects.filter(context_id__in=contexts).values_list(
            "context_id", "string_id", "previous_id"
        )
    }
    if not previous_of:
        return {}
    translated = {
        (c, s): data
        for c, s, data in StringTranslation.objects.filter(
            context_id__in=contexts, locale=locale, has_error=False
        ).values_list("context_id", "translation_of_id", "data")
    }
    found = {}
    for segment_id, context_id, string_id in rows:
        versions = list(earlier_versions(context_id, string_id, previous_of))
        if not versions:
            continue
        shown = next((v for v in versions if (context_id, v) in translated), versions[0])
        found[segment_id] = (string_id, shown, translated.get((context_id, shown)))
    texts = dict(
        String.objects.filter(pk__in={s for pair in found.values() for s in pair[:2]}).values_list("pk", "data")
    )
    return {
        segment_id: {
            "previous": strip_tags(texts[shown]),
            "current": strip_tags(texts[current]),
            "diff": word_diff(strip_tags(texts[shown]), strip_tags(texts[current])),
            "previousTranslation": khmer,
        }
        for segment_id, (current, shown, khmer) in found.items()
    }


def changes_aid(translation, segments):
    return changes_for_segments(translation.source, translation.target_locale, segments)
