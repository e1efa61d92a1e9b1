"""The translation editor's glossary hint: for each segment, the terms its Vietnamese holds and their
approved Khmer, with a warning when the Khmer typed so far lacks it or uses a forbidden variant.

Registered with editorial.segment_aids as "glossary"; static/glossary/segment-aid.js draws it. The labels
come translated from here (the aids endpoint runs in the translator's admin language).
"""

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from glossary.findings import problem_message
from glossary.matching import Glossary


def glossary_aid(translation, segments):
    glossary = Glossary.load()
    if not glossary:
        return {}
    payloads = {}
    for segment in segments:
        findings = glossary.check(segment.source_text, segment.translated_text)
        if findings:
            payloads[segment.id] = {
                "label": _("Glossary"),
                "insert_label": pgettext("govsite", "Insert"),
                "terms": [
                    {
                        "vi": finding.term.vi,
                        "km": finding.term.km,
                        "note": finding.term.note,
                        "source": finding.term.source,
                        "status": finding.status,
                        "warning": problem_message(finding) if finding.is_problem else "",
                    }
                    for finding in findings
                ],
            }
    return payloads


def register():
    try:
        from editorial.segment_aids import register_segment_aid
    except ImportError:  # the segment-aid registry (issue 15, parts 1 and 2) is not merged yet
        return
    register_segment_aid("glossary", glossary_aid, script="glossary/segment-aid.js")
