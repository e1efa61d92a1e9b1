"""/chuyen-muc/ lists the topics in the reader's language, and every topic page leads back to it."""

import re

import pytest

from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(db):
    people = factories.TopicFactory(
        name="Người có uy tín", slug="nguoi-co-uy-tin", description="Tin về người có uy tín."
    )
    policy = factories.TopicFactory(name="Chính sách dân tộc", slug="chinh-sach-dan-toc")
    return people, policy


def topic_links(html):
    return re.findall(r'<h2 class="topic-index__name"><a href="([^"]+)">([^<]+)</a></h2>', html)


def test_the_vietnamese_topics_index_lists_every_topic_by_name(client, home, topics):
    response = client.get("/chuyen-muc/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Chuyên mục</h1>" in html
    assert topic_links(html) == [
        ("/chuyen-muc/chinh-sach-dan-toc/", "Chính sách dân tộc"),
        ("/chuyen-muc/nguoi-co-uy-tin/", "Người có uy tín"),
    ]
    assert "Tin về người có uy tín." in html


def test_the_khmer_topics_index_is_in_khmer_and_marks_an_untranslated_name(client, khmer_home, topics):
    people, _policy = topics
    translate(people, {"Người có uy tín": "អ្នកមានកិត្យានុភាព", people.description: "ព័ត៌មានអំពីអ្នកមានកិត្យានុភាព។"})
    response = client.get("/km/chuyen-muc/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="km">' in html and "<h1>ប្រធានបទ</h1>" in html
    assert ("/km/chuyen-muc/nguoi-co-uy-tin/", "អ្នកមានកិត្យានុភាព") in topic_links(html)
    assert '<li class="topic-index__item" lang="vi">' in html  # the one not translated yet
    assert 'href="/chuyen-muc/" hreflang="vi"' in html  # the switcher leads to the other index


def test_a_topic_page_breadcrumb_leads_to_the_index(client, home, topics):
    html = client.get("/chuyen-muc/nguoi-co-uy-tin/").content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert '<a href="/chuyen-muc/">Chuyên mục</a>' in crumbs
    assert '<li aria-current="page">Người có uy tín</li>' in crumbs


def test_a_renamed_topic_is_renamed_on_the_stored_index(client, news_index, topics, settings):
    settings.PAGE_CACHE_ENABLED = True
    people, _policy = topics
    article = factories.NewsPageFactory(parent=news_index, body=[])
    article.topics.set([people])
    article.save_revision().publish()
    client.get("/chuyen-muc/")
    people.name = "Người có uy tín tiêu biểu"
    people.save()
    links = topic_links(client.get("/chuyen-muc/").content.decode())
    assert ("/chuyen-muc/nguoi-co-uy-tin/", "Người có uy tín tiêu biểu") in links
