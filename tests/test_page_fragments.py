"""An article's body and related items are kept rendered (pagecache_tags) and dropped by the same
changes that purge the page: readers never see an old version, and a page the page cache no longer
holds is rebuilt without the article's queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.test_news_pages import photos_body

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def without_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False  # the fragments alone


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_second_view_is_the_same_page_from_fewer_queries(client, news_index):
    article = factories.NewsPageFactory(parent=news_index, **photos_body(20))
    first = html(client, article.url)
    with CaptureQueriesContext(connection) as queries:
        second = html(client, article.url)
    assert second == first
    assert not any("wagtailimages" in query["sql"] for query in queries.captured_queries)
    assert len(queries) <= 7


def test_fragments_switched_off_give_the_same_page_from_the_database(client, news_index, settings):
    article = factories.NewsPageFactory(parent=news_index, **photos_body(3))
    cached = html(client, article.url)
    settings.PAGE_FRAGMENT_CACHE_TIMEOUT = 0
    with CaptureQueriesContext(connection) as queries:
        assert html(client, article.url) == cached
    # Rendered again, not the fragment stored a moment ago.
    assert any("wagtailimages" in query["sql"] for query in queries.captured_queries)


def test_a_new_revision_shows_at_once(client, news_index):
    article = factories.NewsPageFactory(parent=news_index, lead="Bản đầu.")
    assert "Bản đầu." in html(client, article.url)
    article.lead = "Bản đã sửa."
    article.save_revision().publish()
    page = html(client, article.url)
    assert "Bản đã sửa." in page and "Bản đầu." not in page


def test_a_newer_article_joins_other_news_on_older_ones(client, news_index):
    article = factories.NewsPageFactory(parent=news_index, title="Tin hôm qua")
    html(client, article.url)
    newer = factories.NewsPageFactory(parent=news_index, title="Tin hôm nay", live=False)
    newer.save_revision().publish()
    assert "Tin hôm nay" in html(client, article.url)


def test_a_renamed_topic_shows_on_the_article(client, news_index):
    topic = factories.TopicFactory(name="Giảm nghèo")
    article = factories.NewsPageFactory(parent=news_index)
    article.topics.add(topic)
    article.save_revision().publish()
    assert "Giảm nghèo" in html(client, article.url)
    topic.name = "Giảm nghèo bền vững"
    topic.save()
    assert "Giảm nghèo bền vững" in html(client, article.url)


def test_a_preview_shows_the_draft_not_the_stored_article(admin_client, client, news_index):
    article = factories.NewsPageFactory(parent=news_index, lead="Bản đang đăng.")
    html(client, article.url)
    article.lead = "Bản nháp chưa duyệt."
    revision = article.save_revision()
    preview = admin_client.get(f"/admin/pages/{article.pk}/revisions/{revision.pk}/view/").content.decode()
    assert "Bản nháp chưa duyệt." in preview
    assert "Bản nháp chưa duyệt." not in html(client, article.url)


def test_a_new_translation_appears_in_the_language_switcher(client, news_index, khmer_news_index):
    from tests.translation import translate

    article = factories.NewsPageFactory(parent=news_index, title="Tin song ngữ")
    assert "/km/tin-tuc/" not in html(client, article.url)
    km_article = translate(article, {"Tin song ngữ": "ព័ត៌មានពីរភាសា", article.lead: "សេចក្តីផ្តើម", article.credit: "ព័ត៌មាន"})
    assert f'href="{km_article.url}"' in html(client, article.url)
