"""Language-prefixed routes (inside i18n_patterns): /tim-kiem/ and /km/tim-kiem/, and so on."""

from django.urls import path

from discovery.feeds import AtomNewsFeed, NewsFeed
from discovery.views import html_sitemap, topic_index, topic_view
from search.views import search_view

urlpatterns = [
    path("tim-kiem/", search_view, name="search"),
    path("so-do-trang/", html_sitemap, name="html_sitemap"),
    path("rss.xml", NewsFeed(), name="news_feed_rss"),
    path("atom.xml", AtomNewsFeed(), name="news_feed_atom"),
    path("chuyen-muc/", topic_index, name="topics"),
    path("chuyen-muc/<slug:slug>/", topic_view, name="topic"),
    path("chuyen-muc/<slug:slug>/rss.xml", NewsFeed(), name="topic_feed_rss"),
    path("chuyen-muc/<slug:slug>/atom.xml", AtomNewsFeed(), name="topic_feed_atom"),
]
