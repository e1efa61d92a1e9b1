import itertools

from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import privacy
from core.blocks import BodyBlock
from core.i18n import localized_picks
from core.images import THUMBNAIL_RENDITION_FILTERS, ListingPicture, first_body_photo
from core.models import BasePage, SectionIndexPage
from core.pagination import kept_page_query, paginate
from documents.models import DocumentPage, RelatedDocumentLink, documents_cited_by
from search.fields import page_search_fields
from topics.models import Topic

NEWS_PER_PAGE = 10
RELATED_NEWS_LIMIT = 5


def listed_news(locale_id):
    """Live, public, really translated news of one language, newest first, ready for a listing: what
    every news list shows (news index, home page, related news, feeds, topics)."""
    news = NewsPage.objects.live().filter(locale_id=locale_id, alias_of__isnull=True)
    return privacy.public(news).select_related("listing_image").order_by("-date", "-pk")


def prefetch_thumbnails(news_items, filters=THUMBNAIL_RENDITION_FILTERS):
    """Give every item its listing picture (`NewsPage.listing_picture`) with the renditions of
    `filters` (the card's by default), in two queries however many items.

    Items from `listed_news()` already carry their listing image (select_related); editors' picks do
    not, nor the body photos of items without one. Without prefetched renditions each image would ask
    the renditions cache on its own.
    """
    from wagtail.images import get_image_model

    image_model = get_image_model()
    missing = [item for item in news_items if item.listing_image_id and not NewsPage.listing_image.is_cached(item)]
    body_photos = [(item, first_body_photo(item.body)) for item in news_items if not item.listing_image_id]
    wanted = {item.listing_image_id for item in missing} | {photo[0] for _item, photo in body_photos if photo}
    by_id = image_model.objects.in_bulk(wanted) if wanted else {}
    for item in missing:
        item.listing_image = by_id.get(item.listing_image_id)
    for item, photo in body_photos:
        image = by_id.get(photo[0]) if photo else None
        item._listing_picture = ListingPicture(image, photo[1]) if image else None
    images = [picture.image for item in news_items if (picture := item.listing_picture())]
    renditions = image_model.get_rendition_model().objects.filter(filter_spec__in=[spec.spec for spec in filters])
    prefetch_related_objects(images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions"))
    return news_items


def related_documents(page):
    """The documents a page links in its related-documents field, in the page's language."""
    return localized_picks(DocumentPage.objects.all(), page, "related_documents", "document")


def related_context(page):
    """The related items of a news or programme page (its `related_news_shown`, documents, topics),
    loaded only if the template renders them: not when the page's article is a stored fragment."""
    language = get_language()
    return {
        "related_news": SimpleLazyObject(page.related_news_shown),
        "related_documents": SimpleLazyObject(lambda: related_documents(page)),
        "page_topics": SimpleLazyObject(lambda: localized_topics(page, language)),
    }


def localized_topics(page, language_code):
    """The page's topics in the reader's language, in two queries however many topics there are
    (one when they are already in the page's language)."""
    topics = list(page.topics.all())
    if not topics or all(topic.locale_id == page.locale_id for topic in topics):
        return topics
    names = Topic.names_in(language_code)
    return [names.get(topic.translation_key, topic) for topic in topics]


def pages_listing_news_of_topics(topic_keys):
    """Pages of the models that say they list the latest news of their topics
    (`lists_news_of_its_topics`, e.g. programmes) with any of these topics."""
    from wagtail.models import get_page_models

    pages = []
    for model in get_page_models():
        if getattr(model, "lists_news_of_its_topics", False):
            pages += model.objects.filter(topics__translation_key__in=topic_keys).distinct()
    return pages


class NewsIndexPage(SectionIndexPage):
    subpage_types = ["news.NewsPage"]
    search_fields = page_search_fields()

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def language_switch_query(self, params):
        return kept_page_query(params.get("page"), listed_news(self.locale_id).child_of(self).count, NEWS_PER_PAGE)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = listed_news(self.locale_id).child_of(self)
        context["news_page"] = paginate(news, request.GET.get("page"), NEWS_PER_PAGE)
        prefetch_thumbnails(context["news_page"].object_list)
        return context


class NewsPage(BasePage):
    date = models.DateTimeField(_("publication date"), default=timezone.now)
    lead = models.TextField(
        _("lead paragraph"), help_text=_("One or two sentences shown in bold above the article and in listings.")
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown in news lists, feeds and when the article is shared. Leave empty to use the first photo"
            " of the body, with its alternative text."
        ),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="+")
    credit = models.CharField(
        _("credit line"), max_length=255, blank=True, help_text=_('For example "Tin, ảnh: Cảnh Tuân, Văn phòng".')
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("listing_image")], heading=_("Publication")),
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("credit"),
        FieldPanel("topics"),
        InlinePanel("related_news", label=_("Related news")),
        InlinePanel("related_documents", label=_("Related documents")),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("lead"),
        TranslatableField("body"),
        TranslatableField("credit"),
        SynchronizedField("date"),
        SynchronizedField("listing_image"),
        SynchronizedField("related_news"),
        SynchronizedField("related_documents"),
        SynchronizedField("topics"),
    ]
    search_fields = [*page_search_fields("lead", "body"), index.FilterField("date")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        # Every news listing and the "latest news" fallback read the newest first and stop early;
        # without it PostgreSQL sorts a whole section (thousands of rows) for five of them.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="news_newest_first")]

    def listing_picture(self):
        """The listing image (described by its image description), else the first photo of the body."""
        if not self.listing_image_id:
            return super().listing_picture()
        image = self.listing_image
        return ListingPicture(image, image.description) if image else None

    def get_dependent_pages(self):
        """Besides its index and home pages: for one of the newest items, its siblings ("latest news"
        of the section lists it), the pages that list the news of its topics (programmes) and the
        library documents it cites (their "cited by" list)."""
        return itertools.chain(
            super().get_dependent_pages(),
            pages_listing_news_of_topics(self.topics.values("translation_key")),
            documents_cited_by(self),
            self.siblings_listing_it(),
        )

    def siblings_listing_it(self):
        """Read lazily, in chunks: a section of thousands is a site-wide purge (pagecache.purge),
        decided after the first hundred."""
        # Itself included even when just unpublished: siblings listed it until now.
        candidates = NewsPage.objects.sibling_of(self).filter(models.Q(live=True) | models.Q(pk=self.pk))
        newest = candidates.order_by("-date", "-pk").values_list("pk", flat=True)
        if self.pk not in set(newest[: RELATED_NEWS_LIMIT + 1]):
            return iter(())
        return self.get_siblings(inclusive=False).order_by("path").iterator(chunk_size=200)

    def related_news_shown(self):
        """Editors' picks in the page's language; otherwise the latest other news of the same section."""
        related = localized_picks(NewsPage.objects.select_related("listing_image"), self, "related_news", "page")
        if not related:
            related = list(listed_news(self.locale_id).sibling_of(self, inclusive=False)[:RELATED_NEWS_LIMIT])
        return prefetch_thumbnails(related[:RELATED_NEWS_LIMIT])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(related_context(self))
        return context


class RelatedNewsLink(Orderable):
    """An editor's pick of a news article on a page; subclasses add the `source` ParentalKey."""

    page = models.ForeignKey("news.NewsPage", verbose_name=_("article"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page", "news.NewsPage")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")


class NewsPageRelatedNews(RelatedNewsLink):
    source = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_news")


class NewsPageRelatedDocument(RelatedDocumentLink):
    source = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_documents")
