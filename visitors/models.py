from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class DailySalt(models.Model):
    """A random salt for one day. Earlier days' salts are deleted, so yesterday's hashes can no longer
    be matched to any address."""

    day = models.DateField(_("day"), unique=True)
    salt = models.CharField(pgettext_lazy("govsite", "salt"), max_length=64)

    class Meta:
        verbose_name = _("daily salt")
        verbose_name_plural = _("daily salts")

    def __str__(self):
        return str(self.day)


class DailyVisit(models.Model):
    """One visitor on one day, known only by a salted hash of address and browser: no IP, no cookie."""

    day = models.DateField(_("day"), db_index=True)
    visitor = models.CharField(_("visitor hash"), max_length=64)
    last_seen = models.DateTimeField(_("last seen"), db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "visitor"], name="one_visit_per_visitor_and_day")]
        verbose_name = _("daily visit")
        verbose_name_plural = _("daily visits")

    def __str__(self):
        return f"{self.day} {self.visitor[:8]}"
