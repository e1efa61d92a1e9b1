"""Which glossary terms a Vietnamese segment holds, and whether its Khmer renders them as approved.

Vietnamese is compared case-folded, NFC, with runs of spaces (and no-break spaces) as one space and
every dash as "-", on word boundaries: "người có uy tín" is found in "Người có uy tín," but not in
"người có uy tínnn". Diacritics are kept: they tell Vietnamese words apart ("dân" is not "dần").

Khmer is compared as a sequence of character clusters after SIL khnormal and NFC
(core.text.normalize_text), with zero-width characters and spaces ignored and every dash as "-": a term typed with its
marks in another order, or with a zero-width space, still matches, and never matches inside a cluster.
"""

import html
import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.html import strip_tags
from khmercut import seg_kcc

from core.text import normalize_text

ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
SPACES = re.compile(r"\s+")
DASHES = re.compile(r"\s*[-\u2010-\u2015\u2212]\s*")
CLUSTER_SEPARATOR = "\x1f"

OK, MISSING, FORBIDDEN = "ok", "missing", "forbidden"


def plain(text):
    """Segment text without its inline tags and entities (rich text segments carry both)."""
    return html.unescape(strip_tags(text or ""))


def vietnamese_key(text):
    text = unicodedata.normalize("NFC", plain(text)).casefold()
    return DASHES.sub("-", SPACES.sub(" ", text)).strip()


def khmer_key(text):
    """The clusters of `text`, each between separators, so a term is found only at cluster boundaries."""
    text = normalize_text(ZERO_WIDTH.sub("", plain(text)))
    clusters = [cluster for cluster in seg_kcc(DASHES.sub("-", SPACES.sub("", text))) if cluster]
    return CLUSTER_SEPARATOR + CLUSTER_SEPARATOR.join(clusters) + CLUSTER_SEPARATOR


def same_khmer(one, other):
    return khmer_key(one) == khmer_key(other)


@dataclass(frozen=True)
class Term:
    vi: str
    km: str
    forbidden: tuple = ()
    note: str = ""
    source: str = ""

    @classmethod
    def of(cls, glossary_term):
        return cls(
            vi=glossary_term.vi,
            km=glossary_term.km,
            forbidden=tuple(glossary_term.forbidden_variants),
            note=glossary_term.note,
            source=glossary_term.source,
        )


@dataclass(frozen=True)
class Finding:
    """A term found in a segment's Vietnamese, and how the segment's Khmer renders it."""

    term: Term
    status: str
    variants_used: tuple = field(default=())

    @property
    def is_problem(self):
        return self.status != OK


def without_approved(translated, approved, variant):
    """A variant that is part of the approved rendering counts only outside it."""
    return translated.replace(approved, CLUSTER_SEPARATOR) if variant in approved else translated


class Glossary:
    def __init__(self, terms):
        self.terms = []
        for term in terms:
            key = vietnamese_key(term.vi)
            if key:
                pattern = re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)")
                forbidden = [(variant, khmer_key(variant)) for variant in term.forbidden]
                self.terms.append((term, pattern, khmer_key(term.km), forbidden))

    @classmethod
    def load(cls):
        from glossary.models import GlossaryTerm

        return cls(Term.of(term) for term in GlossaryTerm.objects.all())

    def __bool__(self):
        return bool(self.terms)

    def check(self, vietnamese, khmer):
        """Every term in `vietnamese`, with its status in `khmer` (None or "": not translated, so OK)."""
        source = vietnamese_key(vietnamese)
        if not source:
            return []
        translated = khmer_key(khmer) if khmer else None
        findings = []
        for term, pattern, approved, forbidden in self.terms:
            if not pattern.search(source):
                continue
            if translated is None:
                findings.append(Finding(term, OK))
                continue
            used = tuple(variant for variant, key in forbidden if key in without_approved(translated, approved, key))
            if used:
                findings.append(Finding(term, FORBIDDEN, used))
            elif approved not in translated:
                findings.append(Finding(term, MISSING))
            else:
                findings.append(Finding(term, OK))
        return findings

    def problems(self, vietnamese, khmer):
        return [finding for finding in self.check(vietnamese, khmer) if finding.is_problem]
