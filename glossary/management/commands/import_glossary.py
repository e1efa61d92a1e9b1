from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from glossary.csvio import GlossaryImportError, import_glossary


class Command(BaseCommand):
    help = "Import glossary terms from a CSV file (vi,km,forbidden,note[,source]); nothing is stored if a row is bad."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        try:
            with open(file, "rb") as stream:
                data = stream.read()
        except OSError as error:
            raise CommandError(_("Cannot read %(file)s: %(error)s") % {"file": file, "error": error.strerror}) from None
        try:
            created, updated = import_glossary(data)
        except GlossaryImportError as error:
            for line, message in error.problems:
                self.stderr.write(
                    _("%(file)s, line %(line)d: %(message)s") % {"file": file, "line": line, "message": message}
                )
            raise CommandError(_("Nothing was imported.")) from None
        self.stdout.write(
            _("Glossary imported: %(created)d new terms, %(updated)d updated.")
            % {"created": created, "updated": updated}
        )
