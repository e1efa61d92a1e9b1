import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the 'admin' superuser with a random password, printed once. Does nothing if it exists."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        # A name and an address: Account → Preferences can then be saved without filling them first.
        parser.add_argument("--email", default="admin@bdt.travinh.gov.vn")
        parser.add_argument("--first-name", default="Quản trị")
        parser.add_argument("--last-name", default="Trang thông tin")

    def handle(self, *args, username, email, first_name, last_name, **options):
        users = get_user_model()
        if users.objects.filter(username=username).exists():
            self.stdout.write(
                f"The account '{username}' already exists; its password was printed when it was created. "
                f"To set a new one: python manage.py changepassword {username}"
            )
            return
        password = secrets.token_urlsafe(12)
        users.objects.create_superuser(
            username=username, email=email, password=password, first_name=first_name, last_name=last_name
        )
        self.stdout.write(
            self.style.SUCCESS(f"Admin account created. Log in at /admin/ as '{username}' with password: {password}")
        )
        self.stdout.write("This password is shown only once.")
