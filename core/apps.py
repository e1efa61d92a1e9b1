from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site core")

    def ready(self):
        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override

        from core import signals  # noqa: F401 - connects the cache invalidation handlers
        from core.widgets import VietnameseSlugInput

        register_form_field_override(models.SlugField, override={"widget": VietnameseSlugInput})
