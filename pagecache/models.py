from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PendingPurge(models.Model):
    """A purge that could not reach the cache (Redis down): applied, then deleted, as soon as the
    cache answers again (pagecache.pending)."""

    site = models.BooleanField(_("whole site"), default=False)
    paths = models.JSONField(_("paths"), default=list, blank=True)
    cache_keys = models.JSONField(_("cache keys"), default=list, blank=True)
    created_at = models.DateTimeField(pgettext_lazy("govsite", "created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("pending purge")
        verbose_name_plural = _("pending purges")

    def __str__(self):
        return str(self.created_at)
