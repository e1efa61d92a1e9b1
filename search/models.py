from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class SearchEntry(models.Model):
    """One live page as the site search sees it: original text for excerpts, folded units to match.

    A table of our own rather than Wagtail's index: the same LIKE matching on SQLite and
    PostgreSQL gives the same results on both, and Khmer and folded Vietnamese need our own units.
    """

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", primary_key=True)
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    title = models.TextField(pgettext_lazy("govsite", "title"))
    text = models.TextField(_("text"), blank=True)
    title_units = models.TextField(blank=True)
    units = models.TextField(blank=True)
    date = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return self.title
