"""Translating pages with wagtail-localize: captions and alt text travel, half-done work stays private."""

import pytest
from django.test import TestCase
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from news.models import NewsPage
from tests import factories
from tests.translation import fill_segments, translate

pytestmark = pytest.mark.django_db

KHMER = {
    "Hội nghị sơ kết công tác dân tộc": "សន្និសីទបូកសរុបការងារជនជាតិ",
    "Ban Dân tộc tỉnh tổ chức hội nghị.": "គណៈកម្មាធិការជនជាតិខេត្តរៀបចំសន្និសីទ។",
    "Tin, ảnh: Cảnh Tuân, Văn phòng": "ព័ត៌មាន និងរូបថត៖ Cảnh Tuân ការិយាល័យ",
    "Mở đầu bài viết.": "សេចក្តីផ្តើមនៃអត្ថបទ។",
    "Ông Kiên Ninh phát biểu khai mạc Hội nghị.": "លោក Kiên Ninh ថ្លែងសុន្ទរកថាបើកសន្និសីទ។",
    "Ông Kiên Ninh đứng phát biểu tại bục": "លោក Kiên Ninh ឈរថ្លែងនៅវេទិកា",
    "Quang cảnh Hội nghị.": "ទិដ្ឋភាពសន្និសីទ។",
    "Đại biểu ngồi trong hội trường": "តំណាងអង្គុយក្នុងសាល",
}


@pytest.fixture
def article(news_index):
    return factories.NewsPageFactory(
        parent=news_index,
        title="Hội nghị sơ kết công tác dân tộc",
        slug="hoi-nghi-so-ket-cong-tac-dan-toc",
        lead="Ban Dân tộc tỉnh tổ chức hội nghị.",
        body__0__paragraph__value="<p>Mở đầu bài viết.</p>",
        body__1__photo__caption="Ông Kiên Ninh phát biểu khai mạc Hội nghị.",
        body__1__photo__alt="Ông Kiên Ninh đứng phát biểu tại bục",
        body__2__photo__caption="Quang cảnh Hội nghị.",
        body__2__photo__alt="Đại biểu ngồi trong hội trường",
    )


def test_captions_and_alt_texts_are_translation_segments(article):
    source, _ = TranslationSource.get_or_create_from_instance(article)
    segments = {s.context.path: s.string.data for s in StringSegment.objects.filter(source=source)}
    photo_ids = [block.id for block in article.body if block.block_type == "photo"]
    for block_id in photo_ids:
        assert f"body.{block_id}.caption" in segments
        assert f"body.{block_id}.alt" in segments
    assert "slug" not in segments  # synchronised, never translated
    assert segments["title"] == article.title


def test_translated_page_shows_khmer_title_captions_and_alt_text(client, article, khmer_news_index):
    khmer = translate(article, KHMER)
    response = client.get(khmer.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>សន្និសីទបូកសរុបការងារជនជាតិ</h1>" in html
    assert "<figcaption>លោក Kiên Ninh ថ្លែងសុន្ទរកថាបើកសន្និសីទ។" in html
    assert "<figcaption>ទិដ្ឋភាពសន្និសីទ។" in html
    assert 'alt="លោក Kiên Ninh ឈរថ្លែងនៅវេទិកា"' in html
    assert 'alt="តំណាងអង្គុយក្នុងសាល"' in html
    assert "Quang cảnh Hội nghị." not in html


def test_translation_keeps_slug_date_and_images_of_the_source(article, khmer_news_index):
    khmer = translate(article, KHMER)
    assert khmer.slug == article.slug
    assert khmer.date == article.date
    source_images = [b.value["image"].pk for b in article.body if b.block_type == "photo"]
    khmer_images = [b.value["image"].pk for b in khmer.body if b.block_type == "photo"]
    assert khmer_images == source_images


def test_half_translated_page_is_not_live_in_khmer(client, article, khmer_news_index):
    """A translator's unfinished work (saved as a draft) never serves Vietnamese under /km/."""
    half = {k: v for k, v in KHMER.items() if k in (article.title, article.lead)}
    translation, missing = fill_segments(article, half)
    assert missing  # captions still untranslated
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=False)
    khmer = article.get_translation(khmer_news_index.locale)
    assert not khmer.live
    assert client.get("/km/tin-tuc/hoi-nghi-so-ket-cong-tac-dan-toc/").status_code == 404


def test_translate_action_on_a_live_page_creates_a_draft(client, article, khmer_news_index):
    """The admin's "Translate" action (TranslationCreator) must not publish the Vietnamese copy."""
    from wagtail_localize.operations import translate_object

    translate_object(article, [khmer_news_index.locale])
    khmer = NewsPage.objects.get(translation_key=article.translation_key, locale=khmer_news_index.locale)
    assert not khmer.live
    assert client.get(f"/km/tin-tuc/{article.slug}/").status_code == 404


def test_source_change_marks_translation_out_of_date_without_losing_work(article, khmer_news_index):
    translate(article, KHMER)
    source = TranslationSource.objects.get_for_instance(article)
    article.lead = "Ban Dân tộc tỉnh tổ chức hội nghị sơ kết."
    article.save_revision().publish()
    source.update_from_db()
    translation = Translation.objects.get(source=source)
    progress_total, progress_done = translation.get_progress()
    assert progress_done == progress_total - 1  # only the changed lead needs translating again
    khmer = Page.objects.get(translation_key=article.translation_key, locale=khmer_news_index.locale).specific
    assert khmer.title == KHMER[article.title]
