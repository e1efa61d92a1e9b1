from django.core.cache import caches
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from ops.backup import empty_content_tables, read_backup, site_has_content


def empty_sqlite_full_text_index():
    """`flush` leaves SQLite's full-text table behind; its stale rows would clash with the new index."""
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            if connection.vendor == "sqlite" and table.endswith("_indexentry_fts"):
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")  # noqa: S608 - a table name


class Command(BaseCommand):
    help = "Restore an archive made by `backup` into an empty database and the media storage."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Erase a database that already has content before restoring (there is no undo).",
        )

    def handle(self, *args, archive, replace=False, **options):
        call_command("migrate", interactive=False, verbosity=0)
        if site_has_content() and not replace:
            raise CommandError("The database already has content: restore into an empty one, or pass --replace.")
        # Wagtail's initial pages, groups and locales go too: the archive has them.
        empty_content_tables()

        def load_database(dump):
            with transaction.atomic():
                call_command("loaddata", str(dump), verbosity=0)

        manifest, media = read_backup(archive, load_database)
        empty_sqlite_full_text_index()
        call_command("update_index", verbosity=0)
        for cache in caches.all():
            cache.clear()
        self.stdout.write(f"Restored the backup of {manifest['created']} ({media} media files).")
