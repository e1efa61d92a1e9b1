"""WCAG 2.2 AA in both languages: axe-core on the public pages of the demo site, and the keyboard path.

Add a page to PAGES (a path that exists in the demo, in Vietnamese; its Khmer twin is checked too)
to have it checked.
"""

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from news import demo_data as news_demo_data
from programs import demo_data as programs_demo_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.2 A and AA, target size (2.5.8) included.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]

PAGES = {
    "home": "/",
    "news list": "/tin-tuc/",
    "news article": f"/tin-tuc/{news_demo_data.SEED_ARTICLE['slug']}/",
    "programme": f"/chuong-trinh/{programs_demo_data.PROGRAMS[0]['slug']}/",
    "feedback": "/hoi-dap/",
    "leaders": "/gioi-thieu/lanh-dao/",
    "organisation": "/gioi-thieu/co-cau-to-chuc/",
    "contact": "/lien-he/",
    "document library": "/van-ban/",
    "search": "/tim-kiem/?q=dan+toc",
}


@pytest.fixture
def demo_site():
    call_command("load_demo", verbosity=0)


def axe_violations(page):
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `npm ci` (make test does)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", AXE_TAGS
    )
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']} {node['failureSummary'][:160]}"
        for violation in result["violations"]
        for node in violation["nodes"][:5]
    ]


def test_public_pages_have_no_axe_violations_in_either_language(live_server, browser, demo_site):
    found = {}
    for width in (360, 1280):
        # axe is injected as a script: let it in past the site's Content-Security-Policy.
        page = browser.new_page(viewport={"width": width, "height": 800}, bypass_csp=True)
        for name, path in PAGES.items():
            for url in (path, "/km" + path):
                response = page.goto(live_server.url + url, wait_until="networkidle")
                assert response.status == 200, url
                violations = axe_violations(page)
                if violations:
                    found[f"{name} {url} @{width}px"] = violations
        page.close()
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)


def test_keyboard_path_with_visible_focus_and_200_percent_zoom(live_server, browser, demo_site):
    page = browser.new_page(viewport={"width": 360, "height": 800})
    page.goto(live_server.url + "/km/hoi-dap/", wait_until="networkidle")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.goto(live_server.url + "/km/hoi-dap/", wait_until="networkidle")
    reached = []
    for _ in range(30):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("[document.activeElement.textContent.trim(), document.activeElement.lang]"))
    texts = [text for text, _lang in reached]
    assert ["Tiếng Việt", "vi"] in reached  # the switcher link, marked as Vietnamese on a Khmer page
    assert "ទំព័រដើម" in texts and "ផ្ញើ" in texts  # menu and the form's button
    page.close()
    # 200 % zoom of a 1280 px window lays out like a 640 px one at twice the size: nothing scrolls sideways.
    page = browser.new_page(viewport={"width": 640, "height": 400}, device_scale_factor=2)
    for url in ("/km/hoi-dap/", PAGES["news article"], "/km" + PAGES["leaders"]):
        page.goto(live_server.url + url, wait_until="networkidle")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), url
    page.close()
