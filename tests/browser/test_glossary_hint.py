"""In the translation editor, in Khmer: a segment whose Vietnamese holds a glossary term shows the term and
its approved Khmer, warns when the Khmer uses a forbidden variant, and inserts the approved Khmer."""

import re

import pytest
from django.test import TestCase
from django.utils import translation
from django.utils.translation import gettext, pgettext
from playwright.sync_api import expect

from glossary.csvio import import_glossary
from news.models import NewsPage
from tests import factories
from tests.browser.conftest import save_screenshot
from tests.browser.test_translators_workflow import go, log_in
from tests.test_glossary import (
    AGENCY_KM,
    AGENCY_VI,
    GLOSSARY_CSV,
    PRESTIGE_KM,
    PRESTIGE_VI,
    PRESTIGE_WRONG,
    admin_language,
)
from tests.translation import fill_segments

pytest.importorskip("editorial.segment_aids", reason="the segment-aid registry (issue 15, parts 1-2) is not merged")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "Tuyên dương người có uy tín"
LEAD = "Ban Dân tộc tỉnh Trà Vinh tổ chức lễ tuyên dương."


def segment(page, source):
    return page.locator("li").filter(has=page.locator("> p", has_text=re.compile(f"^{re.escape(source)}$"))).last


@pytest.fixture
def khmer_draft(news_index, khmer_news_index):
    import_glossary(GLOSSARY_CSV.encode())
    article = factories.NewsPageFactory(
        parent=news_index,
        title=TITLE,
        slug="tuyen-duong",
        lead=LEAD,
        credit="",
        body__0__paragraph__value="<p>Mở đầu.</p>",
    )
    draft, _ = fill_segments(article, {TITLE: f"ការសរសើរ{PRESTIGE_WRONG}"})  # the lead is left untranslated
    with TestCase.captureOnCommitCallbacks(execute=True):
        draft.save_target(publish=False)
    return NewsPage.objects.get(translation_key=article.translation_key, locale__language_code="km")


def test_the_editor_shows_the_terms_warns_and_inserts_the_approved_khmer(live_server, open_page, khmer_draft):
    admin_language(factories.UserFactory(username="bien-dich", groups=["Translators"]), "km")
    page = log_in(open_page, live_server, "bien-dich")
    go(page, f"{live_server.url}/admin/pages/{khmer_draft.pk}/edit/")

    title = segment(page, TITLE).locator("[data-aid=glossary]")
    expect(title).to_be_visible()
    expect(title).to_contain_text(PRESTIGE_VI)
    expect(title).to_contain_text(PRESTIGE_KM)
    expect(title.locator("[data-glossary-status=forbidden] [role=status]")).to_contain_text(PRESTIGE_WRONG)
    with translation.override("km"):
        glossary_label, insert_label = gettext("Glossary"), pgettext("govsite", "Insert")
    expect(title).to_contain_text(glossary_label)
    expect(page.locator("[data-aid=glossary]")).to_have_count(2)  # the title and the lead; not "Mở đầu."
    save_screenshot(page, "glossary-hint-km-1280")

    lead = segment(page, LEAD)
    lead.locator("[data-aid=glossary] li", has_text=AGENCY_VI).get_by_role("button", name=insert_label).click()
    expect(lead.locator("textarea")).to_have_value(AGENCY_KM)
    page.set_viewport_size({"width": 360, "height": 800})
    save_screenshot(page, "glossary-hint-km-360")
