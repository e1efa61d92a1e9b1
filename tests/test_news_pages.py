"""What a reader sees on news pages: the article with its photos, dates, listings and pagination."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db

CONFERENCE_DAY = timezone.make_aware(datetime.datetime(2022, 6, 27, 8, 0))


def photos_body(count, caption_prefix="Quang cảnh hội nghị"):
    body = {"body__0__paragraph__value": "<p>Mở đầu bài viết.</p>"}
    for index in range(1, count + 1):
        body[f"body__{index}__photo__caption"] = f"{caption_prefix} {index}"
    return body


def test_news_page_shows_title_date_lead_photos_and_credit(client, news_index):
    article = factories.NewsPageFactory(parent=news_index, date=CONFERENCE_DAY, **photos_body(2))
    html = client.get(article.url).content.decode()
    assert f"<h1>{article.title}</h1>" in html
    assert "Thứ Hai, 27/06/2022 08:00" in html  # Vietnamese dateline style
    assert article.lead in html
    assert html.count('<figure class="photo">') == 2
    assert re.search(r"<figcaption>Quang cảnh hội nghị 1", html)
    assert re.search(r"<figcaption>Quang cảnh hội nghị 2", html)
    assert "Tin, ảnh: Cảnh Tuân, Văn phòng" in html
    assert '<html lang="vi">' in html


def test_photos_are_responsive_webp_and_lazy_below_the_fold(client, news_index):
    article = factories.NewsPageFactory(parent=news_index, **photos_body(4))
    html = client.get(article.url).content.decode()
    images = re.findall(r"<img (?![^>]*visitor-stats__beacon)[^>]*>", html)  # not the footer's counter beacon
    assert len(images) == 4
    for img in images:
        assert "srcset=" in img and " 480w" in img and " 800w" in img and ".webp" in img
        assert 'sizes="' in img and 'alt="Đại biểu dự hội nghị' in img
    # The first photo (second block) is above the fold; later ones load lazily.
    assert 'loading="lazy"' not in images[0]
    assert all('loading="lazy"' in img for img in images[1:])


def test_khmer_news_page_has_khmer_dateline_with_khmer_digits(client, news_index, khmer_news_index):
    article = factories.NewsPageFactory(parent=news_index, title="Tin thử", date=CONFERENCE_DAY, **photos_body(0))
    km_article = translate(
        article,
        {
            "Tin thử": "ព័ត៌មានសាកល្បង",
            article.lead: "ការសួរសុខទុក្ខ",
            "Mở đầu bài viết.": "សេចក្តីផ្តើម",
            article.credit: "ព័ត៌មាន៖ Cảnh Tuân",
        },
    )
    html = client.get(km_article.url).content.decode()
    assert '<html lang="km">' in html
    assert "ថ្ងៃច័ន្ទ ទី២៧ ខែមិថុនា ឆ្នាំ២០២២ ម៉ោង ០៨:០០" in html


def render_queries(client, url):
    client.get(url)  # renditions are generated on the first view
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_number_of_photos(client, news_index, settings):
    settings.PAGE_CACHE_ENABLED = False
    settings.PAGE_FRAGMENT_CACHE_TIMEOUT = 0  # every part of the page rendered from the database
    two = factories.NewsPageFactory(parent=news_index, **photos_body(2))
    twenty = factories.NewsPageFactory(parent=news_index, **photos_body(20))
    topic = factories.TopicFactory()
    for article in (two, twenty):
        article.topics.add(topic)
        article.save_revision().publish()
    queries_two = render_queries(client, two.url)
    queries_twenty = render_queries(client, twenty.url)
    assert queries_two == queries_twenty
    assert queries_twenty <= 16  # one of them: the restricted subtrees, read once a request (core.privacy)


def test_news_index_lists_newest_first_ten_a_page(client, news_index):
    articles = [factories.NewsPageFactory(parent=news_index, **photos_body(1)) for _ in range(23)]
    html = client.get(news_index.url).content.decode()
    titles = re.findall(r'<h2 class="news-card__title"><a href="[^"]+">([^<]+)</a>', html)
    assert titles == [a.title for a in reversed(articles)][:10]
    assert 'aria-current="page">1<' in html
    assert 'href="?page=2"' in html and 'href="?page=3"' in html and 'rel="last"' in html


@pytest.mark.parametrize(
    ("raw", "shown"), [("0", 1), ("-3", 1), ("abc", 1), ("99999", 3), ("2", 2), ("", 1), ("1e3", 1), ("%00", 1)]
)
def test_news_index_survives_any_page_number(client, news_index, raw, shown):
    for _ in range(23):
        factories.NewsPageFactory(parent=news_index, **photos_body(0))
    response = client.get(news_index.url, {"page": raw})
    assert response.status_code == 200
    assert f'class="pagination__current" aria-current="page">{shown}<' in response.content.decode()


def test_khmer_pagination_uses_khmer_digits(client, news_index, khmer_news_index):
    for number in range(12):
        article = factories.NewsPageFactory(parent=news_index, title=f"Tin {number}", **photos_body(0))
        translate(
            article,
            {
                f"Tin {number}": f"ព័ត៌មាន {number}",
                article.lead: "ការសួរសុខទុក្ខ",
                "Mở đầu bài viết.": "សេចក្តីផ្តើម",
                article.credit: "ព័ត៌មាន៖ Cảnh Tuân",
            },
        )
    html = client.get(khmer_news_index.url, {"page": "2"}).content.decode()
    assert 'aria-current="page">២<' in html
    assert ">១</a>" in html


def test_related_news_falls_back_to_latest_in_the_same_language(client, news_index):
    older = factories.NewsPageFactory(parent=news_index, **photos_body(0))
    article = factories.NewsPageFactory(parent=news_index, **photos_body(0))
    html = client.get(article.url).content.decode()
    assert older.title in html
