from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = _("Page cache")

    def ready(self):
        from pagecache import breaker, pending

        breaker.redis_recovered.connect(pending.apply_pending, dispatch_uid="pagecache.pending")
