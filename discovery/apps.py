from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveryConfig(AppConfig):
    name = "discovery"
    verbose_name = _("Feeds, sitemaps and metadata")

    def ready(self):
        from discovery import cache  # noqa: F401 - connects the signal handlers that drop cached metadata
