from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from legacy.importer import LegacyImporter


class Command(BaseCommand):
    help = "Import articles saved as text from the old portal as Vietnamese news pages (re-running updates them)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Text files, or folders whose *.txt files are imported.")
        parser.add_argument("--dry-run", action="store_true", help="Parse and report; change nothing.")

    def handle(self, *args, paths=(), dry_run=False, **options):
        importer = LegacyImporter(dry_run=dry_run)
        failures = 0
        for path in expand(paths):
            try:
                data = path.read_bytes()
            except OSError as error:
                outcome_line, failed = f"{path}: failed: cannot read ({error.strerror})", True
            else:
                outcome = importer.import_file(str(path), data)
                outcome_line, failed = f"{path}: {outcome.action}: {outcome.detail}", outcome.action == "failed"
            failures += failed
            (self.stderr if failed else self.stdout).write(outcome_line)
        if failures:
            raise CommandError(f"{failures} file(s) could not be imported")


def expand(paths):
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(path.glob("*.txt"))
        else:
            yield path
