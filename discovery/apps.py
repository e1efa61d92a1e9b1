from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveryConfig(AppConfig):
    name = "discovery"
    verbose_name = _("Feeds, sitemaps and metadata")

    def ready(self):
        from discovery.listings import listing_view_paths
        from pagecache.dependencies import lists_pages

        lists_pages(listing_view_paths)
