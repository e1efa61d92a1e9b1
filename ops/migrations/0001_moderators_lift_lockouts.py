from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = ["view_accessattempt", "delete_accessattempt"]


def let_moderators_lift_lockouts(apps, schema_editor):
    axes_config = apps.get_app_config("axes")
    axes_config.models_module = True
    create_permissions(axes_config, verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="axes", codename__in=PERMISSIONS)
    for group in Group.objects.filter(name="Moderators"):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("axes", "0010_accessattemptexpiration"),
        ("wagtailcore", "0002_initial_data"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(let_moderators_lift_lockouts, migrations.RunPython.noop)]
