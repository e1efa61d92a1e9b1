"""RSS and Atom feeds of the news of one language, optionally of one topic."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core import footer_and_menu
from news.models import NewsIndexPage, listed_news
from topics.models import Topic

FEED_LENGTH = 20


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
        return {"language": language, "locale": Locale.get_active(), "topic": topic}

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
        return news[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url()

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return item.last_published_at or item.date


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description
