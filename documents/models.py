"""The legal documents library (văn bản): one page per document under a library page per language."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.i18n import localized_pages
from core.models import BasePage, SectionIndexPage
from core.references import pages_referencing
from search.fields import page_search_fields
from topics.models import NamedSnippet, Topic

# 35/KH-BDT, 01/2021/TT-UBDT, 224/2026/NĐ-CP, 1719/QĐ-TTg
DOCUMENT_NUMBER = re.compile(r"^\d{1,5}(/\d{4})?/[A-ZĐ][A-Za-zĐđ0-9]*(-[A-Za-zĐđ0-9]+)*$")
number_validator = RegexValidator(
    DOCUMENT_NUMBER,
    _("Write the number and symbol as on the document, e.g. 35/KH-BDT or 01/2021/TT-UBDT."),
)


@register_snippet
class DocumentType(NamedSnippet):
    class Meta(NamedSnippet.Meta):
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_document_type_slug_per_locale")]
        verbose_name = _("document type")
        verbose_name_plural = _("document types")


@register_snippet
class IssuingBody(NamedSnippet):
    class Meta(NamedSnippet.Meta):
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_issuing_body_slug_per_locale")]
        verbose_name = _("issuing body")
        verbose_name_plural = _("issuing bodies")


class DocumentIndexPage(SectionIndexPage):
    subpage_types = ["legal_documents.DocumentPage"]
    search_fields = page_search_fields()

    class Meta:
        verbose_name = _("document library")
        verbose_name_plural = _("document libraries")

    def language_switch_query(self, params):
        from documents.library import switch_query

        return switch_query(self, params)

    def get_context(self, request, *args, **kwargs):
        from documents.library import library_context

        context = super().get_context(request, *args, **kwargs)
        context.update(library_context(self, request))
        return context


class DocumentPage(BasePage):
    class Status(models.TextChoices):
        IN_FORCE = "in-force", _("In force")
        EXPIRED = "expired", _("Expired")
        REPLACED = "replaced", _("Replaced")

    number = models.CharField(_("number and symbol"), max_length=60, validators=[number_validator])
    document_type = models.ForeignKey(
        DocumentType, verbose_name=_("document type"), on_delete=models.PROTECT, related_name="+"
    )
    issuing_body = models.ForeignKey(
        IssuingBody, verbose_name=_("issuing body"), on_delete=models.PROTECT, related_name="+"
    )
    signer = models.CharField(_("signed by"), max_length=255, blank=True)
    issue_date = models.DateField(_("issue date"))
    effective_date = models.DateField(_("effective date"), null=True, blank=True)
    expiry_date = models.DateField(_("expiry date"), null=True, blank=True)
    status = models.CharField(
        pgettext_lazy("govsite", "status"), max_length=20, choices=Status.choices, default=Status.IN_FORCE
    )
    replaced_by = models.ForeignKey(
        "self",
        verbose_name=_("replaced by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(
        _("summary"), help_text=_("The trích yếu: what the document is about, in one or two sentences.")
    )
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="+")
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=pgettext_lazy("govsite", "file"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("PDF, DOC, DOCX, XLS, XLSX or ODT."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("document_type")]),
                FieldRowPanel([FieldPanel("issuing_body"), FieldPanel("signer")]),
            ],
            heading=_("Identification"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("issue_date"), FieldPanel("effective_date"), FieldPanel("expiry_date")]),
                FieldRowPanel([FieldPanel("status"), PageChooserPanel("replaced_by", "legal_documents.DocumentPage")]),
            ],
            heading=_("Validity"),
        ),
        FieldPanel("summary"),
        FieldPanel("topics"),
        FieldPanel("file"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        SynchronizedField("number"),
        SynchronizedField("document_type"),
        SynchronizedField("issuing_body"),
        SynchronizedField("signer"),
        SynchronizedField("issue_date"),
        SynchronizedField("effective_date"),
        SynchronizedField("expiry_date"),
        SynchronizedField("status"),
        SynchronizedField("replaced_by"),
        SynchronizedField("topics"),
        SynchronizedField("file"),
    ]
    search_fields = [*page_search_fields("number", "summary"), index.FilterField("issue_date")]

    parent_page_types = ["legal_documents.DocumentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")

    @cached_property
    def download_size(self):
        """The file's size in bytes (Wagtail records it on upload; files saved by code may lack it)."""
        if not self.file_id:
            return None
        if self.file.file_size:
            return self.file.file_size
        try:
            return self.file.file.size
        except OSError:
            return None

    @property
    def search_date(self):
        return self.issue_date

    def clean(self):
        super().clean()
        errors = {}
        if self.effective_date and self.issue_date and self.effective_date < self.issue_date:
            errors["effective_date"] = _("A document cannot take effect before it is issued.")
        if self.expiry_date and self.issue_date and self.expiry_date < self.issue_date:
            errors["expiry_date"] = _("A document cannot expire before it is issued.")
        if self.status == self.Status.REPLACED and not self.replaced_by_id:
            errors["replaced_by"] = _("Choose the document that replaces this one.")
        if self.replaced_by_id and self.pk and self.replaced_by_id == self.pk:
            errors["replaced_by"] = _("A document cannot replace itself.")
        if errors:
            raise ValidationError(errors)

    def localized_snippets(self, language_code):
        return {
            "document_type": self.document_type.in_language(language_code),
            "issuing_body": self.issuing_body.in_language(language_code),
            "topics": [topic.in_language(language_code) for topic in self.topics.all()],
        }

    def get_dependent_pages(self):
        """Besides its library and home pages: the pages citing it (a link to it or its file in
        their text; their related-documents pick is in BasePage's)."""
        versions = list(self.get_translations(inclusive=True).specific())
        targets = versions + [version.file for version in versions if version.file_id]
        return [*super().get_dependent_pages(), *pages_referencing(*targets)]

    def citing_pages(self, language_code):
        """News and programmes that cite this document (related-documents field or a link to its file)."""
        from news.models import NewsPage
        from programs.models import ProgramPage

        # A Khmer article points at the Vietnamese document (the field is synchronised): look for
        # references to every language version of the document and to its file.
        versions = list(self.get_translations(inclusive=True).specific())
        targets = versions + [version.file for version in versions if version.file_id]
        pages = pages_referencing(*targets).order_by("path").specific()
        found = []
        for model in (NewsPage, ProgramPage):
            # A Khmer page cites the same document as its Vietnamese source: count the pair once.
            cited = {page.translation_key: page for page in pages if isinstance(page, model)}
            found += localized_pages(model, list(cited.values()), language_code)
        return found

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = get_language()
        context.update(self.localized_snippets(language))
        context["citing_pages"] = self.citing_pages(language)
        if self.replaced_by_id:
            context["replacement"] = next(iter(localized_pages(DocumentPage, [self.replaced_by], language)), None)
        return context


def documents_cited_by(page):
    """The library documents a page picked as related (their pages list the pages citing them)."""
    cited = page.related_documents.values("document__translation_key")
    return list(DocumentPage.objects.filter(translation_key__in=cited))


class RelatedDocumentLink(Orderable):
    """An editor's pick of a library document on a page; subclasses add the `source` ParentalKey."""

    document = models.ForeignKey(
        "legal_documents.DocumentPage",
        verbose_name=pgettext_lazy("govsite", "document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("document", "legal_documents.DocumentPage")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("related document")
        verbose_name_plural = _("related documents")
