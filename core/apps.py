from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site core")

    def ready(self):
        from core import signals  # the @receiver handlers connect on import
        from core.wagtail_overrides import register_slug_widget

        signals.connect()
        remember_restricted_paths_per_request()
        register_slug_widget()
        name_languages_in_their_own_script()


def remember_restricted_paths_per_request():
    from django.core.signals import request_finished, request_started
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import post_page_move

    from core import privacy

    request_started.connect(privacy.start_remembering_restricted_paths, dispatch_uid="privacy-paths-start")
    request_finished.connect(privacy.stop_remembering_restricted_paths, dispatch_uid="privacy-paths-stop")
    for signal in (post_save, post_delete, post_page_move):
        signal.connect(_forget_when_pages_or_restrictions_change, dispatch_uid="privacy-paths-changed")


def _forget_when_pages_or_restrictions_change(sender, **_kwargs):
    from wagtail.models import Page, PageViewRestriction

    from core import privacy

    if isinstance(sender, type) and issubclass(sender, Page | PageViewRestriction):
        privacy.forget_restricted_paths()


def name_languages_in_their_own_script():
    """Django's LANG_INFO calls Khmer "Khmer" even in its own name (Wagtail's language preference
    shows `name_local`); take each language's own name from settings.LANGUAGES."""
    from django.conf import settings
    from django.conf.locale import LANG_INFO

    for code, own_name in settings.LANGUAGES:
        known = LANG_INFO.get(code, {"bidi": False, "code": code, "name": own_name})
        LANG_INFO[code] = {**known, "name_local": own_name}
