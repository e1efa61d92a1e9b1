"""In a real browser: Khmer pages use the Khmer font, Vietnamese pages never download it."""

import pytest

from tests import factories
from tests.browser.conftest import save_screenshot
from tests.translation import translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

KHMER_FONT = "noto-sans-khmer"


@pytest.fixture
def article_pair(khmer_news_index, news_index):
    article = factories.NewsPageFactory(
        parent=news_index,
        title="Hội nghị sơ kết công tác dân tộc",
        slug="hoi-nghi-so-ket",
        body__0__paragraph__value="<p>Ban Dân tộc tỉnh Trà Vinh tổ chức Hội nghị sơ kết.</p>",
        body__1__photo__caption="Quang cảnh Hội nghị.",
        body__1__photo__alt="Đại biểu ngồi trong hội trường",
    )
    khmer = translate(
        article,
        {
            article.title: "សន្និសីទបូកសរុបការងារជនជាតិ",
            article.lead: "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញបានរៀបចំសន្និសីទ។",
            article.credit: "ព័ត៌មាន និងរូបថត៖ Cảnh Tuân",
            "Ban Dân tộc tỉnh Trà Vinh tổ chức Hội nghị sơ kết.": "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញរៀបចំសន្និសីទបូកសរុប។",
            "Quang cảnh Hội nghị.": "ទិដ្ឋភាពសន្និសីទ។",
            "Đại biểu ngồi trong hội trường": "តំណាងអង្គុយក្នុងសាលប្រជុំ",
        },
    )
    return article, khmer


def test_khmer_article_renders_with_the_khmer_font(live_server, open_page, article_pair):
    _, khmer = article_pair
    page = open_page(live_server.url + khmer.url, width=360)
    assert page.evaluate("document.documentElement.lang") == "km"
    assert page.locator("h1").inner_text() == "សន្និសីទបូកសរុបការងារជនជាតិ"
    assert page.locator("figcaption").first.inner_text() == "ទិដ្ឋភាពសន្និសីទ។"
    page.evaluate("document.fonts.ready")
    loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)")
    assert any("Noto Sans Khmer" in family for family in loaded)
    assert "Noto Sans Khmer" in page.locator("h1").evaluate("e => getComputedStyle(e).fontFamily")
    line_height = page.locator(".article__lead").evaluate(
        "e => parseFloat(getComputedStyle(e).lineHeight) / parseFloat(getComputedStyle(e).fontSize)"
    )
    assert line_height >= 1.7  # room for stacked Khmer consonants and vowels
    no_horizontal_scroll = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert no_horizontal_scroll
    save_screenshot(page, "km-article-360")
    save_screenshot(open_page(live_server.url + khmer.url, width=1280), "km-article-1280")


def test_vietnamese_article_never_downloads_the_khmer_font(browser, live_server, article_pair):
    article, _ = article_pair
    page = browser.new_page(viewport={"width": 360, "height": 800})
    fonts = []
    page.on("request", lambda request: fonts.append(request.url) if request.resource_type == "font" else None)
    page.goto(live_server.url + article.url, wait_until="networkidle")
    page.evaluate("document.fonts.ready")
    assert fonts, "the Vietnamese font files are served by the site"
    assert not [url for url in fonts if KHMER_FONT in url]
    # The link to the Khmer page names the language in Khmer letters, from a 2 KB subset.
    switcher = page.locator('.language-switcher a[lang="km"]')
    assert switcher.inner_text() == "ភាសាខ្មែរ"
    assert [url for url in fonts if "khmer-language-name" in url]
    loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)")
    assert any("Khmer Language Name" in family for family in loaded)
    save_screenshot(page, "vi-article-360")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.wait_for_load_state("networkidle")  # the wider photo from the srcset
    save_screenshot(page, "vi-article-1280")
    page.close()
