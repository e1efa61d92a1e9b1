from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = _("Page cache")

    def ready(self):
        from pagecache import breaker, pending

        breaker.redis_recovered.connect(pending.apply_pending, dispatch_uid="pagecache.pending")
        leave_cdn_purges_to_pagecache()


def leave_cdn_purges_to_pagecache():
    """Wagtail's frontend cache purges a published or unpublished page's own URLs from its
    page_published/page_unpublished handlers; pagecache.purge sends those URLs in its own batch
    with every page showing the change. Both would purge each URL twice: keep ours alone.
    (This app comes after wagtail.contrib.frontend_cache in INSTALLED_APPS, so its handlers exist.)"""
    from wagtail.contrib.frontend_cache import signal_handlers
    from wagtail.models import get_page_models
    from wagtail.signals import page_published, page_unpublished

    for model in get_page_models():
        page_published.disconnect(signal_handlers.page_published_signal_handler, sender=model)
        page_unpublished.disconnect(signal_handlers.page_unpublished_signal_handler, sender=model)
