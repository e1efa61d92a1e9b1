"""Moderators add, change and delete glossary terms (editorial.roles.SNIPPET_PERMISSIONS)."""

from django.db import migrations


def set_up_roles(apps, schema_editor):
    from editorial.roles import set_up_roles

    set_up_roles(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [
        ("glossary", "0001_initial"),
        ("editorial", "0002_editors_and_moderators_answer_questions"),
    ]

    operations = [migrations.RunPython(set_up_roles, migrations.RunPython.noop)]
