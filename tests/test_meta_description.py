"""Each page describes itself to search engines and link previews: its search description, else the first
sentence of its lead, plain text, at most 160 characters, in the page's language."""

import re
import unicodedata

import pytest

from core.text import meta_description
from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db

LEAD = "Sáng ngày 27/6/2022, Ban Dân tộc tỉnh tổ chức Hội nghị sơ kết. Đại biểu các sở, ngành tham dự."
KHMER_LEAD = "នៅព្រឹកថ្ងៃទី២៧ គណៈកម្មាធិការជនជាតិខេត្តបានរៀបចំសន្និសីទបូកសរុប។ តំណាងមន្ទីរនានាបានចូលរួម។"


def og_description(html):
    found = re.search(r'<meta property="og:description" content="([^"]*)">', html)
    return found.group(1) if found else None


def test_a_story_is_described_by_the_first_sentence_of_its_lead(client, news_index):
    story = factories.NewsPageFactory(parent=news_index, lead=LEAD)
    expected = "Sáng ngày 27/6/2022, Ban Dân tộc tỉnh tổ chức Hội nghị sơ kết."
    assert story.get_meta_description() == expected
    assert og_description(client.get(story.url).content.decode()) == expected


def test_the_editors_search_description_wins(client, news_index):
    story = factories.NewsPageFactory(parent=news_index, lead=LEAD, search_description="Hội nghị sơ kết 6 tháng.")
    assert story.get_meta_description() == "Hội nghị sơ kết 6 tháng."


def test_a_khmer_page_is_described_in_khmer(client, news_index, khmer_news_index):
    story = factories.NewsPageFactory(parent=news_index, lead=LEAD, body=[], title="Hội nghị")
    km = translate(story, {"Hội nghị": "សន្និសីទ", LEAD: KHMER_LEAD, story.credit: "ព័ត៌មាន"})
    expected = "នៅព្រឹកថ្ងៃទី២៧ គណៈកម្មាធិការជនជាតិខេត្តបានរៀបចំសន្និសីទបូកសរុប។"
    assert km.get_meta_description() == expected
    assert og_description(client.get(km.url).content.decode()) == expected


def test_sections_and_programmes_use_their_introduction_or_summary(news_index, program_index):
    news_index.intro = "Tin hoạt động của Ban Dân tộc tỉnh. Cập nhật hằng ngày."
    assert news_index.get_meta_description() == "Tin hoạt động của Ban Dân tộc tỉnh."
    programme = factories.ProgramPageFactory(parent=program_index)
    assert programme.get_meta_description() == programme.summary


def test_a_page_with_no_text_has_no_description(news_index):
    assert news_index.get_meta_description() == ""


def test_descriptions_are_plain_text_of_at_most_160_characters():
    long_vietnamese = "Ban Dân tộc " * 30
    text = meta_description(lead=long_vietnamese)
    assert len(text) <= 160 and text.endswith("…") and not text.endswith(" …")
    assert meta_description(written="<b>Tin</b> &amp; ảnh") == "Tin & ảnh"


def test_khmer_without_spaces_is_never_cut_inside_a_cluster():
    khmer = "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ" * 10
    text = meta_description(lead=khmer)
    assert len(text) <= 160
    kept = text.removesuffix("…")
    assert khmer.startswith(kept) and text.endswith("…")
    assert not unicodedata.category(khmer[len(kept)]).startswith("M") and kept[-1] != "\u17d2"
