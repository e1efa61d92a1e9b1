from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site core")

    def ready(self):
        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override

        from core import signals  # the @receiver handlers connect on import
        from core.widgets import VietnameseSlugInput

        signals.connect()

        register_form_field_override(models.SlugField, override={"widget": VietnameseSlugInput})
        name_languages_in_their_own_script()


def name_languages_in_their_own_script():
    """Django's LANG_INFO calls Khmer "Khmer" even in its own name (Wagtail's language preference
    shows `name_local`); take each language's own name from settings.LANGUAGES."""
    from django.conf import settings
    from django.conf.locale import LANG_INFO

    for code, own_name in settings.LANGUAGES:
        known = LANG_INFO.get(code, {"bidi": False, "code": code, "name": own_name})
        LANG_INFO[code] = {**known, "name_local": own_name}
