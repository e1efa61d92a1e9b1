from datetime import datetime
from pathlib import Path

from django.core.management.base import BaseCommand

from ops.backup import write_backup


class Command(BaseCommand):
    help = "Write one archive with the database (portable JSON) and every media file."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Archive path (default: backups/govsite-YYYYmmdd-HHMMSS.tar.gz)",
        )

    def handle(self, *args, output=None, **options):
        path = Path(output or f"backups/govsite-{datetime.now():%Y%m%d-%H%M%S}.tar.gz")
        manifest = write_backup(path)
        self.stdout.write(f"Backup written to {path} ({manifest['media_files']} media files).")
