"""Only a moderator makes Khmer text live, and never text that is not Khmer: every admin route attacked.

Routes, each through its real admin URL: wagtail-localize's "Update translations" / "Sync translated
pages" with "Publish immediately"; the translation editor's publish (page and snippet edit views);
"Submit for review" (the project's); "Convert to alias page"; Wagtail's bulk publish; Wagtail's own
page editor after a translation is stopped; the locale synchronisation settings; approving a Khmer page
in review (Wagtail's workflow action, the editor's Approve, the project's review). The footer's
review is in tests/test_translation_lifecycle.py.
"""

import pytest
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation, TranslationSource

from news.models import NewsPage
from tests import factories
from tests.translation import fill_segments, translate

pytestmark = pytest.mark.django_db

KHMER = {
    "Hội nghị sơ kết": "សន្និសីទបូកសរុប",
    "Ban Dân tộc tỉnh thăm hỏi đồng bào.": "គណៈកម្មាធិការជនជាតិខេត្តសួរសុខទុក្ខបងប្អូន។",
    "Tin, ảnh: Cảnh Tuân, Văn phòng": "ព័ត៌មាន និងរូបថត៖ Cảnh Tuân",
    "Mở đầu.": "សេចក្តីផ្តើម។",
}
NEW_VIETNAMESE = "Đoạn mới chưa dịch."
REFUSED_TO_TRANSLATORS = "Chỉ người kiểm duyệt mới có thể xuất bản bản tiếng Khmer"
REFUSED_INCOMPLETE = "Một số đoạn chưa được dịch"
REFUSED_SOURCE_NOT_LIVE = "Trang tiếng Việt chưa được xuất bản"


@pytest.fixture
def article(news_index, khmer_news_index):
    return factories.NewsPageFactory(
        parent=news_index, title="Hội nghị sơ kết", slug="hoi-nghi-so-ket", body__0__paragraph__value="<p>Mở đầu.</p>"
    )


@pytest.fixture
def live_khmer(article):
    return translate(article, KHMER)


@pytest.fixture
def edited_source(article, live_khmer):
    """A moderator publishes a Vietnamese edit: the source gains a segment nobody has translated."""
    article.body.append(("paragraph", RichText(f"<p>{NEW_VIETNAMESE}</p>")))
    article.save_revision().publish()
    return TranslationSource.objects.get(object_id=article.translation_key)


def khmer_url(client):
    client.logout()
    return client.get("/km/tin-tuc/hoi-nghi-so-ket/")


def khmer_row(article):
    return NewsPage.objects.get(translation_key=article.translation_key, locale__language_code="km")


def update_and_publish(client, source):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
            follow=True,
        )


@pytest.mark.parametrize("role", ["translator", "editor"])
def test_update_view_never_publishes_for_translators_or_editors(request, client, role, article, edited_source):
    client.force_login(request.getfixturevalue(role))
    response = update_and_publish(client, edited_source)
    khmer = khmer_row(article)
    assert NEW_VIETNAMESE not in str(khmer.body)
    assert khmer.live_revision.user is None  # still the reviewed version published by the loader
    assert response.status_code == 200 and REFUSED_TO_TRANSLATORS in response.content.decode()
    page = khmer_url(client)
    assert page.status_code == 200 and NEW_VIETNAMESE not in page.content.decode()


def test_update_view_refuses_a_moderator_while_segments_are_untranslated(client, moderator, article, edited_source):
    client.force_login(moderator)
    response = update_and_publish(client, edited_source)
    assert NEW_VIETNAMESE not in str(khmer_row(article).body)
    assert REFUSED_INCOMPLETE in response.content.decode()
    assert NEW_VIETNAMESE not in khmer_url(client).content.decode()


def test_update_view_publishes_a_complete_translation_for_a_moderator(client, moderator, article, edited_source):
    fill_segments(article, {**KHMER, NEW_VIETNAMESE: "កថាខណ្ឌថ្មី។"})
    client.force_login(moderator)
    update_and_publish(client, edited_source)
    assert "កថាខណ្ឌថ្មី។" in khmer_url(client).content.decode()


def test_update_view_without_publishing_changes_no_live_page(client, translator, article, edited_source):
    client.force_login(translator)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(reverse("wagtail_localize:update_translations", args=[edited_source.pk]), {})
    assert response.status_code == 302
    assert NEW_VIETNAMESE not in khmer_url(client).content.decode()


@pytest.fixture
def page_in_moderation(news_index, khmer_news_index, editor):
    """An editor's new page, submitted to the Moderation workflow and not live."""
    page = factories.NewsPageFactory(parent=news_index, title="Bài chờ duyệt", slug="bai-cho-duyet", live=False)
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return page


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_a_page_waiting_for_moderation_never_gets_a_live_khmer_copy(request, client, role, page_in_moderation):
    km = Locale.objects.get(language_code="km")
    client.force_login(request.getfixturevalue(role))
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(reverse("wagtail_localize:submit_page_translation", args=[page_in_moderation.pk]), {"locales": [km.pk]})
    fill_segments(page_in_moderation, dict.fromkeys(segment_texts(page_in_moderation), "អត្ថបទ"))
    source = TranslationSource.objects.get(object_id=page_in_moderation.translation_key)
    response = update_and_publish(client, source)
    assert not Page.objects.filter(translation_key=page_in_moderation.translation_key, live=True).exists()
    expected = REFUSED_TO_TRANSLATORS if role == "editor" else REFUSED_SOURCE_NOT_LIVE
    assert expected in response.content.decode()
    client.logout()
    assert client.get("/km/tin-tuc/bai-cho-duyet/").status_code == 404


def segment_texts(page):
    source = TranslationSource.objects.get(object_id=page.translation_key)
    return [segment.string.data for segment in source.stringsegment_set.select_related("string")]


def test_submit_for_review_leaves_the_live_khmer_page_as_reviewed(client, translator, moderator, article, live_khmer):
    translation, _ = fill_segments(article, {**KHMER, "Hội nghị sơ kết": "សន្និសីទបូកសរុប (កែ)"})
    client.force_login(translator)
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(reverse("editorial:submit_for_review", args=[translation.pk]))
    khmer = khmer_row(article)
    assert khmer.title == "សន្និសីទបូកសរុប"  # the live row: what readers get at the next cache miss
    assert khmer.get_latest_revision_as_object().title == "សន្និសីទបូកសរុប (កែ)"
    assert "(កែ)" not in khmer_url(client).content.decode()

    client.force_login(moderator)
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(reverse("editorial:review_translation", args=[khmer.pk]), {"action": "approve"})
    assert "(កែ)" in khmer_url(client).content.decode()


def test_translation_editor_publish_refuses_an_incomplete_translation(client, moderator, article, edited_source):
    client.force_login(moderator)
    edit = reverse("wagtailadmin_pages:edit", args=[khmer_row(article).pk])
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(edit, {"action": "publish"}, follow=True)
    assert REFUSED_INCOMPLETE in response.content.decode()
    assert NEW_VIETNAMESE not in khmer_url(client).content.decode()


@pytest.mark.parametrize("role", ["translator", "moderator"])
def test_convert_to_alias_never_puts_vietnamese_under_km(request, client, role, article, live_khmer):
    client.force_login(request.getfixturevalue(role))
    url = reverse("wagtail_localize:convert_to_alias", args=[live_khmer.pk])
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(url)
        client.post(reverse("wagtailadmin_pages:edit", args=[live_khmer.pk]), {"localize-convert-to-alias": "1"})
    assert khmer_row(article).alias_of_id is None
    assert "សន្និសីទបូកសរុប" in khmer_url(client).content.decode()


def test_bulk_publish_by_a_translator_publishes_nothing(client, translator, article):
    translation, _ = fill_segments(article, KHMER)
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=False)
    draft = khmer_row(article)
    client.force_login(translator)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={draft.pk}"
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(url, {"include_descendants": ""})
    assert not khmer_row(article).live


@pytest.mark.parametrize("role, publishes", [("translator", False), ("moderator", True)])
def test_wagtail_editor_of_a_stopped_translation_publishes_for_moderators_only(
    request, client, role, publishes, article, live_khmer
):
    translation = Translation.objects.get(source__object_id=article.translation_key)
    client.force_login(request.getfixturevalue(role))
    client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]), {"next": "/admin/"})
    edit = reverse("wagtailadmin_pages:edit", args=[live_khmer.pk])
    form = nested_form_data(
        {
            "title": "ចំណងជើងថ្មី",
            "slug": "hoi-nghi-so-ket",
            "date": "2022-06-27",
            "lead": "សេចក្តីសង្ខេប។",
            "body": streamfield([("paragraph", rich_text("<p>អត្ថបទ។</p>"))]),
            "related_news": inline_formset([]),
            "related_documents": inline_formset([]),
            "action-publish": "1",
        }
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(edit, form)
    assert (khmer_row(article).title == "ចំណងជើងថ្មី") is publishes


@pytest.mark.parametrize("role", ["translator", "editor", "moderator"])
def test_only_superusers_reach_locale_synchronisation(request, client, role):
    client.force_login(request.getfixturevalue(role))
    response = client.get(reverse("wagtaillocales:index"))
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response.url == reverse("wagtailadmin_home")


@pytest.fixture
def khmer_in_review_of_a_withdrawn_original(client, translator, article):
    """A complete Khmer translation waits in "Translation review"; then the Vietnamese page is unpublished."""
    translate(article, KHMER, publish=False)  # the translator's draft
    translation = Translation.objects.get(source__object_id=article.translation_key)
    client.force_login(translator)
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(reverse("editorial:submit_for_review", args=[translation.pk]))
    khmer = khmer_row(article)
    assert khmer.current_workflow_state is not None and not khmer.live
    return khmer


def approve_through_wagtails_workflow_action(client, khmer):
    task_state = khmer.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[khmer.pk, "approve", task_state.pk])
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(url, {"comment": ""}, follow=True)


def approve_in_the_editor(client, khmer):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            reverse("wagtailadmin_pages:edit", args=[khmer.pk]),
            {"action-workflow-action": "true", "workflow-action-name": "approve"},
            follow=True,
        )


def approve_in_the_review(client, khmer):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(reverse("editorial:review_translation", args=[khmer.pk]), {"action": "approve"}, follow=True)


@pytest.mark.parametrize(
    "approve", [approve_through_wagtails_workflow_action, approve_in_the_editor, approve_in_the_review]
)
def test_approving_never_publishes_the_translation_of_a_withdrawn_page(
    client, moderator, article, khmer_in_review_of_a_withdrawn_original, approve
):
    article.unpublish()
    client.force_login(moderator)
    response = approve(client, khmer_in_review_of_a_withdrawn_original)
    assert REFUSED_SOURCE_NOT_LIVE in response.content.decode()
    assert not khmer_row(article).live
    assert khmer_url(client).status_code == 404


def test_approving_through_wagtails_workflow_action_publishes_the_reviewed_khmer(
    client, moderator, article, khmer_in_review_of_a_withdrawn_original
):
    client.force_login(moderator)
    approve_through_wagtails_workflow_action(client, khmer_in_review_of_a_withdrawn_original)
    assert khmer_row(article).live
    assert "សន្និសីទបូកសរុប" in khmer_url(client).content.decode()
