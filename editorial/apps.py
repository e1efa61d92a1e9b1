from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from editorial import checks, localize_fence, signals, stored_names  # noqa: F401

        localize_fence.install()
        stored_names.install()
