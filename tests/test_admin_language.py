"""The admin in Vietnamese for editors and in Khmer for translators who choose it."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db

def admin_language(user, code):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()
    return user


def test_page_editor_explorer_and_images_are_in_vietnamese(client, editor, news_index):
    article = factories.NewsPageFactory(parent=news_index)
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert "Lưu bản nháp" in edit
    assert "Save draft" not in edit
    explorer = client.get(reverse("wagtailadmin_explore", args=[news_index.get_parent().pk])).content.decode()
    assert "Thêm trang con" in explorer
    images = client.get(reverse("wagtailimages:index")).content.decode()
    assert "Hình ảnh" in images
    assert ">Images<" not in images


def test_translation_editor_buttons_in_vietnamese_and_khmer(client, translator):
    url = "/admin/localize/jsi18n/"
    client.force_login(translator)
    vietnamese = client.get(url).content.decode()
    assert "T\\u1ea3i t\\u1ec7p PO v\\u1ec1" in vietnamese or "Tải tệp PO về" in vietnamese
    client.force_login(admin_language(translator, "km"))
    khmer = client.get(url).content.decode()
    assert "PO" in khmer and ("\\u1791\\u17b6\\u1789" in khmer or "ទាញយកឯកសារ PO" in khmer)


def test_translator_switches_the_admin_to_khmer_and_reads_the_projects_strings(
    client, translator, news_index, khmer_news_index
):
    article = factories.NewsPageFactory(parent=news_index, title="Tin thử", body=[])
    khmer = translate(
        article,
        {"Tin thử": "ព័ត៌មានសាកល្បង", article.lead: "សេចក្តីផ្តើម។", article.credit: "ព័ត៌មាន៖ Cảnh Tuân"},
        publish=False,
    )
    client.force_login(admin_language(translator, "km"))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[khmer.pk])).content.decode()
    assert 'lang="km"' in html
    assert "ដាក់ជូនពិនិត្យ" in html  # "Submit for review"
    assert "Submit for review" not in html
    report = client.get(reverse("editorial:translation_status")).content.decode()
    assert "ស្ថានភាពការបកប្រែភាសាខ្មែរ" in report  # "Khmer translation status"


def test_a_pages_topic_and_document_type_choices_are_in_its_language_only(client, editor, news_index, khmer_news_index):
    topic = factories.TopicFactory(name="Chính sách dân tộc")
    translate(topic, {"Chính sách dân tộc": "គោលនយោបាយជនជាតិ"})
    article = factories.NewsPageFactory(parent=news_index, title="Tin thử", body=[])
    khmer = translate(article, {"Tin thử": "ព័ត៌មានសាកល្បង", article.lead: "សេចក្តីផ្តើម។", article.credit: "ព័ត៌មាន"})
    client.force_login(editor)
    vietnamese = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert "Chính sách dân tộc" in vietnamese and "គោលនយោបាយជនជាតិ" not in vietnamese
    form = type(khmer).get_edit_handler().get_form_class()(instance=khmer, for_user=editor)
    labels = [label for _value, label in form.fields["topics"].choices]
    assert labels == ["គោលនយោបាយជនជាតិ"]


def test_the_khmer_language_is_offered_by_its_own_name(client, translator):
    client.force_login(translator)
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    assert "ភាសាខ្មែរ" in html and ">Khmer<" not in html


def sign_in_heading(code):
    from django.utils import translation

    with translation.override(code):
        return translation.gettext("Sign in to Wagtail")


def test_the_login_page_follows_the_browsers_language(client):
    khmer = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="km,en;q=0.5").content.decode()
    assert '<html lang="km"' in khmer and sign_in_heading("km") in khmer
    vietnamese = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.5").content.decode()
    assert '<html lang="vi"' in vietnamese and sign_in_heading("vi") in vietnamese


def test_the_language_chosen_on_the_login_page_is_kept_until_the_users_own_preference_takes_over(client, translator):
    login = reverse("wagtailadmin_login")
    assert 'value="km"' in client.get(login).content.decode()  # the choice is offered
    chosen = client.post(reverse("set_language"), {"language": "km", "next": login})
    assert chosen.status_code == 302 and chosen["Location"] == login
    assert sign_in_heading("km") in client.get(login).content.decode()
    # Signed in, the user's Wagtail preference (Vietnamese by default) decides, not the login page's cookie.
    client.force_login(translator)
    assert '<html lang="vi"' in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_login_pages_language_choice_leaves_the_public_site_alone(client, home):
    client.post(reverse("set_language"), {"language": "km", "next": "/admin/login/"})
    assert '<html lang="vi"' in client.get("/").content.decode()


def test_an_unknown_language_or_a_foreign_next_changes_nothing(client):
    login = reverse("wagtailadmin_login")
    refused = client.post(reverse("set_language"), {"language": "xx", "next": "https://evil.example/"})
    assert refused.status_code == 302 and not refused["Location"].startswith("https://evil.example")
    assert '<html lang="vi"' in client.get(login).content.decode()
