"""A story whose only photo is in its body is listed, fed and shared with that photo and its alt text."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
BODY_ALT = "Đại biểu tặng quà đồng bào Khmer"


def body_photo_story(parent, **kwargs):
    return factories.NewsPageFactory(
        parent=parent,
        body__0__paragraph__value="<p>Mở đầu bài viết.</p>",
        body__1__photo__alt=BODY_ALT,
        **kwargs,
    )


def body_image(page):
    return next(block.value["image"] for block in page.body if block.block_type == "photo")


def card_images(html):
    """(src, alt) of every news card picture."""
    return re.findall(r'<img class="news-card__image" src="([^"]+)"[^>]*alt="([^"]*)"', html)


def test_latest_news_on_the_home_page_shows_the_body_photo(client, home, news_index):
    story = body_photo_story(news_index)
    html = client.get(home.url).content.decode()
    [(src, alt)] = card_images(html)
    assert alt == BODY_ALT
    assert src in {r.url for r in body_image(story).renditions.all()}


def test_the_listing_image_wins_over_the_body_photo_and_is_described_by_its_description(client, news_index):
    chosen = factories.ImageFactory(description="Toàn cảnh hội nghị")
    body_photo_story(news_index, listing_image=chosen)
    [(src, alt)] = card_images(client.get(news_index.url).content.decode())
    assert alt == "Toàn cảnh hội nghị"
    assert src in {r.url for r in chosen.renditions.all()}


def test_a_story_without_any_photo_is_listed_without_a_picture(client, news_index):
    factories.NewsPageFactory(parent=news_index, body__0__paragraph__value="<p>Chỉ có chữ.</p>")
    html = client.get(news_index.url).content.decode()
    assert "news-card__title" in html and card_images(html) == []


def test_gallery_photos_count_as_body_photos(client, news_index):
    gallery = {"type": "gallery", "value": {"title": "", "photos": []}}
    images = [factories.ImageFactory() for _ in range(2)]
    gallery["value"]["photos"] = [
        {"type": "item", "value": {"image": image.pk, "alt": f"Ảnh {i}", "caption": "", "credit": ""}}
        for i, image in enumerate(images)
    ]
    story = factories.NewsPageFactory(parent=news_index, body=[])
    story.body = [gallery]  # raw stream data, as stored
    story.save_revision().publish()
    [(_src, alt)] = card_images(client.get(news_index.url).content.decode())
    assert alt == "Ảnh 0"


def test_khmer_lists_use_the_translated_alt_text(client, khmer_news_index, news_index):
    story = body_photo_story(news_index, title="Tin có ảnh", lead="Lời dẫn.")
    strings = {
        "Tin có ảnh": "ព័ត៌មានមានរូបថត",
        "Lời dẫn.": "សេចក្តីផ្តើម។",
        "Mở đầu bài viết.": "សេចក្តីផ្តើម",
        BODY_ALT: "រូបថតអំណោយ",
        story.credit: "ព័ត៌មាន",
    }
    strings.update({block.value["caption"]: "ពិពណ៌នា" for block in story.body if block.block_type == "photo"})
    translate(story, strings)
    [(_src, alt)] = card_images(client.get("/km/tin-tuc/").content.decode())
    assert alt == "រូបថតអំណោយ"


def test_feeds_carry_the_body_photo_as_an_image_enclosure(client, news_index):
    body_photo_story(news_index)
    factories.NewsPageFactory(parent=news_index, body__0__paragraph__value="<p>Không ảnh.</p>")
    rss = ET.fromstring(client.get("/rss.xml").content)  # noqa: S314 - our own output
    enclosures = [item.find("enclosure") for item in rss.iter("item")]
    with_picture = [e for e in enclosures if e is not None]
    assert len(enclosures) == 2 and len(with_picture) == 1
    assert re.fullmatch(r"http://testserver/media/images/[^\"]+\.jpg", with_picture[0].get("url"))
    assert with_picture[0].get("type") == "image/jpeg" and int(with_picture[0].get("length")) > 0

    atom = ET.fromstring(client.get("/atom.xml").content)  # noqa: S314
    links = [link for link in atom.iter(f"{ATOM}link") if link.get("rel") == "enclosure"]
    assert [link.get("href") for link in links] == [with_picture[0].get("url")]


def test_open_graph_shares_the_body_photo_with_its_alt_text(client, news_index):
    story = body_photo_story(news_index)
    html = client.get(story.url).content.decode()
    assert re.search(r'<meta property="og:image" content="http://localhost/media/images/[^"]+\.jpg">', html)
    assert f'<meta property="og:image:alt" content="{BODY_ALT}">' in html


def list_queries(client, url):
    client.get(url)  # renditions are made by the first view
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_body_photos_cost_the_same_queries_for_two_stories_as_for_ten(client, news_index, settings):
    settings.PAGE_CACHE_ENABLED = False
    for _ in range(2):
        body_photo_story(news_index)
    two = {url: list_queries(client, url) for url in (news_index.url, "/rss.xml", "/")}
    for _ in range(8):
        body_photo_story(news_index)
    assert {url: list_queries(client, url) for url in two} == two
