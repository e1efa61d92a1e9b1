"""RSS and Atom feeds of the news of one language, optionally of one topic."""

from urllib.parse import urljoin

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.images.models import Filter
from wagtail.models import Locale

from core import footer_and_menu
from discovery.metadata import OG_IMAGE_FILTER
from news.models import NewsIndexPage, listed_news, prefetch_thumbnails
from topics.models import Topic

FEED_LENGTH = 20
ENCLOSURE_FILTERS = (Filter(OG_IMAGE_FILTER),)


class NewsFeed(Feed):
    """The feed's <language> / xml:lang is the active language, set by the URL's prefix."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, slug=None):
        language = get_language()
        topic = None
        if slug is not None:
            topic = Topic.for_language(language).get(slug)
            if topic is None:
                raise Http404
        base_url = request.build_absolute_uri("/")
        return {"language": language, "locale": Locale.get_active(), "topic": topic, "base_url": base_url}

    def title(self, obj):
        footer = footer_and_menu.site_footer(obj["language"])
        site = footer.site_name if footer else _("News")
        return f"{obj['topic'].name} – {site}" if obj["topic"] else site

    def description(self, obj):
        footer = footer_and_menu.site_footer(obj["language"])
        return footer.agency_name if footer else ""

    def link(self, obj):
        if obj["topic"]:
            return reverse("topic", args=[obj["topic"].slug])
        index = NewsIndexPage.objects.live().filter(locale=obj["locale"]).first()
        return index.get_url() if index else reverse("wagtail_serve", args=[""])

    def items(self, obj):
        news = listed_news(obj["locale"].pk)
        if obj["topic"]:
            news = news.filter(topics__slug=obj["topic"].slug).distinct()
        items = prefetch_thumbnails(list(news[:FEED_LENGTH]), filters=ENCLOSURE_FILTERS)
        for item in items:
            item.feed_enclosures = picture_enclosures(item, obj["base_url"])
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url()

    def item_enclosures(self, item):
        return item.feed_enclosures

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return item.last_published_at or item.date


def picture_enclosures(item, base_url):
    """The item's listing picture (its listing image or first body photo) as an image enclosure."""
    picture = item.listing_picture()
    if picture is None:
        return []
    rendition = picture.image.get_rendition(ENCLOSURE_FILTERS[0])
    return [Enclosure(urljoin(base_url, rendition.url), str(file_size(rendition)), "image/jpeg")]


def file_size(rendition):
    """Bytes of a rendition's file; 0 (RSS's "unknown") when the storage cannot tell."""
    try:
        return rendition.file.size
    except (OSError, ValueError):
        return 0


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description
