from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site core")

    def ready(self):
        from core import signals  # the @receiver handlers connect on import
        from core.wagtail_overrides import register_slug_widget

        signals.connect()
        register_slug_widget()
        name_languages_in_their_own_script()


def name_languages_in_their_own_script():
    """Django's LANG_INFO calls Khmer "Khmer" even in its own name (Wagtail's language preference
    shows `name_local`); take each language's own name from settings.LANGUAGES."""
    from django.conf import settings
    from django.conf.locale import LANG_INFO

    for code, own_name in settings.LANGUAGES:
        known = LANG_INFO.get(code, {"bidi": False, "code": code, "name": own_name})
        LANG_INFO[code] = {**known, "name_local": own_name}
