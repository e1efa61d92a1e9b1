"""The site's content languages exist after `migrate`: Vietnamese (default) and Khmer.

The Khmer tree is deliberately *not* synchronised from the Vietnamese one with
wagtail-localize's LocaleSynchronization: its live alias pages serve Vietnamese under
/km/, and translating an alias turns it into a live page with Vietnamese fallback text
before anyone has reviewed it. A Khmer page exists once someone translates it, and
stays a draft until it is published.
"""

from django.db import migrations


def create_languages(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for language_code in ("vi", "km"):
        Locale.objects.get_or_create(language_code=language_code)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_languages, migrations.RunPython.noop)]
