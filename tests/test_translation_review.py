"""A Khmer translation goes to a moderator, who reads it beside the Vietnamese source and publishes it."""

import pytest
from django.test import TestCase, override_settings
from django.urls import reverse

from news.models import NewsPage
from tests import factories
from tests.translation import fill_segments

pytestmark = pytest.mark.django_db

KHMER = {
    "Hội nghị sơ kết": "សន្និសីទបូកសរុប",
    "Ban Dân tộc tỉnh thăm hỏi đồng bào.": "គណៈកម្មាធិការជនជាតិខេត្តសួរសុខទុក្ខបងប្អូន។",
    "Tin, ảnh: Cảnh Tuân, Văn phòng": "ព័ត៌មាន និងរូបថត៖ Cảnh Tuân",
    "Mở đầu.": "សេចក្តីផ្តើម។",
}


@pytest.fixture
def article(news_index, khmer_news_index):
    return factories.NewsPageFactory(
        parent=news_index, title="Hội nghị sơ kết", slug="hoi-nghi-so-ket", body__0__paragraph__value="<p>Mở đầu.</p>"
    )


@pytest.fixture
def translation(article):
    """A translator's work in the translation editor: every segment filled, the Khmer page a draft."""
    translation, missing = fill_segments(article, KHMER)
    assert not missing
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=False)
    return translation


def khmer_page(article):
    return NewsPage.objects.get(translation_key=article.translation_key, locale__language_code="km")


def submit(client, translation):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(reverse("editorial:submit_for_review", args=[translation.pk]))


def review_url(page):
    return reverse("editorial:review_translation", args=[page.pk])


def test_translator_submits_and_the_khmer_page_waits_for_a_moderator(client, translator, article, translation):
    client.force_login(translator)
    assert submit(client, translation).status_code == 302
    khmer = khmer_page(article)
    assert not khmer.live
    assert khmer.current_workflow_state.workflow.name == "Translation review"
    assert client.get("/km/tin-tuc/hoi-nghi-so-ket/").status_code == 404


def test_moderator_reads_source_and_translation_side_by_side_and_publishes(
    client, translator, moderator, article, translation
):
    client.force_login(translator)
    submit(client, translation)
    khmer = khmer_page(article)

    client.force_login(moderator)
    html = client.get(review_url(khmer)).content.decode()
    row = html.split('<td lang="vi">Ban Dân tộc tỉnh thăm hỏi đồng bào.</td>')[1].split("</tr>")[0]
    assert "គណៈកម្មាធិការជនជាតិខេត្តសួរសុខទុក្ខបងប្អូន។" in row
    assert 'value="approve"' in html

    client.post(review_url(khmer), {"action": "approve"})
    khmer.refresh_from_db()
    assert khmer.live
    page = client.get("/km/tin-tuc/hoi-nghi-so-ket/").content.decode()
    assert "សន្និសីទបូកសរុប" in page
    assert "Mở đầu." not in page


def test_translator_cannot_approve_their_own_translation(client, translator, article, translation):
    client.force_login(translator)
    submit(client, translation)
    khmer = khmer_page(article)
    assert 'value="approve"' not in client.get(review_url(khmer)).content.decode()
    denied = client.post(review_url(khmer), {"action": "approve"})
    assert denied.status_code == 302 and denied.url == reverse("wagtailadmin_home")  # Wagtail's PermissionDenied
    assert not khmer_page(article).live


def test_moderator_requests_changes_and_the_translator_resubmits(client, translator, moderator, article, translation):
    client.force_login(translator)
    submit(client, translation)
    client.force_login(moderator)
    client.post(review_url(khmer_page(article)), {"action": "reject"})
    state = khmer_page(article).current_workflow_state
    assert state.status == state.STATUS_NEEDS_CHANGES

    client.force_login(translator)
    submit(client, translation)
    state = khmer_page(article).current_workflow_state
    assert state.status == state.STATUS_IN_PROGRESS


def test_incomplete_translation_is_not_submitted(client, translator, article):
    translation, _ = fill_segments(article, {"Hội nghị sơ kết": "សន្និសីទបូកសរុប"})
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=False)
    client.force_login(translator)
    response = client.post(reverse("editorial:submit_for_review", args=[translation.pk]), follow=True)
    assert "Vui lòng dịch tất cả các đoạn trước khi gửi" in response.content.decode()  # the admin is in Vietnamese
    assert khmer_page(article).current_workflow_state is None


def test_editor_cannot_submit_khmer_translations(client, editor, article, translation):
    client.force_login(editor)
    response = submit(client, translation)
    assert response.status_code == 403 or response.url == reverse("wagtailadmin_home")
    assert khmer_page(article).current_workflow_state is None


@override_settings(GOVSITE_TRANSLATORS_MAY_PUBLISH=True)
def test_site_may_let_translators_publish_directly(client, translator, article, translation):
    client.force_login(translator)
    submit(client, translation)
    khmer = khmer_page(article)
    assert khmer.live
    assert khmer.current_workflow_state is None
    assert "សន្និសីទបូកសរុប" in client.get("/km/tin-tuc/hoi-nghi-so-ket/").content.decode()


def test_the_review_names_fields_in_the_moderators_language_and_shows_photos_by_their_captions(
    client, translator, moderator, news_index, khmer_news_index
):
    article = factories.NewsPageFactory(
        parent=news_index,
        title="Tin có ảnh",
        slug="tin-co-anh",
        body__0__photo__caption="Quang cảnh Hội nghị.",
        body__0__photo__alt="Đại biểu ngồi trong hội trường",
    )
    translation, _missing = fill_segments(article, {})
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=False)
    client.force_login(moderator)
    html = client.get(review_url(khmer_page(article))).content.decode()
    caption_row = html.split('<td lang="vi">Quang cảnh Hội nghị.</td>')[0].rsplit("<tr>", 1)[1]
    assert "Chú thích" in caption_row and "<img" in caption_row
    assert "body.caption" not in html and ">title<" not in html


def test_the_dashboard_row_of_a_translation_opens_the_side_by_side_review(client, translator, moderator, article, translation):
    client.force_login(translator)
    submit(client, translation)
    client.force_login(moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'href="{review_url(khmer_page(article))}" data-editorial-review-link' in dashboard
