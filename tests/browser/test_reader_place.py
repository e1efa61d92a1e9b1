"""In a real browser: a story whose only photo is in its body shows it in "Tin mới", the language
switch keeps the list's page and the library's filter, and the topics index exists in both languages."""

import datetime

import pytest
from wagtail.models import Locale

from tests import factories
from tests.browser.conftest import save_screenshot
from tests.translation import translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

BODY_ALT = "Đại biểu tặng quà đồng bào Khmer"


def test_latest_news_shows_the_photo_of_a_story_that_only_has_one_in_its_body(live_server, open_page, news_index):
    factories.NewsPageFactory(
        parent=news_index, body__0__paragraph__value="<p>Mở đầu.</p>", body__1__photo__alt=BODY_ALT
    )
    page = open_page(live_server.url + "/", width=360)
    picture = page.locator(".home-news .news-card__image").first
    assert picture.get_attribute("alt") == BODY_ALT
    picture.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=picture.element_handle())


def test_the_language_switch_keeps_the_page_number_and_the_filter(live_server, open_page, news_index, khmer_news_index):
    khmer = Locale.objects.get(language_code="km")
    for n in range(11):
        factories.NewsPageFactory(parent=news_index, body=[])
        factories.NewsPageFactory(parent=khmer_news_index, locale=khmer, title=f"ព័ត៌មាន {n}", slug=f"km-{n}", body=[])
    page = open_page(live_server.url + "/tin-tuc/?page=2", width=360)
    page.locator('.language-switcher a[hreflang="km"]').click()
    page.wait_for_load_state()
    assert page.url == live_server.url + "/km/tin-tuc/?page=2"
    assert page.locator('.pagination [aria-current="page"]').inner_text().strip() in {"2", "២"}

    library = factories.DocumentIndexPageFactory(parent=news_index.get_parent())
    decision = factories.DocumentTypeFactory(name="Quyết định", slug="quyet-dinh")
    translate(decision, {"Quyết định": "សេចក្តីសម្រេច"})
    factories.DocumentPageFactory(parent=library, document_type=decision)
    translate(library, {"Văn bản": "ឯកសារ"})
    page = open_page(live_server.url + "/van-ban/?type=quyet-dinh", width=360)
    page.locator('.language-switcher a[hreflang="km"]').click()
    page.wait_for_load_state()
    assert page.url == live_server.url + "/km/van-ban/?type=quyet-dinh"


def test_topics_index_and_programme_dates_look_right(live_server, open_page, khmer_home, program_index):
    people = factories.TopicFactory(
        name="Người có uy tín", slug="nguoi-co-uy-tin", description="Tin về người có uy tín."
    )
    translate(people, {"Người có uy tín": "អ្នកមានកិត្យានុភាព", people.description: "ព័ត៌មានអំពីអ្នកមានកិត្យានុភាព។"})
    factories.TopicFactory(name="Chính sách dân tộc", slug="chinh-sach-dan-toc")
    programme = factories.ProgramPageFactory(parent=program_index, decision_date=datetime.date(2021, 10, 14))
    for width in (360, 1280):
        for prefix in ("", "/km"):
            page = open_page(f"{live_server.url}{prefix}/chuyen-muc/", width=width)
            assert page.locator(".topic-index__item").count() == 2
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
            save_screenshot(page, f"{prefix.strip('/') or 'vi'}-topics-{width}")
        page = open_page(live_server.url + programme.url, width=width)
        assert "ngày 14 tháng 10 năm 2021" in page.locator(".facts").inner_text()
        save_screenshot(page, f"vi-programme-{width}")
