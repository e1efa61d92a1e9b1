"""The translation editor's JavaScript strings, with the project's Vietnamese and Khmer overrides."""

from django.conf import settings
from django.views.i18n import JavaScriptCatalog

OVERRIDES = settings.BASE_DIR / "locale_overrides"


class TranslationEditorCatalog(JavaScriptCatalog):
    """wagtail-localize's catalogue merged with locale_overrides/<lang>/LC_MESSAGES/djangojs.po (which wins)."""

    def get_paths(self, packages):
        return [*super().get_paths(packages), str(OVERRIDES)]
