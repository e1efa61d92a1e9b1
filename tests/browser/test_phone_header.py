"""The header on a phone: one row at most 120 px tall in both languages, a menu button that opens
and closes the sections from the keyboard, and a menu still reachable without JavaScript.
Screenshots of the home page and an article at 360 and 1280 px go to test-artifacts/."""

import pytest
from django.core.management import call_command

from news import demo_data as news_demo_data
from tests.browser.conftest import ARTIFACTS, save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ARTICLE = f"/{news_demo_data.NEWS_INDEX['slug']}/{news_demo_data.SEED_ARTICLE['slug']}/"
MAX_HEADER_HEIGHT = 120


@pytest.fixture
def demo_site():
    call_command("load_demo", verbosity=0)


def take_screenshots(browser, base_url):
    """Home and the seed article at both widths in both languages, and the open menu, for a person to look at."""
    for width in (360, 1280):
        page = browser.new_page(viewport={"width": width, "height": 740})
        for language, prefix in (("vi", ""), ("km", "/km")):
            for name, path in (("home", "/"), ("article", ARTICLE)):
                page.goto(base_url + prefix + path, wait_until="networkidle")
                save_screenshot(page, f"phone-{name}-{language}-{width}")
            if width == 360:
                page.locator(".menu-toggle").click()
                page.screenshot(path=str(ARTIFACTS / f"phone-menu-open-{language}.png"))
        page.close()


def header_height(page):
    return page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")


def menu_visible(page):
    return page.locator("#site-nav").is_visible()


def test_phone_header_is_one_short_row_and_the_menu_opens_by_keyboard(live_server, browser, open_page, demo_site):
    for prefix, menu_item in (("", "Tin tức"), ("/km", "ព័ត៌មាន")):
        page = open_page(live_server.url + prefix + "/", width=360, height=740)
        assert header_height(page) <= MAX_HEADER_HEIGHT, prefix
        # Name, search, the other language and the menu button share one row.
        tops = page.evaluate(
            """[...document.querySelectorAll('.site-brand, .header-icon--search, .language-switcher a, .menu-toggle')]
               .map(element => Math.round(element.getBoundingClientRect().top + element.getBoundingClientRect().height / 2))"""
        )
        assert len(tops) == 4 and max(tops) - min(tops) <= 4, tops
        button = page.locator("button.menu-toggle")  # site.js turned the no-script link into a button
        assert button.get_attribute("aria-expanded") == "false"
        assert not menu_visible(page)

        button.focus()
        page.keyboard.press("Enter")
        assert button.get_attribute("aria-expanded") == "true"
        assert menu_visible(page)
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('#site-nav') !== null")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == menu_item
        page.keyboard.press("Escape")
        assert button.get_attribute("aria-expanded") == "false"
        assert not menu_visible(page)
        assert page.evaluate("document.activeElement.classList.contains('menu-toggle')")
        page.keyboard.press(" ")
        assert menu_visible(page)
        page.keyboard.press(" ")
        assert not menu_visible(page)

    # Desktop keeps the search form and the menu bar; the button is for phones only.
    page = open_page(live_server.url + "/km/", width=1280)
    assert page.locator(".site-search input").is_visible()
    assert menu_visible(page)
    assert not page.locator(".menu-toggle").is_visible()

    take_screenshots(browser, live_server.url)


def test_without_javascript_the_menu_link_opens_the_menu(live_server, browser, news_index):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(live_server.url + "/", wait_until="networkidle")
    assert not menu_visible(page)
    page.locator("a.menu-toggle").click()
    assert menu_visible(page)
    assert page.locator("#site-nav a", has_text="Tin tức").is_visible()
    context.close()
