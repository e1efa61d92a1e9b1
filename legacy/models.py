from django.db import models
from django.utils.translation import gettext_lazy as _

MISSING_PHOTO_TAG = "photo-missing"
MISSING_PHOTO_TITLE_PREFIX = "[Thiếu ảnh]"


class ImportedArticle(models.Model):
    """An article brought over from the old portal: the key that makes re-imports update it."""

    key = models.SlugField(
        _("legacy key"), max_length=255, unique=True, help_text=_("ASCII slug of the article's original title.")
    )
    page = models.OneToOneField(
        "news.NewsPage", verbose_name=_("news article"), on_delete=models.CASCADE, related_name="legacy_import"
    )
    source_name = models.CharField(_("source file"), max_length=255)
    source_hash = models.CharField(_("source checksum"), max_length=64)
    missing_photos = models.PositiveSmallIntegerField(
        _("photos missing"), default=0, help_text=_("Placeholder photos still to be replaced by the real ones.")
    )
    imported_at = models.DateTimeField(_("last imported"), auto_now=True)

    class Meta:
        ordering = ["-missing_photos", "key"]
        verbose_name = _("imported article")
        verbose_name_plural = _("imported articles")

    def __str__(self):
        return self.page.title
