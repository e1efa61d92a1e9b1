"""Editors, Moderators and Translators, the Moderation and Translation review workflows.

Grants that need a page (home pages, sections) are made here when the page exists, otherwise
when it is created (editorial.signals); see editorial/roles.py.
"""

from django.db import migrations


def set_up_roles(apps, schema_editor):
    from editorial.roles import set_up_roles

    set_up_roles(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_languages"),
        ("home", "0002_initial"),
        ("news", "0001_initial"),
        ("programs", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(set_up_roles, migrations.RunPython.noop)]
