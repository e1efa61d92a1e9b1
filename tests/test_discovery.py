"""How readers and machines find pages: feeds, sitemaps, robots.txt, topics, canonical and social metadata."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from wagtail.models import Page

from programs.models import SubProject
from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture
def topic(db):
    return factories.TopicFactory(name="Người có uy tín", slug="nguoi-co-uy-tin")


@pytest.fixture
def article(news_index, topic):
    page = factories.NewsPageFactory(
        parent=news_index,
        title="Tuyên dương người có uy tín",
        lead="Lời dẫn.",
        body__0__photo__caption="Quang cảnh lễ tuyên dương",
    )
    page.topics.set([topic])
    page.save_revision().publish()
    return page


@pytest.fixture
def khmer_article(article, khmer_news_index, topic):
    translate(topic, {"Người có uy tín": "អ្នកមានកិត្យានុភាព"})
    strings = {article.title: "លើកតម្កើងអ្នកមានកិត្យានុភាព", article.lead: "សេចក្តីផ្តើម។", article.credit: "ព័ត៌មាន"}
    for block in article.body:
        if block.block_type == "paragraph":
            strings[block.value.source.removeprefix("<p>").removesuffix("</p>")] = "កថាខណ្ឌ។"
        if block.block_type == "photo":
            strings[block.value["alt"]] = "រូបថត"
            strings[block.value["caption"]] = "ពិពណ៌នា"
    return translate(article, strings)


def parse(response):
    assert response.status_code == 200
    return ET.fromstring(response.content)  # noqa: S314 - our own output


def test_rss_feed_per_language_is_valid_xml_with_its_language(client, article, khmer_article):
    channel = parse(client.get("/rss.xml")).find("channel")
    assert channel.findtext("language") == "vi"
    assert [item.findtext("title") for item in channel.findall("item")] == [article.title]
    assert channel.find("item").findtext("link").endswith(article.url)

    km_channel = parse(client.get("/km/rss.xml")).find("channel")
    assert km_channel.findtext("language") == "km"
    assert [item.findtext("title") for item in km_channel.findall("item")] == ["លើកតម្កើងអ្នកមានកិត្យានុភាព"]
    assert "/km/tin-tuc/" in km_channel.find("item").findtext("link")


def test_atom_feed_per_language_has_xml_lang(client, article, khmer_article):
    feed = parse(client.get("/km/atom.xml"))
    assert feed.tag == f"{ATOM}feed"
    assert feed.get(XML_LANG) == "km"
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
    assert titles == ["លើកតម្កើងអ្នកមានកិត្យានុភាព"]
    assert parse(client.get("/atom.xml")).get(XML_LANG) == "vi"


def test_topic_feeds_list_only_that_topics_news(client, news_index, article, topic):
    factories.NewsPageFactory(parent=news_index, title="Tin không thuộc chuyên mục")
    channel = parse(client.get(f"/chuyen-muc/{topic.slug}/rss.xml")).find("channel")
    assert [item.findtext("title") for item in channel.findall("item")] == [article.title]
    assert topic.name in channel.findtext("title")
    atom = parse(client.get(f"/chuyen-muc/{topic.slug}/atom.xml"))
    assert len(atom.findall(f"{ATOM}entry")) == 1
    assert client.get("/chuyen-muc/khong-co/rss.xml").status_code == 404


def test_feeds_are_advertised_in_the_head(client, article, topic):
    html = client.get(article.url).content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html and 'href="/rss.xml"' in html
    assert 'type="application/atom+xml"' in html and 'href="/atom.xml"' in html
    topic_html = client.get(f"/chuyen-muc/{topic.slug}/").content.decode()
    assert f'href="/chuyen-muc/{topic.slug}/rss.xml"' in topic_html


def sitemap_urls(client):
    root = parse(client.get("/sitemap.xml"))
    result = {}
    for url in root.findall(f"{SITEMAP}url"):
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")}
        result[url.findtext(f"{SITEMAP}loc")] = alternates
    return result


def test_sitemap_has_both_languages_with_hreflang_for_real_translations_only(
    client, news_index, article, khmer_article
):
    untranslated = factories.NewsPageFactory(parent=news_index, title="Chưa dịch")
    draft = factories.NewsPageFactory(parent=news_index, title="Bản nháp", live=False)
    urls = sitemap_urls(client)
    vi_url = next(url for url in urls if url.endswith(article.url))
    km_url = next(url for url in urls if url.endswith(khmer_article.url))
    assert urls[vi_url] == {"vi": vi_url, "km": km_url}
    assert urls[km_url] == {"vi": vi_url, "km": km_url}
    untranslated_url = next(url for url in urls if url.endswith(untranslated.url))
    assert urls[untranslated_url] == {}
    assert not any(url.endswith(draft.url) for url in urls)


def test_sitemap_leaves_out_aliases(client, news_index, article, khmer_news_index):
    alias = article.copy_for_translation(khmer_news_index.locale, alias=True)
    assert alias.live and alias.alias_of_id == article.pk
    urls = sitemap_urls(client)
    assert not any(url.endswith("/km" + article.url) for url in urls)
    assert urls[next(url for url in urls if url.endswith(article.url))] == {}


def test_robots_txt_points_at_the_sitemap_and_keeps_admin_out(client, home):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    assert re.search(r"^Sitemap: http://[^/]+/sitemap\.xml$", text, re.M)


def test_html_sitemap_per_language(client, news_index, article, khmer_article, topic):
    html = client.get("/so-do-trang/").content.decode()
    assert f'href="{news_index.url}"' in html and 'href="/chuyen-muc/nguoi-co-uy-tin/"' in html
    km_html = client.get("/km/so-do-trang/").content.decode()
    assert 'href="/km/tin-tuc/"' in km_html and "អ្នកមានកិត្យានុភាព" in km_html
    assert f'href="{news_index.url}"' not in km_html


def test_topic_page_per_language_is_paginated(client, news_index, topic, khmer_news_index):
    pages = []
    for number in range(12):
        page = factories.NewsPageFactory(parent=news_index, title=f"Người có uy tín số {number}", body=[])
        page.topics.set([topic])
        page.save_revision().publish()
        pages.append(page)
    html = client.get(f"/chuyen-muc/{topic.slug}/").content.decode()
    assert html.count('class="news-card"') == 10 and 'href="?page=2"' in html
    assert "<h1>Người có uy tín</h1>" in html
    translate(topic, {"Người có uy tín": "អ្នកមានកិត្យានុភាព"})
    km_html = client.get(f"/km/chuyen-muc/{topic.slug}/").content.decode()
    assert "<h1>អ្នកមានកិត្យានុភាព</h1>" in km_html
    assert 'class="news-card"' not in km_html  # no Khmer news yet, and never Vietnamese ones
    assert client.get("/chuyen-muc/khong-co/").status_code == 404


def test_programme_shows_sub_projects_related_documents_and_topic_news(
    client, program_index, news_index, home, topic, article
):
    programme = factories.ProgramPageFactory(parent=program_index)
    programme.topics.set([topic])
    SubProject.objects.create(
        programme=programme,
        code="Dự án 1",
        name="Giải quyết thiếu đất ở",
        status="completed",
        period_start=2021,
        period_end=2023,
    )
    library = factories.DocumentIndexPageFactory(parent=home)
    document = factories.DocumentPageFactory(parent=library, number="1719/QĐ-TTg")
    programme.related_documents.create(document=document)
    programme.save_revision().publish()
    html = client.get(programme.url).content.decode()
    assert "Dự án 1: Giải quyết thiếu đất ở" in html and "2021–2023" in html
    assert "project-status--completed" in html
    assert f'href="{document.url}">1719/QĐ-TTg</a>' in html
    assert f'href="{article.url}"' in html  # news of the programme's topic


def json_ld(html):
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_article_has_canonical_open_graph_and_news_article_json_ld(client, article, khmer_article):
    html = client.get(article.url).content.decode()
    assert f'<link rel="canonical" href="http://localhost{article.url}">' in html
    assert f'<meta property="og:title" content="{article.title}">' in html
    assert '<meta property="og:locale" content="vi_VN">' in html
    assert '<meta property="og:locale:alternate" content="km_KH">' in html
    assert re.search(r'<meta property="og:image" content="http://localhost/media/images/[^"]+\.jpg">', html)
    data = json_ld(html)
    types = [item["@type"] for item in data]
    assert types == ["BreadcrumbList", "NewsArticle"]
    news = data[1]
    assert news["publisher"]["@type"] == "GovernmentOrganization"
    assert news["inLanguage"] == "vi" and news["headline"] == article.title
    assert [crumb["name"] for crumb in data[0]["itemListElement"]] == ["Trang chủ", "Tin tức", article.title]

    km_html = client.get(khmer_article.url).content.decode()
    assert '<meta property="og:locale" content="km_KH">' in km_html
    assert json_ld(km_html)[1]["inLanguage"] == "km"


def test_json_ld_cannot_be_closed_by_page_text(client, news_index):
    page = factories.NewsPageFactory(parent=news_index, title="</script><script>alert(1)</script>", body=[])
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)[1]["headline"] == "</script><script>alert(1)</script>"


def test_every_page_has_breadcrumbs_and_the_print_style_keeps_photos_and_drops_navigation(client, article):
    html = client.get(article.url).content.decode()
    assert '<nav class="breadcrumbs"' in html
    assert 'src="/static/js/print.js"' in html
    css = Path("govsite/static/css/site.css").read_text(encoding="utf-8")
    print_section = css[css.rindex("@media print") :]
    for selector in (".site-header", ".site-nav", ".language-switcher", ".breadcrumbs", ".site-search", ".related"):
        assert selector in print_section
    assert "figcaption" in print_section and ".article__credit" in print_section


def test_search_and_sitemap_pages_render_for_an_empty_site(client, home):
    for url in ("/tim-kiem/", "/km/tim-kiem/", "/so-do-trang/", "/sitemap.xml", "/rss.xml", "/km/atom.xml"):
        assert client.get(url).status_code == 200, url
    assert Page.objects.count() >= 2


def test_language_switcher_on_search_and_topic_pages_keeps_the_view_and_query(client, home, khmer_home, topic):
    html = client.get("/tim-kiem/", {"q": "dan toc"}).content.decode()
    assert 'href="/km/tim-kiem/?q=dan+toc" hreflang="km"' in html
    km_html = client.get(f"/km/chuyen-muc/{topic.slug}/").content.decode()
    assert f'href="/chuyen-muc/{topic.slug}/" hreflang="vi"' in km_html


def test_search_topic_and_sitemap_pages_have_breadcrumbs(client, home, topic):
    for url, current in (
        ("/tim-kiem/", "Tìm kiếm"),
        (f"/chuyen-muc/{topic.slug}/", topic.name),
        ("/so-do-trang/", "Sơ đồ trang"),
    ):
        html = client.get(url).content.decode()
        assert '<nav class="breadcrumbs"' in html and f'<li aria-current="page">{current}</li>' in html
