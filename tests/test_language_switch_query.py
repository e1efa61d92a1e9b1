"""The language switch keeps the reader's place: the library's filters and the list's page number."""

import re

import pytest
from wagtail.models import Locale

from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db


def switch_link(client, url, language="km"):
    html = client.get(url).content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return re.search(rf'<a href="([^"]+)" hreflang="{language}"', switcher).group(1).replace("&amp;", "&")


def khmer_news(khmer_news_index, count):
    km = Locale.objects.get(language_code="km")
    for n in range(count):
        factories.NewsPageFactory(parent=khmer_news_index, locale=km, title=f"ព័ត៌មាន {n}", slug=f"km-tin-{n}")


@pytest.fixture
def twelve_vietnamese_news(news_index):
    for _ in range(12):
        factories.NewsPageFactory(parent=news_index, body=[])


def test_page_two_of_the_news_leads_to_page_two_in_khmer(client, twelve_vietnamese_news, khmer_news_index):
    khmer_news(khmer_news_index, 11)
    assert switch_link(client, "/tin-tuc/?page=2") == "/km/tin-tuc/?page=2"
    assert switch_link(client, "/km/tin-tuc/?page=2", "vi") == "/tin-tuc/?page=2"


def test_a_page_number_the_other_language_does_not_have_is_dropped(client, twelve_vietnamese_news, khmer_news_index):
    khmer_news(khmer_news_index, 10)
    assert switch_link(client, "/tin-tuc/?page=2") == "/km/tin-tuc/"
    assert switch_link(client, "/tin-tuc/?page=abc") == "/km/tin-tuc/"


def test_unknown_parameters_are_not_carried(client, twelve_vietnamese_news, khmer_news_index):
    khmer_news(khmer_news_index, 11)
    assert switch_link(client, "/tin-tuc/?page=2&utm_source=zalo") == "/km/tin-tuc/?page=2"
    assert switch_link(client, "/tin-tuc/") == "/km/tin-tuc/"


@pytest.fixture
def libraries(home, khmer_home):
    library = factories.DocumentIndexPageFactory(parent=home)
    decision = factories.DocumentTypeFactory(name="Quyết định", slug="quyet-dinh")
    translate(decision, {"Quyết định": "សេចក្តីសម្រេច"})
    factories.DocumentPageFactory(parent=library, document_type=decision)
    return library, translate(library, {"Văn bản": "ឯកសារ"})


def test_the_library_filters_follow_the_reader_to_the_other_language(client, libraries):
    assert switch_link(client, "/van-ban/?type=quyet-dinh") == "/km/van-ban/?type=quyet-dinh"
    assert (
        switch_link(client, "/km/van-ban/?type=quyet-dinh&sort=oldest", "vi") == "/van-ban/?type=quyet-dinh&sort=oldest"
    )


def test_library_values_the_other_language_does_not_know_are_dropped(client, libraries):
    assert switch_link(client, "/van-ban/?type=khong-co&page=3") == "/km/van-ban/"


def test_a_page_without_a_translation_still_leads_to_the_home_page(client, news_index, khmer_home):
    article = factories.NewsPageFactory(parent=news_index, body=[])
    assert switch_link(client, f"{article.url}?page=2") == "/km/"
