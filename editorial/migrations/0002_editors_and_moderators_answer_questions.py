"""Editors and Moderators open, answer and publish readers' questions (feedback.Question), as the
README says; until now only a superuser could. The footer's drafts go to the Moderation workflow
and Moderators publish them. Runs the updated editorial.roles.set_up_roles."""

from django.db import migrations


def set_up_roles(apps, schema_editor):
    from editorial.roles import set_up_roles

    set_up_roles(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_roles_and_workflows"),
        ("feedback", "0001_initial"),
        ("core", "0003_site_footer_drafts_and_workflow"),
    ]

    operations = [migrations.RunPython(set_up_roles, migrations.RunPython.noop)]
