"""What each translated segment said before: wagtail-localize forgets it when its source changes.

wagtail-localize keys a translation by the Vietnamese `String` and the segment's place
(`TranslationContext`); when the Vietnamese text at a place changes, the segment points to a new
String and the old String's Khmer translation stays in the database, unreachable from the editor.
A `SegmentChange` links the new String at that place to the one it replaced, so a chain of them
leads back through every earlier version (editorial.translation_changes).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail_localize.models import String, TranslationContext


class SegmentChange(models.Model):
    context = models.ForeignKey(TranslationContext, on_delete=models.CASCADE, related_name="+")
    string = models.ForeignKey(String, on_delete=models.CASCADE, related_name="+")
    previous = models.ForeignKey(String, on_delete=models.CASCADE, related_name="+")
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("segment change")
        verbose_name_plural = _("segment changes")
        constraints = [models.UniqueConstraint(fields=["context", "string"], name="one_previous_per_segment")]

    def __str__(self):
        return f"{self.context_id}: {self.previous_id} → {self.string_id}"
