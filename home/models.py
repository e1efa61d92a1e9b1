from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.i18n import localized_picks
from core.models import BasePage
from news.models import listed_news, prefetch_thumbnails
from programs.models import ProgramPage
from search.fields import page_search_fields

HOME_NEWS_COUNT = 6


class HomePage(BasePage):
    banner_title = models.CharField(_("banner title"), max_length=255)
    banner_text = models.TextField(_("banner text"), blank=True)
    banner_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("banner image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("banner_title"), FieldPanel("banner_text"), FieldPanel("banner_image")],
            heading=_("Agency banner"),
        ),
        InlinePanel("featured_programmes", label=_("Featured programmes"), max_num=6),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("banner_title"),
        TranslatableField("banner_text"),
        SynchronizedField("banner_image"),
        SynchronizedField("featured_programmes"),
    ]
    search_fields = page_search_fields()

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = prefetch_thumbnails(list(listed_news(self.locale_id)[:HOME_NEWS_COUNT]))
        context["featured_programmes"] = localized_picks(
            ProgramPage.objects.all(), self, "featured_programmes", "programme"
        )
        return context


class HomePageFeaturedProgramme(Orderable):
    source = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_programmes")
    programme = models.ForeignKey(
        "programs.ProgramPage", verbose_name=_("programme"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("programme", "programs.ProgramPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured programme")
        verbose_name_plural = _("featured programmes")
