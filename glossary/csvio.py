"""The glossary as CSV: columns vi,km,forbidden,note (and optionally source); forbidden variants separated by |.

Importing is all or nothing: every bad row is reported with its line number and nothing is stored.
Exports go through core.csv.safe_writer; the quote it puts before a formula-like cell is removed on import,
so an exported file imports back unchanged.
"""

import csv
import io

from django.db import transaction
from django.utils.translation import gettext as _

from core.csv import FORMULA_STARTS, safe_writer
from core.text import normalize_text
from glossary.matching import same_khmer, vietnamese_key
from glossary.models import VARIANT_SEPARATOR, GlossaryTerm

COLUMNS = ["vi", "km", "forbidden", "note", "source"]
REQUIRED = ["vi", "km"]
MAX_LENGTH = {"vi": 255, "km": 255, "source": 255}


class GlossaryImportError(Exception):
    def __init__(self, problems):
        self.problems = problems  # [(line number, message)]
        super().__init__("; ".join(f"{line}: {message}" for line, message in problems))


def uncell(value):
    value = (value or "").strip()
    if value.startswith("'") and value[1:2] and value[1:].startswith(FORMULA_STARTS):
        value = value[1:]
    return normalize_text(value)


def read_rows(text):
    """(line number, {column: value}) for each data row; raises GlossaryImportError on a bad header."""
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [name for name in REQUIRED if name not in header]
    unknown = [name for name in header if name not in COLUMNS]
    if missing or unknown:
        raise GlossaryImportError(
            [(1, _("The first line must name the columns vi,km,forbidden,note (and optionally source)."))]
        )
    reader.fieldnames = header
    for row in reader:
        if None in row:
            yield reader.line_num, None
        else:
            yield reader.line_num, {name: uncell(row.get(name)) for name in COLUMNS}


def row_problems(row, seen):
    if row is None:
        return [_("This row has more cells than the header.")]
    problems = []
    if not row["vi"]:
        problems.append(_("The Vietnamese term (vi) is empty."))
    if not row["km"]:
        problems.append(_("The approved Khmer (km) is empty."))
    for name, limit in MAX_LENGTH.items():
        if len(row[name]) > limit:
            problems.append(
                _("The column %(column)s is longer than %(limit)d characters.") % {"column": name, "limit": limit}
            )
    key = vietnamese_key(row["vi"])
    if key and key in seen:
        problems.append(_("The term “%(term)s” is already on line %(line)d.") % {"term": row["vi"], "line": seen[key]})
    variants = [variant.strip() for variant in row["forbidden"].split(VARIANT_SEPARATOR) if variant.strip()]
    if row["km"] and any(same_khmer(variant, row["km"]) for variant in variants):
        problems.append(_("The approved Khmer is also listed as a forbidden variant."))
    row["forbidden"] = VARIANT_SEPARATOR.join(variants)
    return problems


def decode(data):
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise GlossaryImportError([(0, _("The file is not UTF-8 text."))]) from None


def import_glossary(data):
    """Create or update a term per row (matched by the Vietnamese term); returns (created, updated)."""
    text = decode(data)
    rows, problems, seen = [], [], {}
    try:
        for line, row in read_rows(text):
            found = row_problems(row, seen)
            problems += [(line, message) for message in found]
            if not found:
                seen[vietnamese_key(row["vi"])] = line
                rows.append(row)
    except csv.Error as error:
        raise GlossaryImportError([(0, _("The file is not valid CSV: %(error)s") % {"error": error})]) from None
    if problems:
        raise GlossaryImportError(problems)
    existing = {vietnamese_key(term.vi): term for term in GlossaryTerm.objects.all()}
    created = updated = 0
    with transaction.atomic():
        for row in rows:
            term = existing.get(vietnamese_key(row["vi"])) or GlossaryTerm()
            created, updated = (created + 1, updated) if term.pk is None else (created, updated + 1)
            for name in COLUMNS:
                setattr(term, name, row[name])
            term.save()
    return created, updated


def export_glossary(stream):
    writer = safe_writer(stream)
    writer.writerow(COLUMNS)
    for term in GlossaryTerm.objects.order_by("vi"):
        writer.writerow([getattr(term, name) for name in COLUMNS])
