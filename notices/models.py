from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import NormalizedTextMixin


class NoticeQuerySet(models.QuerySet):
    def not_over(self, language_code):
        """Switched on and not ended: shown now or later (pages check the start time)."""
        return (
            self.filter(locale__language_code=language_code, enabled=True)
            .filter(models.Q(ends_at__isnull=True) | models.Q(ends_at__gt=timezone.now()))
            .order_by("-level", "starts_at")
        )


@register_snippet
class Notice(NormalizedTextMixin, TranslatableMixin, models.Model):
    """A banner on every page of one language between two moments (planned maintenance, urgent news)."""

    INFO, URGENT = 0, 1
    LEVELS = [(INFO, _("Information")), (URGENT, _("Urgent"))]

    message = models.CharField(_("message"), max_length=300)
    link_url = models.URLField(_("link"), blank=True, help_text=_("Optional page with the details."))
    link_text = models.CharField(_("link text"), max_length=100, blank=True)
    level = models.PositiveSmallIntegerField(_("importance"), choices=LEVELS, default=INFO)
    enabled = models.BooleanField(_("switched on"), default=True)
    starts_at = models.DateTimeField(_("shown from"), default=timezone.now)
    ends_at = models.DateTimeField(_("shown until"), null=True, blank=True, help_text=_("Empty: until switched off."))

    objects = NoticeQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("message"),
        TranslatableField("link_text"),
        SynchronizedField("link_url"),
        SynchronizedField("level"),
        SynchronizedField("enabled"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
    ]

    panels = [
        FieldPanel("message"),
        FieldRowPanel([FieldPanel("link_url"), FieldPanel("link_text")]),
        FieldRowPanel([FieldPanel("level"), FieldPanel("enabled")]),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("notice banner")
        verbose_name_plural = _("notice banners")

    def __str__(self):
        return self.message

    def is_showing(self, now):
        return self.starts_at <= now and (self.ends_at is None or self.ends_at > now)

    def clean(self):
        super().clean()
        if self.ends_at and self.starts_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})
