import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import privacy
from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.i18n import localized_picks
from core.models import BasePage, SectionIndexPage
from documents.models import RelatedDocumentLink, documents_cited_by
from news.models import NewsPage, RelatedNewsLink, listed_news, prefetch_thumbnails, related_context
from search.fields import page_search_fields
from topics.models import Topic

RELATED_NEWS_LIMIT = 6
YEAR_VALIDATORS = [MinValueValidator(1975), MaxValueValidator(2100)]


def live_programmes(locale_id):
    """Live, public, really translated programmes of one language: what programme lists show."""
    return privacy.public(ProgramPage.objects.live().filter(locale_id=locale_id, alias_of__isnull=True))


def newest_first(programmes):
    """Programmes by the year they start, then their decision date (the `search_date` order)."""
    return programmes.order_by("-period_start", F("decision_date").desc(nulls_last=True), "path")


class ProgramIndexPage(SectionIndexPage):
    subpage_types = ["programs.ProgramPage"]
    search_fields = page_search_fields()

    class Meta:
        verbose_name = _("programme index page")
        verbose_name_plural = _("programme index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = newest_first(live_programmes(self.locale_id).child_of(self))
        return context


class ProgramPage(BasePage):
    period_start = models.PositiveSmallIntegerField(_("first year"), validators=YEAR_VALIDATORS)
    period_end = models.PositiveSmallIntegerField(_("last year"), validators=YEAR_VALIDATORS)
    phase = models.CharField(
        _("phase"), max_length=255, blank=True, help_text=_('For example "Giai đoạn I: từ năm 2021 đến năm 2025".')
    )
    responsible_agency = models.CharField(_("responsible agency"), max_length=255)
    decision_date = models.DateField(
        _("decision date"),
        null=True,
        blank=True,
        help_text=_(
            "The day the programme was approved. Search results and lists date the programme by it"
            " (by the first year of its period when empty)."
        ),
    )
    summary = models.TextField(_("summary"), blank=True, help_text=_("Shown in programme lists."))
    objectives = RichTextField(_("objectives"), features=RICH_TEXT_FEATURES, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="+")

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldPanel("decision_date"),
                FieldPanel("phase"),
                FieldPanel("responsible_agency"),
            ],
            heading=_("Programme details"),
        ),
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("body"),
        FieldPanel("topics"),
        InlinePanel("sub_projects", label=_("Projects and sub-projects")),
        InlinePanel("related_news", label=_("Related news")),
        InlinePanel("related_documents", label=_("Related documents")),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("phase"),
        TranslatableField("responsible_agency"),
        TranslatableField("summary"),
        TranslatableField("objectives"),
        TranslatableField("body"),
        SynchronizedField("period_start"),
        SynchronizedField("period_end"),
        SynchronizedField("decision_date"),
        SynchronizedField("related_news"),
        SynchronizedField("related_documents"),
        SynchronizedField("topics"),
        TranslatableField("sub_projects"),
    ]
    search_fields = page_search_fields("summary", "objectives", "body")

    parent_page_types = ["programs.ProgramIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The last year cannot come before the first year.")})

    lists_news_of_its_topics = True  # a news item of its topics purges it (news.models.NewsPage.get_dependent_pages)

    def get_dependent_pages(self):
        """Besides its index and home pages: the library documents it cites ("cited by" lists it)."""
        return [*super().get_dependent_pages(), *documents_cited_by(self)]

    @property
    def search_date(self):
        """The programme's date for search and lists: its decision date, else the first day of its
        period, never the day its page was published (a demo load, an import)."""
        if self.decision_date:
            return self.decision_date
        return datetime.date(self.period_start, 1, 1) if self.period_start else None

    def related_news_shown(self):
        """Editors' picks first, then the latest news of the programme's topics."""
        related = localized_picks(NewsPage.objects.select_related("listing_image"), self, "related_news", "page")
        topic_keys = [topic.translation_key for topic in self.topics.all()]
        if topic_keys and len(related) < RELATED_NEWS_LIMIT:
            tagged = listed_news(self.locale_id).filter(topics__translation_key__in=topic_keys).distinct()
            related += [page for page in tagged[:RELATED_NEWS_LIMIT] if page not in related]
        return prefetch_thumbnails(related[:RELATED_NEWS_LIMIT])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(related_context(self))
        context["sub_projects"] = SimpleLazyObject(lambda: list(self.sub_projects.all()))
        return context


class ProgramPageRelatedNews(RelatedNewsLink):
    source = ParentalKey(ProgramPage, on_delete=models.CASCADE, related_name="related_news")


class ProgramPageRelatedDocument(RelatedDocumentLink):
    source = ParentalKey(ProgramPage, on_delete=models.CASCADE, related_name="related_documents")


class SubProject(TranslatableMixin, Orderable):
    """A project or sub-project (dự án / tiểu dự án) of a programme, with its own status and period."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in-progress", pgettext_lazy("govsite", "In progress")
        COMPLETED = "completed", _("Completed")

    programme = ParentalKey(ProgramPage, on_delete=models.CASCADE, related_name="sub_projects")
    code = models.CharField(
        _("number"), max_length=40, blank=True, help_text=_('For example "Dự án 1" or "Tiểu dự án 2".')
    )
    name = models.CharField(pgettext_lazy("govsite", "name"), max_length=500)
    status = models.CharField(
        pgettext_lazy("govsite", "status"), max_length=20, choices=Status.choices, default=Status.IN_PROGRESS
    )
    period_start = models.PositiveSmallIntegerField(_("first year"), validators=YEAR_VALIDATORS)
    period_end = models.PositiveSmallIntegerField(_("last year"), validators=YEAR_VALIDATORS)

    translatable_fields = [
        TranslatableField("code"),
        TranslatableField("name"),
        SynchronizedField("status"),
        SynchronizedField("period_start"),
        SynchronizedField("period_end"),
    ]
    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("status")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("project or sub-project")
        verbose_name_plural = _("projects and sub-projects")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The last year cannot come before the first year.")})
