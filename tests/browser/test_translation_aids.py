"""A translator in the Khmer admin keeps a changed article up to date with the aids under each segment."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext, pgettext
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from news.models import NewsPage
from tests import factories
from tests.browser.conftest import ARTIFACTS
from tests.browser.test_translators_workflow import go, log_in
from tests.translation import translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

KHMER = {
    "Hội nghị sơ kết công tác dân tộc": "សន្និសីទបូកសរុបការងារជនជាតិ",
    "Ban Dân tộc tỉnh tổ chức hội nghị sơ kết.": "គណៈកម្មាធិការជនជាតិខេត្តរៀបចំសន្និសីទបូកសរុប។",
    "Đại biểu dự hội nghị tại hội trường.": "តំណាងចូលរួមសន្និសីទនៅសាលប្រជុំ។",
}
CHANGED_LEAD = "Ban Dân tộc tỉnh Trà Vinh tổ chức hội nghị sơ kết."


def in_khmer(text, context=None):
    with translation.override("km"):
        return pgettext(context, text) if context else gettext(text)


@pytest.fixture
def khmer_translator(db):
    user = factories.UserFactory(username="bien-dich", groups=["Translators"])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "km"
    profile.save()
    return user


@pytest.fixture
def article(news_index, khmer_news_index):
    page = factories.NewsPageFactory(
        parent=news_index,
        title="Hội nghị sơ kết công tác dân tộc",
        slug="hoi-nghi-so-ket",
        lead="Ban Dân tộc tỉnh tổ chức hội nghị sơ kết.",
        credit="",
        body__0__paragraph__value="<p>Đại biểu dự hội nghị tại hội trường.</p>",
    )
    translate(page, KHMER)
    return page


def save_segment(locator, name):
    """The editor scrolls inside its own pane: a full-page screenshot would not reach the segment."""
    ARTIFACTS.mkdir(exist_ok=True)
    locator.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def segment(page, source):
    return page.locator("li").filter(has=page.locator("> p", has_text=re.compile(f"^{re.escape(source)}$"))).last


def test_translator_sees_what_changed_and_starts_from_the_previous_khmer(
    live_server, open_page, khmer_translator, article
):
    article.lead = CHANGED_LEAD
    article.save_revision().publish()
    khmer_page = NewsPage.objects.get(translation_key=article.translation_key, locale__language_code="km")

    page = log_in(open_page, live_server, "bien-dich")
    go(page, f"{live_server.url}/admin/pages/{khmer_page.pk}/edit/")
    lead = segment(page, CHANGED_LEAD)
    aid = lead.locator("[data-aid=changes]")
    expect(aid).to_be_visible()
    expect(aid).to_contain_text(in_khmer("The Vietnamese text changed"))
    expect(aid.locator("ins")).to_have_text(re.compile(r"^\s*Trà Vinh\s*$"))
    expect(aid.locator(".govsite-previous-khmer")).to_have_text(KHMER["Ban Dân tộc tỉnh tổ chức hội nghị sơ kết."])
    expect(page.locator("[data-aid=changes]")).to_have_count(1)  # only the changed segment
    assert "Start from it" not in page.locator(".govsite-aids").inner_text()  # no English on the Khmer screen
    save_segment(lead, "translator-changed-segment-km-1280")

    aid.get_by_role("button", name=in_khmer("Start from it")).click()
    textarea = lead.locator("textarea")
    expect(textarea).to_have_value(KHMER["Ban Dân tộc tỉnh tổ chức hội nghị sơ kết."])
    textarea.fill("គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញរៀបចំសន្និសីទបូកសរុប។")
    with page.expect_response(lambda response: "/strings/" in response.url):
        lead.locator("> ul button").last.click()  # the editor's own Save: an ordinary draft translation
    expect(lead).to_have_class(re.compile("complete"))
    page.set_viewport_size({"width": 360, "height": 800})
    save_segment(lead, "translator-changed-segment-km-360")

    with page.expect_navigation():
        page.locator("[data-editorial-submit]").click()

    # The live Khmer page keeps its reviewed lead until a moderator approves the update.
    public = open_page(live_server.url + "/km/tin-tuc/hoi-nghi-so-ket/")
    expect(public.locator("main")).to_contain_text(KHMER["Ban Dân tộc tỉnh tổ chức hội nghị sơ kết."])

    # The moderator (Vietnamese admin) sees the same diff in the side-by-side review.
    factories.UserFactory(username="kiem-duyet", groups=["Moderators"])
    review = log_in(open_page, live_server, "kiem-duyet")
    go(review, f"{live_server.url}/admin/translations/review/{khmer_page.pk}/")
    changed = review.locator("[data-changed-segment]")
    expect(changed).to_have_count(1)
    expect(changed.locator("ins")).to_have_text(re.compile(r"^\s*Trà Vinh\s*$"))
    expect(changed).to_contain_text("Nội dung tiếng Việt đã thay đổi")
    save_segment(review.locator("table.editorial-side-by-side"), "moderator-review-changed-segment-vi-1280")


def test_translator_inserts_a_suggestion_from_the_memory(live_server, open_page, khmer_translator, article, news_index):
    new_article = factories.NewsPageFactory(
        parent=news_index,
        title="Tin mới",
        slug="tin-moi",
        lead="Đại biểu dự hội nghị tại hội trường.",
        credit="",
        body__0__paragraph__value="<p>Các đại biểu dự hội nghị tại hội trường tỉnh.</p>",
    )
    page = log_in(open_page, live_server, "bien-dich")
    go(page, f"{live_server.url}/admin/localize/submit/page/{new_article.pk}/")
    page.check("input[name=locales]")
    with page.expect_navigation():
        page.locator("main [type=submit]").last.click()
    page.wait_for_selector(".js-translation-editor li")
    page.wait_for_load_state("networkidle")

    exact = segment(page, "Đại biểu dự hội nghị tại hội trường.").locator("[data-aid=memory]")
    expect(exact).to_contain_text("100")
    expect(exact).to_contain_text(KHMER["Đại biểu dự hội nghị tại hội trường."])
    similar = segment(page, "Các đại biểu dự hội nghị tại hội trường tỉnh.").locator("[data-aid=memory] li").first
    expect(similar).to_contain_text(KHMER["Đại biểu dự hội nghị tại hội trường."])
    expect(similar.locator(".govsite-score")).not_to_contain_text("100")
    save_segment(segment(page, "Các đại biểu dự hội nghị tại hội trường tỉnh."), "translator-memory-km-1280")

    lead = segment(page, "Đại biểu dự hội nghị tại hội trường.")
    lead.locator("[data-aid=memory]").get_by_role("button", name=in_khmer("Insert", "govsite")).first.click()
    expect(lead.locator("textarea")).to_have_value(KHMER["Đại biểu dự hội nghị tại hội trường."])
