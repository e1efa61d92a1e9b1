"""Each process remembers which Wagtail Site a host name is, instead of asking on every request."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from core import wagtail_overrides as sites
from tests import factories

pytestmark = pytest.mark.django_db


def lookup(host="localhost"):
    request = RequestFactory().get("/", HTTP_HOST=host)
    with CaptureQueriesContext(connection) as queries:
        site = sites.site_for(request)
    return site, len(queries)


def test_the_second_request_for_a_host_asks_no_query_and_gets_its_own_copy(home):
    first, first_queries = lookup()
    second, second_queries = lookup()
    assert (first_queries, second_queries) == (1, 0)
    assert first.pk == second.pk and first.root_page.pk == home.pk
    assert first is not second and first.root_page is not second.root_page


def test_changing_a_site_is_seen_at_once(home):
    lookup()
    other_home = factories.HomePageFactory(parent=home.get_parent(), slug="trang-chu-2")
    site = Site.objects.get(is_default_site=True)
    site.root_page = other_home
    site.save()
    assert lookup()[0].root_page.pk == other_home.pk


def test_a_remembered_site_is_asked_again_after_a_while(home, monkeypatch, settings):
    settings.SITE_LOOKUP_SECONDS = 60
    now = [1000.0]
    monkeypatch.setattr(sites.time, "monotonic", lambda: now[0])
    lookup()
    now[0] += 59
    assert lookup()[1] == 0
    now[0] += 2
    assert lookup()[1] == 1


def test_pages_are_served_from_the_remembered_site(client, home, news_index, settings):
    settings.PAGE_CACHE_ENABLED = False
    article = factories.NewsPageFactory(parent=news_index)
    assert client.get(article.url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(article.url).status_code == 200
    assert not any('FROM "wagtailcore_site"' in query["sql"] for query in queries.captured_queries)


def test_switched_off_wagtail_asks_every_time(client, home, settings):
    settings.PAGE_CACHE_ENABLED = False
    settings.SITE_LOOKUP_SECONDS = 0
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    assert any('FROM "wagtailcore_site"' in query["sql"] for query in queries.captured_queries)
