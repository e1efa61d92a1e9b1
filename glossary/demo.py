"""The demo's glossary (demo_glossary.csv): the agencies' and programmes' official Khmer names.

`build(builder)` runs in home.demo's loader before it translates anything: it imports the file into an
empty glossary, then hands every term to the loader, so the Khmer names of the issuing bodies and the
programmes come from the glossary rather than from demo_data.
"""

from pathlib import Path

from glossary.csvio import import_glossary
from glossary.models import GlossaryTerm

DEMO_GLOSSARY = Path(__file__).with_name("demo_glossary.csv")


def build(builder):
    if not GlossaryTerm.objects.exists():
        created, _updated = import_glossary(DEMO_GLOSSARY.read_bytes())
        builder.log(f"Imported {created} glossary terms")
    builder.remember_pairs(GlossaryTerm.objects.values_list("vi", "km"))
