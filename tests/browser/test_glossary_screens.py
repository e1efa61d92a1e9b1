"""The glossary's admin screens as a moderator sees them, in Vietnamese and in Khmer, at 1280 and 360 px:
the terms, a term's form, the CSV import with a bad line, and the terminology report. No English, no
stray Vietnamese interface text (the terms themselves are content), Khmer in Noto Sans Khmer.
Screenshots: test-artifacts/glossary-<lang>-<screen>-<width>.png."""

import unicodedata

import pytest
from django.test import TestCase
from django.urls import reverse

from editorial.review import start_review
from glossary.csvio import import_glossary
from news.models import NewsPage
from tests import factories
from tests.browser.conftest import save_screenshot
from tests.browser.test_admin_screens import AUTONYMS, COLLECT, KHMER_FONT_LOADED, VIETNAMESE, english_msgids
from tests.browser.test_translators_workflow import log_in
from tests.test_glossary import AGENCY_VI, GLOSSARY_CSV, KHMER, PRESTIGE_VI, admin_language
from tests.translation import fill_segments

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CONTENT = [*KHMER, PRESTIGE_VI, AGENCY_VI, "Quyết định 12/2018/QĐ-TTg", "bad.csv"]


def problems(page, language, screen):
    english = english_msgids(language)
    found = []
    for where, value in page.evaluate(COLLECT):
        text = unicodedata.normalize("NFC", value).strip()
        for content in sorted(CONTENT + AUTONYMS, key=len, reverse=True):
            text = text.replace(content, "")
        bare = text.strip().rstrip(" *:").strip()
        if bare in english:
            found.append(f"{screen}: English {where}: {value!r}")
        elif language == "km" and VIETNAMESE.search(bare):
            found.append(f"{screen}: Vietnamese {where}: {value!r}")
    if language == "km" and not page.evaluate(KHMER_FONT_LOADED):
        found.append(f"{screen}: Noto Sans Khmer not loaded")
    return found


@pytest.fixture
def published_problem(news_index, khmer_news_index):
    import_glossary(GLOSSARY_CSV.encode())
    article = factories.NewsPageFactory(
        parent=news_index,
        title="Tuyên dương người có uy tín",
        slug="tuyen-duong",
        lead="Ban Dân tộc tỉnh Trà Vinh tổ chức lễ tuyên dương.",
        credit="Tin: Văn phòng Ban",
        body__0__paragraph__value="<p>Mở đầu.</p>",
    )
    translation, _ = fill_segments(article, KHMER)
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    return translation


@pytest.fixture
def in_review(published_problem):
    """The same Khmer page, submitted again for review: the moderator's review lists its warnings."""
    khmer = NewsPage.objects.get(pk=published_problem.get_target_instance().pk)
    khmer.save_revision()
    start_review(khmer, factories.UserFactory(username="bien-dich", groups=["Translators"]))
    return khmer


@pytest.mark.parametrize("language", ["vi", "km"])
def test_glossary_screens_in_the_moderators_language(language, live_server, open_page, in_review):
    moderator = admin_language(factories.UserFactory(username="kiem-duyet", groups=["Moderators"]), language)
    page = log_in(open_page, live_server, moderator.username)
    found = []
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 800})
        for screen, url in [
            ("terms", reverse("glossary_glossaryterm:index")),
            ("add", reverse("glossary_glossaryterm:add")),
            ("report", reverse("glossary:report")),
            ("review", reverse("editorial:review_translation", args=[in_review.pk])),
        ]:
            page.goto(live_server.url + url, wait_until="networkidle")
            save_screenshot(page, f"glossary-{language}-{screen}-{width}")
            found += problems(page, language, screen)
        page.goto(live_server.url + reverse("glossary:import"), wait_until="networkidle")
        bad = (GLOSSARY_CSV + "trang,,,\n").encode()
        page.set_input_files("input[type=file]", {"name": "bad.csv", "mimeType": "text/csv", "buffer": bad})
        with page.expect_navigation():
            page.locator("main form [type=submit]").click()
        assert page.locator("[data-glossary-problems] td", has_text="4").count() == 1
        save_screenshot(page, f"glossary-{language}-import-errors-{width}")
        found += problems(page, language, "import-errors")
    report_text = page.goto(live_server.url + reverse("glossary:report")) and page.inner_text("main")
    assert "អ្នកមានឥទ្ធិពល" in report_text
    page.goto(live_server.url + reverse("editorial:review_translation", args=[in_review.pk]))
    assert page.locator("[data-translation-warnings] li").count() == 2
    assert found == [], "\n" + "\n".join(found)
