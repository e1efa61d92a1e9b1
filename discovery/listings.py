"""The views of this app that list pages outside the page tree, purged with any page (pagecache.dependencies)."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import override

from topics.models import Topic

LISTING_VIEWS = ("search", "html_sitemap", "topics", "news_feed_rss", "news_feed_atom")
TOPIC_VIEWS = ("topic", "topic_feed_rss", "topic_feed_atom")


def listing_view_paths():
    topic_slugs = set(Topic.objects.values_list("slug", flat=True))
    paths = {reverse("sitemap")}
    for language_code, _name in settings.LANGUAGES:
        with override(language_code):
            paths.update(reverse(name) for name in LISTING_VIEWS)
            for slug in topic_slugs:
                paths.update(reverse(name, args=[slug]) for name in TOPIC_VIEWS)
    return paths
