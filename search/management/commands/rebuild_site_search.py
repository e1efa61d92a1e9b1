from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Index every live page again for the site search (Vietnamese and Khmer)."

    def handle(self, *args, **options):
        self.stdout.write(f"Indexed {rebuild()} pages.")
