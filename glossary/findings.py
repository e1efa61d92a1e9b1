"""Glossary problems in wagtail-localize translations: per translation (submit, review) and site-wide."""

from dataclasses import dataclass
from functools import cached_property

from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import Translation

from editorial.publishing import target_or_none
from editorial.review import get_edit_url, segment_label
from editorial.roles import TRANSLATION_LANGUAGE
from editorial.segment_aids import Segment, segments_of
from glossary.matching import FORBIDDEN, Finding, Glossary, plain


@dataclass
class SegmentProblem:
    segment: Segment
    finding: Finding
    field: str = ""

    @property
    def message(self):
        return problem_message(self.finding)


def problem_message(finding):
    term = finding.term
    if finding.status == FORBIDDEN:
        return _(
            "“%(term)s” is rendered with the forbidden variant “%(variant)s”; the approved Khmer is “%(approved)s”."
        ) % {
            "term": term.vi,
            "variant": ", ".join(finding.variants_used),
            "approved": term.km,
        }
    return _("“%(term)s” should be rendered “%(approved)s” in Khmer.") % {"term": term.vi, "approved": term.km}


def translation_problems(translation, glossary=None):
    glossary = Glossary.load() if glossary is None else glossary
    if not glossary:
        return []
    problems = [
        SegmentProblem(segment, finding)
        for segment in segments_of(translation)
        for finding in glossary.problems(segment.source_text, segment.translated_text)
    ]
    if problems:
        source_instance = translation.source.as_instance()
        for problem in problems:
            problem.field = segment_label(source_instance, problem.segment.path)[0]
    return problems


def warning_messages(translation):
    """One line per problem, for the translator's "Submit for review" and the moderator's review."""
    return [f"{problem.field}: {problem.message}" for problem in translation_problems(translation)]


@dataclass
class ReportRow:
    target: object
    problem: SegmentProblem

    @property
    def title(self):
        return str(self.target)

    @property
    def kind(self):
        return type(self.target)._meta.verbose_name

    @property
    def field(self):
        return self.problem.field

    @property
    def source_text(self):
        return plain(self.problem.segment.source_text)

    @property
    def translated_text(self):
        return plain(self.problem.segment.translated_text)

    @property
    def term(self):
        return self.problem.finding.term.vi

    @property
    def expected(self):
        return self.problem.finding.term.km

    @property
    def message(self):
        return self.problem.message

    @cached_property
    def edit_url(self):
        return get_edit_url(self.target)


def is_published(target):
    if isinstance(target, DraftStateMixin):
        return target.live and not getattr(target, "alias_of_id", None)
    return True


def published_translations():
    """Enabled Khmer translations whose page or snippet is published, with that target."""
    khmer = Locale.objects.filter(language_code=TRANSLATION_LANGUAGE).first()
    if khmer is None:
        return
    for translation in Translation.objects.filter(target_locale=khmer, enabled=True).select_related("source"):
        target = target_or_none(translation)
        if target is not None and is_published(target):
            yield translation, target


def site_report(glossary=None):
    """Every problem in every published Khmer page or snippet, page by page."""
    glossary = Glossary.load() if glossary is None else glossary
    if not glossary:
        return []
    return [
        ReportRow(target, problem)
        for translation, target in published_translations()
        for problem in translation_problems(translation, glossary)
    ]
