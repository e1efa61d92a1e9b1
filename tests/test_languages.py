"""Vietnamese at /, Khmer at /km/, and readers moved between the same page in both."""

import re

import pytest
from wagtail.models import Locale, Page, Site

from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db


def article_strings(article, title_km):
    return {
        article.title: title_km,
        article.lead: "គណៈកម្មាធិការជនជាតិខេត្តសួរសុខទុក្ខបងប្អូន។",
        article.credit: "ព័ត៌មាន និងរូបថត៖ Cảnh Tuân",
    }


@pytest.fixture
def article(news_index):
    return factories.NewsPageFactory(parent=news_index, title="Đồng bào Khmer đón Tết", slug="dong-bao-khmer-don-tet")


@pytest.fixture
def khmer_article(article, khmer_news_index):
    strings = article_strings(article, "បងប្អូនខ្មែរអបអរបុណ្យចូលឆ្នាំ")
    for block in article.body:
        strings[block.value.source.removeprefix("<p>").removesuffix("</p>")] = "អត្ថបទ"
    return translate(article, strings)


def test_both_locales_exist_after_migrate():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"vi", "km"}


def test_khmer_tree_mirrors_vietnamese_urls(article, khmer_article):
    assert article.url == "/tin-tuc/dong-bao-khmer-don-tet/"
    assert khmer_article.url == "/km/tin-tuc/dong-bao-khmer-don-tet/"
    assert khmer_article.slug == article.slug
    assert (
        khmer_article.get_parent().get_parent().specific.translation_key
        == article.get_parent().get_parent().translation_key
    )


def test_vietnamese_and_khmer_homes_are_served(client, khmer_home):
    vietnamese = client.get("/")
    khmer = client.get("/km/")
    assert vietnamese.status_code == khmer.status_code == 200
    assert '<html lang="vi">' in vietnamese.content.decode()
    assert '<html lang="km">' in khmer.content.decode()
    assert "ទំព័រដើម" in khmer.content.decode() or "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ" in khmer.content.decode()


@pytest.mark.parametrize(
    ("path", "target"),
    [("/vi/", "/"), ("/vi/tin-tuc/?page=2", "/tin-tuc/?page=2"), ("/vi//evil.example/", "/evil.example/")],
)
def test_vietnamese_prefix_redirects_permanently_to_unprefixed_url(client, path, target):
    response = client.get(path)
    assert response.status_code == 301
    assert response["Location"] == target


def test_switcher_links_to_the_same_article_in_the_other_language(client, article, khmer_article):
    vietnamese_html = client.get(article.url).content.decode()
    khmer_html = client.get(khmer_article.url).content.decode()
    assert re.search(rf'<a href="{khmer_article.url}" hreflang="km" lang="km"', vietnamese_html)
    assert re.search(rf'<a href="{article.url}" hreflang="vi" lang="vi"', khmer_html)


def test_hreflang_alternates_for_each_translation_and_x_default(client, article, khmer_article):
    html = client.get(khmer_article.url).content.decode()
    root = Site.objects.get(is_default_site=True).root_url  # the site's canonical address, not the request's
    assert f'<link rel="alternate" hreflang="vi" href="{root}{article.url}">' in html
    assert f'<link rel="alternate" hreflang="km" href="{root}{khmer_article.url}">' in html
    assert f'<link rel="alternate" hreflang="x-default" href="{root}{article.url}">' in html


def test_untranslated_article_offers_the_khmer_home_not_a_translation(client, article, khmer_home):
    html = client.get(article.url).content.decode()
    assert 'hreflang="km" href=' not in html.split("</head>")[0]
    assert re.search(r'<a href="/km/" hreflang="km" lang="km" title=', html)


def test_alias_is_not_offered_as_a_translation_and_says_so(client, article, khmer_news_index):
    alias = article.copy_for_translation(Locale.objects.get(language_code="km"), alias=True)
    alias = Page.objects.get(pk=alias.pk).specific
    assert alias.live and alias.alias_of_id == article.pk

    vietnamese_html = client.get(article.url).content.decode()
    assert alias.url not in vietnamese_html
    assert 'hreflang="km"' not in vietnamese_html.split("</head>")[0]

    alias_html = client.get(alias.url).content.decode()
    assert '<meta name="robots" content="noindex">' in alias_html
    assert "ទំព័រនេះមិនទាន់បានបកប្រែនៅឡើយទេ" in alias_html or 'class="notice"' in alias_html
    assert '<div lang="vi">' in alias_html
    assert 'hreflang="km"' not in alias_html.split("</head>")[0]


def test_untranslated_news_do_not_appear_in_khmer_listings(client, article, khmer_article, news_index):
    untranslated = factories.NewsPageFactory(parent=news_index, title="Tin chưa dịch")
    html = client.get("/km/tin-tuc/").content.decode()
    assert khmer_article.title in html
    assert untranslated.title not in html
    assert article.title not in html


def test_interface_strings_are_in_the_readers_language(client, article, khmer_article):
    vietnamese = client.get(article.url).content.decode()
    khmer = client.get(khmer_article.url).content.decode()
    assert ">Trang chủ</a>" in vietnamese
    assert "Bỏ qua, đến nội dung chính" in vietnamese
    assert ">ទំព័រដើម</a>" in khmer
    assert "Skip to main content" not in khmer and "Trang chủ" not in khmer
