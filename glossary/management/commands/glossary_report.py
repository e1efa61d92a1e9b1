import sys

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from glossary.findings import site_report


class Command(BaseCommand):
    help = "List every published Khmer page or snippet whose translation breaks the glossary; exit status 1 if any."

    def handle(self, *args, **options):
        rows = site_report()
        for row in rows:
            self.stdout.write(f"{row.title} ({row.kind}) — {row.field}")
            self.stdout.write(f"  vi: {row.source_text}")
            self.stdout.write(f"  km: {row.translated_text}")
            self.stdout.write(f"  {row.message}")
            self.stdout.write(f"  {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{row.edit_url}")
        if rows:
            self.stderr.write(_("%(count)d glossary problems found.") % {"count": len(rows)})
            sys.exit(1)
        self.stdout.write(_("No glossary problems in published Khmer pages and snippets."))
