"""Editors, Moderators and Translators: what each may do, and the 403 or missing button for the rest."""

import pytest
from django.urls import reverse
from wagtail.models import GroupPagePermission, WorkflowPage

from core.models import SiteFooter
from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db

ARTICLE_KHMER = {
    "Hội nghị sơ kết": "សន្និសីទបូកសរុប",
    "Ban Dân tộc tỉnh thăm hỏi đồng bào.": "គណៈកម្មាធិការជនជាតិខេត្តសួរសុខទុក្ខបងប្អូន។",
    "Tin, ảnh: Cảnh Tuân, Văn phòng": "ព័ត៌មាន និងរូបថត៖ Cảnh Tuân",
    "Mở đầu.": "សេចក្តីផ្តើម។",
}


@pytest.fixture
def article(news_index):
    return factories.NewsPageFactory(
        parent=news_index, title="Hội nghị sơ kết", slug="hoi-nghi-so-ket", body__0__paragraph__value="<p>Mở đầu.</p>"
    )


@pytest.fixture
def khmer_article(article, khmer_news_index):
    return translate(article, ARTICLE_KHMER)


def assert_denied(response):
    """Wagtail answers PermissionDenied in its admin with a redirect to the dashboard and a message."""
    assert response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    ), response


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_home_pages_carry_each_groups_page_permissions(home, khmer_home):
    granted = set(GroupPagePermission.objects.values_list("group__name", "page__locale__language_code", "page__depth"))
    assert ("Editors", "vi", 2) in granted
    assert ("Translators", "km", 2) in granted
    assert ("Editors", "km", 2) not in granted
    assert ("Translators", "vi", 2) not in granted
    assert ("Moderators", "vi", 1) in granted  # the root: both trees


def test_news_and_programme_sections_are_moderated_and_khmer_tree_reviewed(news_index, program_index, khmer_home):
    workflows = dict(WorkflowPage.objects.values_list("page_id", "workflow__name"))
    assert workflows[news_index.pk] == "Moderation"
    assert workflows[program_index.pk] == "Moderation"
    assert workflows[khmer_home.pk] == "Translation review"


def test_editor_creates_and_submits_vietnamese_news_but_cannot_publish(login, editor, article, news_index):
    client = login(editor)
    add = client.get(reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk]))
    assert add.status_code == 200
    html = client.get(edit_url(article)).content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html


def test_editor_cannot_edit_the_khmer_tree(login, editor, khmer_article):
    assert_denied(login(editor).get(edit_url(khmer_article)))


def test_editor_uploads_images_and_documents(login, editor):
    client = login(editor)
    assert client.get(reverse("wagtailimages:add")).status_code == 200
    assert client.get(reverse("wagtaildocs:add")).status_code == 200


def test_moderator_may_publish_in_both_languages(login, moderator, article, khmer_article):
    client = login(moderator)
    assert 'name="action-publish"' in client.get(edit_url(article)).content.decode()
    assert '\\"canPublish\\": true' in client.get(edit_url(khmer_article)).content.decode().replace("&quot;", '\\"')


def test_translator_opens_the_khmer_translation_editor_without_a_publish_button(login, translator, khmer_article):
    response = login(translator).get(edit_url(khmer_article))
    html = response.content.decode().replace("&quot;", '"')
    assert response.status_code == 200
    assert "js-translation-editor" in html
    assert '"canPublish": false' in html
    assert "data-editorial-submit" in html


def test_translator_cannot_publish_through_the_translation_editor(login, translator, article, khmer_news_index):
    khmer = translate(article, ARTICLE_KHMER, publish=False)
    response = login(translator).post(edit_url(khmer), {"action": "publish"}, follow=True)
    assert "Chỉ người kiểm duyệt mới có thể xuất bản bản tiếng Khmer" in response.content.decode()
    khmer.refresh_from_db()
    assert not khmer.live


def test_translator_cannot_open_vietnamese_pages(login, translator, article):
    client = login(translator)
    assert_denied(client.get(edit_url(article)))
    assert_denied(client.get(reverse("wagtailadmin_pages:add", args=["news", "newspage", article.get_parent().pk])))
    assert_denied(client.post(edit_url(article), {"title": "Đã sửa", "action-publish": "1"}))
    article.refresh_from_db()
    assert article.title == "Hội nghị sơ kết"


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Translators"])
def test_no_role_manages_users_groups_sites_or_languages(client, group):
    client.force_login(factories.UserFactory(groups=[group]))
    for name in ("wagtailusers_users:index", "wagtailusers_groups:index", "wagtailsites:index", "wagtaillocales:index"):
        assert_denied(client.get(reverse(name)))


def test_translator_edits_the_khmer_footer_only(login, translator, khmer_home):
    footer = factories.SiteFooterFactory()
    khmer_footer = translate(
        footer,
        {
            footer.site_name: "គេហទំព័រ",
            footer.agency_name: "គណៈកម្មាធិការជនជាតិ",
            footer.address: "អាសយដ្ឋាន",
            footer.responsible_person: "លោក Kiên Ninh",
            footer.reuse_notice: "សូមបញ្ជាក់ប្រភព។",
        },
    )
    client = login(translator)
    assert client.get(reverse("wagtailsnippets_core_sitefooter:edit", args=[khmer_footer.pk])).status_code == 200
    assert_denied(client.get(reverse("wagtailsnippets_core_sitefooter:edit", args=[footer.pk])))
    assert_denied(client.post(reverse("wagtailsnippets_core_sitefooter:edit", args=[footer.pk]), {"site_name": "x"}))
    assert SiteFooter.objects.get(pk=footer.pk).site_name == footer.site_name
