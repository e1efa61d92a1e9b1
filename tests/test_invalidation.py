"""What the old invalidation schemes got wrong: each change below left readers an old page."""

import collections
import re

import pytest
from wagtail.models import Site

from tests import factories
from tests.security.pages import warm
from tests.test_page_cache import (
    FakeFrontendCache,  # noqa: F401 - the backend fake_cdn names
    fake_cdn,  # noqa: F401 - a fixture
)

pytestmark = pytest.mark.django_db


def menu_links(html):
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r'href="([^"]+)"', nav)


def canonical(html):
    return re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)


def test_unticking_show_in_menus_takes_the_section_out_of_every_stored_page(client, news_index, program_index):
    article = factories.NewsPageFactory(parent=news_index)
    programme = factories.ProgramPageFactory(parent=program_index)
    warm(client, article.url, programme.url)
    assert "/chuong-trinh/" in menu_links(client.get(article.url).content.decode())
    program_index.show_in_menus = False
    program_index.save_revision().publish()
    for url in (article.url, programme.url, "/"):
        assert "/chuong-trinh/" not in menu_links(client.get(url).content.decode()), url


def test_renaming_a_page_outside_the_menu_renames_it_in_its_childrens_breadcrumbs(client, home):
    archive = factories.NewsIndexPageFactory(parent=home, title="Tin lưu trữ", slug="tin-luu-tru", show_in_menus=False)
    article = factories.NewsPageFactory(parent=archive)
    warm(client, article.url)
    archive.title = "Tin cũ đã lưu"
    archive.save_revision().publish()
    page = client.get(article.url).content.decode()
    breadcrumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', page, re.S).group(0)
    assert "Tin cũ đã lưu" in breadcrumbs and "Tin lưu trữ" not in breadcrumbs


def test_with_a_cdn_every_url_is_purged_once(fake_cdn, news_index):  # noqa: F811 - the fixture
    article = factories.NewsPageFactory(parent=news_index, title="Tin gốc")
    fake_cdn.clear()
    article.title = "Tin đã sửa"
    article.save_revision().publish()
    assert "http://localhost" + article.url in fake_cdn
    assert [url for url, times in collections.Counter(fake_cdn).items() if times > 1] == []
    fake_cdn.clear()
    article.unpublish()
    assert "http://localhost" + article.url in fake_cdn
    assert [url for url, times in collections.Counter(fake_cdn).items() if times > 1] == []


def test_page_metadata_is_kept_apart_for_each_host(client, news_index):
    path = factories.NewsPageFactory(parent=news_index).url
    Site.objects.create(hostname="bandantoc.example", port=80, root_page=news_index.get_parent())
    first = client.get(path, HTTP_HOST="localhost")
    assert canonical(first.content.decode()) == "http://localhost" + path
    second = client.get(path, HTTP_HOST="bandantoc.example")
    assert canonical(second.content.decode()) == "http://bandantoc.example" + path


def test_a_news_item_citing_a_document_appears_on_the_document_page_at_once(client, home, news_index):
    library = factories.DocumentIndexPageFactory(parent=home)
    document = factories.DocumentPageFactory(parent=library)
    warm(client, document.url)
    article = factories.NewsPageFactory(parent=news_index, title="Tin trích dẫn văn bản", live=False)
    article.related_documents.create(document=document)
    article.save_revision().publish()
    assert "Tin trích dẫn văn bản" in client.get(document.url).content.decode()
