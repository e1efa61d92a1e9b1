from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from glossary.csvio import export_glossary
from glossary.models import GlossaryTerm


class Command(BaseCommand):
    help = "Write the glossary to a CSV file (vi,km,forbidden,note,source); '-' writes to standard output."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        if file == "-":
            export_glossary(self.stdout)
            return
        with open(file, "w", encoding="utf-8", newline="") as stream:
            export_glossary(stream)
        self.stderr.write(
            _("%(count)d terms written to %(file)s.") % {"count": GlossaryTerm.objects.count(), "file": file}
        )
