"""sitemap.xml grows into an index of pages of at most PageSitemap.limit URLs (2,000 on the site;
3 here), each with the hreflang alternates of its pages, stored and purged by the page cache."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from discovery.sitemaps import PageSitemap
from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def parse(response):
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own output


def listed(client, path):
    root = parse(client.get(path))
    return {
        url.findtext(f"{SITEMAP}loc"): {link.get("hreflang") for link in url.findall(f"{XHTML}link")}
        for url in root.findall(f"{SITEMAP}url")
    }


@pytest.fixture
def site_of_eight(news_index, khmer_news_index, settings):
    """Home, news index, four news items and two Khmer translations: eight URLs with those two."""
    settings.PAGE_CACHE_ENABLED = False  # the stored copies are the last test's subject
    news = [factories.NewsPageFactory(parent=news_index) for _ in range(4)]
    translate(news[0], {news[0].title: "ព័ត៌មាន", news[0].lead: "សេចក្តីផ្តើម។", news[0].credit: "ព័ត៌មាន"})
    return news


def test_a_small_site_gets_one_list(client, site_of_eight):
    assert len(listed(client, "/sitemap.xml")) >= 8


def test_past_the_limit_sitemap_xml_is_an_index_of_pages_of_at_most_the_limit(client, site_of_eight, monkeypatch):
    whole = listed(client, "/sitemap.xml")
    monkeypatch.setattr(PageSitemap, "limit", 3)
    root = parse(client.get("/sitemap.xml"))
    assert root.tag == f"{SITEMAP}sitemapindex"
    locations = [loc.text for loc in root.iter(f"{SITEMAP}loc")]
    assert len(locations) == -(-len(whole) // 3)
    pages = [listed(client, urlsplit(location).path + "?" + urlsplit(location).query) for location in locations]
    assert all(0 < len(page) <= 3 for page in pages)
    assert {url: langs for page in pages for url, langs in page.items()} == whole
    assert any(langs == {"vi", "km"} for page in pages for langs in page.values())


def test_a_sitemap_page_past_the_last_is_not_found(client, site_of_eight, monkeypatch):
    monkeypatch.setattr(PageSitemap, "limit", 3)
    assert client.get("/sitemap.xml?p=99").status_code == 404
    assert client.get("/sitemap.xml?p=abc").status_code == 404


def test_each_stored_sitemap_page_is_its_own_and_a_publish_refreshes_them(
    client, site_of_eight, news_index, monkeypatch, settings
):
    settings.PAGE_CACHE_ENABLED = True
    monkeypatch.setattr(PageSitemap, "limit", 3)
    first, second = listed(client, "/sitemap.xml?p=1"), listed(client, "/sitemap.xml?p=2")
    assert listed(client, "/sitemap.xml?p=2") == second and set(first).isdisjoint(second)
    added = factories.NewsPageFactory(parent=news_index, slug="zz-tin-moi")
    added.save_revision().publish()
    locations = [loc.text for loc in parse(client.get("/sitemap.xml")).iter(f"{SITEMAP}loc")]
    pages = [listed(client, urlsplit(location).path + "?" + urlsplit(location).query) for location in locations]
    assert any(url.endswith("/zz-tin-moi/") for page in pages for url in page)
