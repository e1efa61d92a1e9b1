"""In the translation editor a translator's main action is "Submit for review", and the editor keeps up."""

import pytest
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from tests.browser.conftest import save_screenshot
from tests.browser.test_translators_workflow import KHMER, article, go, log_in, team, translate_segment  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def open_new_translation(open_page, live_server, article):  # noqa: F811
    page = log_in(open_page, live_server, "bien-dich")
    go(page, f"{live_server.url}/admin/localize/submit/page/{article.pk}/")
    page.check("input[name=locales]")
    with page.expect_navigation():
        page.locator("main [type=submit]").last.click()
    page.wait_for_selector(".js-translation-editor li")
    page.wait_for_load_state("networkidle")
    return page


def test_the_translators_main_button_is_submit_for_review_and_delete_is_secondary(
    live_server, open_page, team, article  # noqa: F811
):
    profile = UserProfile.get_for_user(team["translator"])
    profile.preferred_language = "km"
    profile.save()
    page = open_new_translation(open_page, live_server, article)
    footer = page.locator("footer.editorial-footer")
    expect(footer.locator(".editorial-footer__primary button")).to_have_text("ដាក់ជូនពិនិត្យ")
    expect(page.locator(".js-translation-editor footer")).to_be_hidden()
    expect(footer.get_by_text("លុប")).to_be_hidden()  # in the closed "more actions" menu
    footer.locator("summary").click()
    expect(footer.get_by_text("លុប")).to_be_visible()
    style = page.locator(".js-translation-editor li p").first.evaluate("e => getComputedStyle(e).fontStyle")
    assert style == "normal"
    save_screenshot(page, "admin-km-translator-footer")


def test_the_untranslated_note_goes_away_once_every_segment_is_filled(
    live_server, open_page, team, article  # noqa: F811
):
    page = open_new_translation(open_page, live_server, article)
    note = page.locator("[data-editorial-incomplete]")
    expect(note).to_be_visible()
    for source, khmer in KHMER.items():
        translate_segment(page, source, khmer)
    page.locator("body").click()
    expect(note).to_be_hidden(timeout=5000)
