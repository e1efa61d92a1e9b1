from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import (
    DraftStateMixin,
    Page,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import wagtail_overrides
from core.forms import LocalizedChoicesPageForm
from core.images import ListingPicture, first_body_photo
from core.privacy import pages_on_tree_path, translation_source_restrictions
from core.references import pages_linking_to
from core.text import meta_description, normalize_text


def normalize_data(data):
    """Normalise every string inside StreamField JSON-like data."""
    if isinstance(data, str):
        return normalize_text(data)
    if isinstance(data, list):
        return [normalize_data(item) for item in data]
    if isinstance(data, dict):
        return {key: normalize_data(value) for key, value in data.items()}
    return data


class NormalizedTextMixin:
    """Stores text NFC (Vietnamese) and cluster-normalised (Khmer), whatever the editor pasted."""

    def normalize_text_fields(self):
        for field in self._meta.concrete_fields:
            value = getattr(self, field.attname)
            if isinstance(field, StreamField):
                raw = field.stream_block.get_prep_value(value)
                normalized = normalize_data(raw)
                if normalized != raw:
                    setattr(self, field.attname, normalized)
            elif isinstance(field, models.CharField | models.TextField) and isinstance(value, str):
                setattr(self, field.attname, normalize_text(value))

    def full_clean(self, *args, **kwargs):
        self.normalize_text_fields()
        return super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.normalize_text_fields()
        return super().save(*args, **kwargs)


class BasePage(NormalizedTextMixin, Page):
    """What every page of the site shares: ASCII slugs, normalised text, explicit translation rules."""

    base_form_class = LocalizedChoicesPageForm

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        # Khmer slugs break (see README): the Khmer page mirrors the Vietnamese URL.
        SynchronizedField("slug", overridable=False),
    ]

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        wagtail_overrides.repair_slug(self)
        return super().full_clean(*args, **kwargs)

    def route(self, request, path_components):
        return wagtail_overrides.route(self, request, path_components, base_route=BasePage.route)

    def get_view_restrictions(self):
        """Wagtail's rule plus the translation source's restrictions (core.privacy)."""
        return super().get_view_restrictions() | translation_source_restrictions(pages_on_tree_path(self))

    def get_dependent_pages(self):
        """The other pages that show this one: a change to it purges their stored copies too
        (pagecache.purge; in the spirit of Wagtail's `get_cached_paths`, which names a page's own
        URLs). Here its ancestors (index pages list it), every language's home page (latest news,
        featured programmes) and the pages whose editors picked it; page models add what they know.
        Any iterable of pages: a long one is best lazy (pagecache.purge stops reading it once it
        has decided on a site-wide purge)."""
        ancestors = self.get_ancestors().filter(depth__gte=2)
        return [*ancestors, *Page.objects.filter(depth=2), *pages_linking_to(self.translation_key)]

    @cached_property
    def breadcrumb_ancestors(self):
        """Ancestors from the language's home page down (no query when the page was just routed)."""
        return wagtail_overrides.routed_ancestors(self)

    # Where a page's own short text is, in the order get_meta_description looks (models have one).
    LEAD_FIELDS = ("lead", "summary", "intro", "banner_text")

    def get_meta_description(self):
        """What search engines and link previews show under the title, in the page's language: the
        editor's search description, else the first sentence of the page's lead (or summary, or
        introduction), plain text, at most 160 characters."""
        lead = next((value for name in self.LEAD_FIELDS if (value := getattr(self, name, ""))), "")
        return meta_description(self.search_description, lead)

    def language_switch_query(self, params):
        """The part of a reader's query string (`params`, read on this page's version in another
        language) that this page reads with the same meaning, for the language switcher to keep as
        a URL query: filters by slug, page numbers that exist here. Nothing on most pages."""
        return ""

    def listing_picture(self):
        """The picture lists, feeds and link previews show for this page (a `ListingPicture`, or None):
        the first photo of its body. Lists set it for many pages at once (news.prefetch_thumbnails)."""
        if "_listing_picture" not in self.__dict__:
            photo = first_body_photo(getattr(self, "body", None))
            image = get_image_model().objects.filter(pk=photo[0]).first() if photo else None
            self._listing_picture = ListingPicture(image, photo[1]) if image else None
        return self._listing_picture

    @property
    def is_untranslated_alias(self):
        """A page in the Khmer tree that still shows the Vietnamese content it mirrors."""
        return self.alias_of_id is not None

    @cached_property
    def content_language_code(self):
        """The language of the text this page shows: an alias shows its source page's."""
        if self.alias_of_id is None:
            return self.locale.language_code
        return Page.objects.filter(pk=self.alias_of_id).values_list("locale__language_code", flat=True).first()


class SectionIndexPage(BasePage):
    """A section of the site (news, programmes, documents…): a title and a short introduction."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    max_count_per_parent = 1

    class Meta:
        abstract = True


@register_snippet
class SiteFooter(WorkflowMixin, DraftStateMixin, RevisionMixin, NormalizedTextMixin, TranslatableMixin, models.Model):
    """The agency's identity and contacts, shown in every page's header and footer; one per language.

    Drafts and a moderation workflow like pages: a translator's Khmer footer is reviewed before
    readers see it. The row holds the published text; drafts live in revisions.
    """

    site_name = models.CharField(pgettext_lazy("govsite", "site name"), max_length=255)
    agency_name = models.CharField(_("managing agency"), max_length=255)
    address = models.CharField(_("address"), max_length=255)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    fax = models.CharField(_("fax"), max_length=50, blank=True)
    responsible_person = models.CharField(_("person responsible for content"), max_length=255, blank=True)
    reuse_notice = models.TextField(
        _("notice on reuse"),
        blank=True,
        help_text=_("Shown at the bottom of every page, e.g. the request to cite the source."),
    )

    translatable_fields = [
        TranslatableField("site_name"),
        TranslatableField("agency_name"),
        TranslatableField("address"),
        TranslatableField("responsible_person"),
        TranslatableField("reuse_notice"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("fax"),
    ]

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("agency_name"), FieldPanel("responsible_person")],
            heading=_("Agency"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("email"), FieldPanel("phone"), FieldPanel("fax")],
            heading=_("Contact"),
        ),
        FieldPanel("reuse_notice"),
    ]

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="site_footer")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="site_footer",
        for_concrete_model=False,
    )

    class Meta(TranslatableMixin.Meta):
        constraints = [models.UniqueConstraint(fields=["locale"], name="one_site_footer_per_locale")]
        verbose_name = _("site footer and contacts")
        verbose_name_plural = _("site footers and contacts")

    def __str__(self):
        return f"{self.site_name} ({self.locale.language_code})"

    def clean(self):
        super().clean()
        locale_id = getattr(self, "locale_id", None)
        if locale_id and (SiteFooter.objects.filter(locale_id=locale_id).exclude(pk=self.pk).exists()):
            raise ValidationError(_("This language already has a site footer: edit that one instead."))

    @property
    def revisions(self):
        return self._revisions

    @classmethod
    def for_language(cls, language_code):
        """The footer in the reader's language, else the default language's."""
        footers = {f.locale.language_code: f for f in cls.objects.filter(live=True).select_related("locale")}
        return footers.get(language_code) or footers.get(settings.LANGUAGE_CODE)
