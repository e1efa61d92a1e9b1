from django.core.management.base import BaseCommand

from editorial.roles import set_up_roles
from home.demo import DemoSiteBuilder


class Command(BaseCommand):
    help = "Load the demo site (Vietnamese pages with Khmer translations). Safe to run again: it changes nothing."

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        log = (lambda message: self.stdout.write(message)) if verbosity > 1 else (lambda message: None)
        seed = DemoSiteBuilder(log=log).build()
        set_up_roles()  # idempotent: the groups' grants on the home pages and sections just created
        self.stdout.write(self.style.SUCCESS(f"Demo site ready. Seed article: {seed.url}"))
