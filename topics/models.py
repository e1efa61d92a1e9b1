"""Topics (chuyên mục) that tag news, documents and programmes, one translatable snippet each."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import NormalizedTextMixin
from core.text import ascii_slug


class LocalizedSnippetMixin:
    """Pages store the Vietnamese snippet; readers see its version in their language."""

    @classmethod
    def names_in(cls, language_code):
        """translation_key → the snippet in that language (falling back to any language)."""
        found = {}
        for item in cls.objects.select_related("locale").order_by("pk"):
            if item.translation_key not in found or item.locale.language_code == language_code:
                found[item.translation_key] = item
        return found

    def in_language(self, language_code):
        return self.names_in(language_code).get(self.translation_key, self)


class NamedSnippet(LocalizedSnippetMixin, NormalizedTextMixin, TranslatableMixin, models.Model):
    """A managed list entry: a translated name and an ASCII slug shared by all languages (for URLs)."""

    name = models.CharField(pgettext_lazy("govsite", "name"), max_length=255)
    slug = models.SlugField(
        _("address"),
        max_length=80,
        blank=True,
        help_text=_("Latin letters only, the same in every language; made from the name when left empty."),
    )

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = ascii_slug(self.name)
        super().save(*args, **kwargs)

    @classmethod
    def for_language(cls, language_code):
        """Every entry once, in the reader's language, keyed by slug, sorted by name."""
        items = sorted(cls.names_in(language_code).values(), key=lambda item: item.name)
        return {item.slug: item for item in items}


@register_snippet
class Topic(NamedSnippet):
    description = models.TextField(pgettext_lazy("govsite", "description"), blank=True)

    translatable_fields = NamedSnippet.translatable_fields + [TranslatableField("description")]
    panels = NamedSnippet.panels + [FieldPanel("description")]

    class Meta(NamedSnippet.Meta):
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
