"""The site's official vocabulary: each Vietnamese term and the one Khmer rendering translators use."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import NormalizedTextMixin

VARIANT_SEPARATOR = "|"


class GlossaryTerm(NormalizedTextMixin, models.Model):
    vi = models.CharField(_("Vietnamese term"), max_length=255, unique=True)
    km = models.CharField(_("approved Khmer"), max_length=255)
    forbidden = models.TextField(
        _("forbidden variants"),
        blank=True,
        help_text=_("Khmer renderings translators must not use, separated by |"),
    )
    note = models.TextField(_("note"), blank=True)
    source = models.CharField(
        _("source"), max_length=255, blank=True, help_text=_("Where the term is decided, e.g. a decision number.")
    )

    class Meta:
        ordering = ["vi"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return f"{self.vi} → {self.km}"

    @property
    def forbidden_variants(self):
        return [variant.strip() for variant in self.forbidden.split(VARIANT_SEPARATOR) if variant.strip()]

    def clean(self):
        from glossary.matching import same_khmer, vietnamese_key

        key = vietnamese_key(self.vi)
        if any(
            vietnamese_key(other) == key
            for other in GlossaryTerm.objects.exclude(pk=self.pk).values_list("vi", flat=True)
        ):
            raise ValidationError({"vi": _("This term is already in the glossary.")})
        if any(same_khmer(variant, self.km) for variant in self.forbidden_variants):
            raise ValidationError({"forbidden": _("The approved Khmer cannot also be a forbidden variant.")})
