"""The editorial team's day in a real browser: write, moderate, translate, review, keep up to date.

wagtail-localize's translation editor is a React app: segments are found by their source text and
every step waits for the network to settle.
"""

import re

import pytest
from playwright.sync_api import expect
from wagtail.rich_text import RichText

from news.models import NewsPage
from tests import factories
from tests.browser.conftest import save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "mat-khau-thu-nghiem"
KHMER = {
    "Hội nghị tổng kết công tác dân tộc": "សន្និសីទបូកសរុបការងារជនជាតិ",
    "Ban Dân tộc tỉnh tổ chức hội nghị tổng kết.": "គណៈកម្មាធិការជនជាតិខេត្តរៀបចំសន្និសីទបូកសរុប។",
    "Đại biểu dự hội nghị tại hội trường.": "តំណាងចូលរួមសន្និសីទនៅសាលប្រជុំ។",
    "Quang cảnh hội nghị tổng kết.": "ទិដ្ឋភាពសន្និសីទបូកសរុប។",
    "Đại biểu ngồi trong hội trường": "តំណាងអង្គុយក្នុងសាលប្រជុំ",
}


@pytest.fixture
def team(db):
    return {
        "editor": factories.UserFactory(username="bien-tap", groups=["Editors"]),
        "moderator": factories.UserFactory(username="kiem-duyet", groups=["Moderators"]),
        "translator": factories.UserFactory(username="bien-dich", groups=["Translators"]),
    }


@pytest.fixture
def article(news_index, khmer_news_index):
    """A published Vietnamese article with a photo, as test 1 leaves it."""
    return factories.NewsPageFactory(
        parent=news_index,
        title="Hội nghị tổng kết công tác dân tộc",
        slug="hoi-nghi-tong-ket",
        lead="Ban Dân tộc tỉnh tổ chức hội nghị tổng kết.",
        credit="",
        body__0__paragraph__value="<p>Đại biểu dự hội nghị tại hội trường.</p>",
        body__1__photo__caption="Quang cảnh hội nghị tổng kết.",
        body__1__photo__alt="Đại biểu ngồi trong hội trường",
    )


def log_in(open_page, live_server, username):
    page = open_page(live_server.url + "/admin/login/", width=1280)
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.locator(".login-form [type=submit]").click()
    page.wait_for_load_state("networkidle")
    return page


def go(page, url):
    page.goto(url, wait_until="networkidle")
    return page


def open_footer_menu_and_click(page, selector):
    page.locator("footer .w-dropdown__toggle").first.click()
    with page.expect_navigation():
        page.locator(selector).click()
    page.wait_for_load_state("networkidle")


def test_editor_writes_an_article_with_a_photo_and_a_moderator_publishes_it(
    live_server, open_page, team, news_index, khmer_news_index
):
    from wagtail.models import Collection

    factories.ImageFactory(title="Ảnh hội nghị", collection=Collection.get_first_root_node())
    page = log_in(open_page, live_server, "bien-tap")
    go(page, f"{live_server.url}/admin/pages/add/news/newspage/{news_index.pk}/")
    page.fill("#id_title", "Hội nghị tổng kết năm")
    page.fill("#id_lead", "Ban Dân tộc tỉnh tổ chức hội nghị tổng kết năm.")
    page.locator("button.c-sf-add-button").first.click()
    page.get_by_role("option", name="Ảnh", exact=True).click()
    page.locator("#body-0-value-image-chooser button[data-chooser-action-choose]").click()
    page.locator(".modal-dialog a.image-choice").first.click()
    expect(page.locator(".modal-dialog")).to_be_hidden()
    page.fill("#body-0-value-alt", "Đại biểu ngồi trong hội trường")
    page.fill("#body-0-value-caption", "Quang cảnh hội nghị tổng kết năm.")
    open_footer_menu_and_click(page, "button[name=action-submit]")

    article = NewsPage.objects.get(title="Hội nghị tổng kết năm")
    assert not article.live
    assert article.current_workflow_state.workflow.name == "Moderation"

    page = log_in(open_page, live_server, "kiem-duyet")
    go(page, f"{live_server.url}/admin/")
    expect(page.get_by_text("Hội nghị tổng kết năm").first).to_be_visible()  # awaiting review
    go(page, f"{live_server.url}/admin/pages/{article.pk}/edit/")
    open_footer_menu_and_click(page, "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])")

    article.refresh_from_db()
    assert article.live
    public = open_page(live_server.url + article.url)
    expect(public.locator("figcaption").first).to_contain_text("Quang cảnh hội nghị tổng kết năm.")


def translate_segment(page, source, khmer):
    segment = page.locator("li").filter(has=page.locator("p", has_text=re.compile(f"^{re.escape(source)}$"))).last
    segment.get_by_role("button").first.click()  # "Translate"
    segment.locator("textarea").fill(khmer)
    with page.expect_response(lambda response: "/strings/" in response.url):
        segment.locator("> ul button").last.click()  # "Save" (the aids below the segment have buttons too)


def test_translator_translates_and_a_moderator_publishes_the_khmer_page(live_server, open_page, team, article):
    page = log_in(open_page, live_server, "bien-dich")
    go(page, f"{live_server.url}/admin/localize/submit/page/{article.pk}/")
    page.check("input[name=locales]")
    with page.expect_navigation():
        page.locator("main [type=submit]").last.click()
    page.wait_for_selector(".js-translation-editor li")
    page.wait_for_load_state("networkidle")
    for source, khmer in KHMER.items():
        translate_segment(page, source, khmer)
    with page.expect_navigation():
        page.locator("[data-editorial-submit]").click()
    save_screenshot(page, "translator-submitted")
    khmer_page = NewsPage.objects.get(translation_key=article.translation_key, locale__language_code="km")
    assert khmer_page.current_workflow_state.workflow.name == "Translation review"

    page = log_in(open_page, live_server, "kiem-duyet")
    go(page, f"{live_server.url}/admin/translations/review/{khmer_page.pk}/")
    expect(page.locator("td[lang=km]").first).to_be_visible()
    save_screenshot(page, "moderator-side-by-side")
    with page.expect_navigation():
        page.locator("button[value=approve]").click()

    public = open_page(live_server.url + "/km/tin-tuc/hoi-nghi-tong-ket/", width=360)
    assert public.evaluate("document.documentElement.lang") == "km"
    expect(public.locator("h1")).to_have_text("សន្និសីទបូកសរុបការងារជនជាតិ")
    expect(public.locator("figcaption").first).to_contain_text("ទិដ្ឋភាពសន្និសីទបូកសរុប។")
    public.evaluate("document.fonts.ready")
    assert "Noto Sans Khmer" in public.locator("figcaption").first.evaluate("e => getComputedStyle(e).fontFamily")
    loaded = public.evaluate("[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)")
    assert any("Noto Sans Khmer" in family for family in loaded)
    save_screenshot(public, "km-translated-article-360")


def test_translator_sees_the_khmer_page_out_of_date_after_the_vietnamese_one_changes(
    live_server, open_page, team, article
):
    from tests.translation import translate

    translate(article, KHMER)
    article.body[0].value = RichText("<p>Đại biểu dự hội nghị tại hội trường tỉnh.</p>")
    article.save_revision().publish()

    page = log_in(open_page, live_server, "bien-dich")
    go(page, f"{live_server.url}/admin/translations/status/")
    row = page.locator("tr").filter(has_text="Hội nghị tổng kết công tác dân tộc")
    expect(row.locator("[data-status]")).to_have_attribute("data-status", "out_of_date")
    khmer_page = NewsPage.objects.get(translation_key=article.translation_key, locale__language_code="km")
    go(page, f"{live_server.url}/admin/pages/{khmer_page.pk}/edit/")
    page.wait_for_selector(".js-translation-editor li")
    changed = page.locator("li.incomplete").filter(has_text="Đại biểu dự hội nghị tại hội trường tỉnh.")
    expect(changed).to_have_count(1)
    expect(page.locator("li.incomplete")).to_have_count(1)  # everything else is still translated
    save_screenshot(page, "translator-out-of-date")


def test_translator_cannot_open_the_vietnamese_edit_view(live_server, open_page, team, article):
    page = log_in(open_page, live_server, "bien-dich")
    go(page, f"{live_server.url}/admin/pages/{article.pk}/edit/")
    assert page.url.rstrip("/").endswith("/admin")
    expect(page.locator("#page-edit-form")).to_have_count(0)
