"""A translator's work in the admin: translate pages, footer, captions and alt text; keep up with changes; PO files."""

from urllib.parse import urlencode

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.models import SiteFooter
from news.models import NewsPage
from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db

KHMER = {
    "Hội nghị sơ kết": "សន្និសីទបូកសរុប",
    "Ban Dân tộc tỉnh thăm hỏi đồng bào.": "គណៈកម្មាធិការជនជាតិខេត្តសួរសុខទុក្ខបងប្អូន។",
    "Tin, ảnh: Cảnh Tuân, Văn phòng": "ព័ត៌មាន និងរូបថត៖ Cảnh Tuân",
    "Mở đầu.": "សេចក្តីផ្តើម។",
    "Quang cảnh Hội nghị.": "ទិដ្ឋភាពសន្និសីទ។",
    "Đại biểu ngồi trong hội trường": "តំណាងអង្គុយក្នុងសាល",
}


@pytest.fixture
def article(news_index, khmer_news_index):
    return factories.NewsPageFactory(
        parent=news_index,
        title="Hội nghị sơ kết",
        slug="hoi-nghi-so-ket",
        body__0__paragraph__value="<p>Mở đầu.</p>",
        body__1__photo__caption="Quang cảnh Hội nghị.",
        body__1__photo__alt="Đại biểu ngồi trong hội trường",
    )


def start_translation(client, page):
    """'Translate this page' in the admin."""
    km = Locale.objects.get(language_code="km")
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [km.pk]}
        )
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=km)


def type_in_editor(client, translation, strings):
    """What the translation editor sends for each segment the translator fills in."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if segment.string.data in strings:
            url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
            response = client.put(
                url,
                urlencode({"value": strings[segment.string.data]}),
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code in (200, 201), response.content


def khmer_of(page):
    return NewsPage.objects.get(translation_key=page.translation_key, locale__language_code="km")


def test_translator_translates_page_captions_and_alt_text_in_the_admin(client, translator, moderator, article):
    client.force_login(translator)
    translation = start_translation(client, article)
    type_in_editor(client, translation, KHMER)
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(reverse("editorial:submit_for_review", args=[translation.pk]))
    client.force_login(moderator)
    client.post(reverse("editorial:review_translation", args=[khmer_of(article).pk]), {"action": "approve"})

    html = client.get("/km/tin-tuc/hoi-nghi-so-ket/").content.decode()
    assert "<figcaption>ទិដ្ឋភាពសន្និសីទ។" in html
    assert 'alt="តំណាងអង្គុយក្នុងសាល"' in html
    assert "Quang cảnh" not in html


def test_translator_translates_the_footer_and_a_moderator_approves_it(client, translator, moderator, khmer_home):
    footer = factories.SiteFooterFactory()
    client.force_login(translator)
    km = Locale.objects.get(language_code="km")
    url = reverse("wagtail_localize:submit_snippet_translation", args=["core", "sitefooter", footer.pk])
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(url, {"locales": [km.pk]})
    translation = Translation.objects.get(source__object_id=footer.translation_key, target_locale=km)
    khmer = {footer.agency_name: "អង្គភាពគ្រប់គ្រងខ្លឹមសារ", footer.site_name: "គេហទំព័រព័ត៌មាន", footer.address: "ខេត្តត្រាវិញ"}
    khmer |= {footer.responsible_person: "លោក ក", footer.reuse_notice: "សូមដកស្រង់ប្រភព។"}
    type_in_editor(client, translation, {text: value for text, value in khmer.items() if text})
    khmer_footer = SiteFooter.objects.get(locale=km)
    edit = reverse("wagtailsnippets_core_sitefooter:edit", args=[khmer_footer.pk])
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(edit, {"action": "publish"})  # the translation editor's "Publish in Khmer": not theirs
        client.post(reverse("editorial:submit_for_review", args=[translation.pk]))
    khmer_footer.refresh_from_db()
    assert not khmer_footer.live
    assert "អង្គភាពគ្រប់គ្រងខ្លឹមសារ" not in client.get("/km/").content.decode()

    task_state = khmer_footer.current_workflow_state.current_task_state
    client.force_login(moderator)
    approve = reverse(
        "wagtailsnippets_core_sitefooter:workflow_action", args=[khmer_footer.pk, "approve", task_state.pk]
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(approve, {"comment": ""})
    khmer_footer.refresh_from_db()
    assert khmer_footer.live and khmer_footer.agency_name == "អង្គភាពគ្រប់គ្រងខ្លឹមសារ"
    client.logout()
    assert "អង្គភាពគ្រប់គ្រងខ្លឹមសារ" in client.get("/km/").content.decode()


def test_changed_source_marks_khmer_out_of_date_and_keeps_every_translation(client, moderator, article):
    translate(article, KHMER)
    article.body[0].value = RichText("<p>Mở đầu đã sửa.</p>")
    article.save_revision().publish()  # a moderator publishes the edited Vietnamese article

    translation = Translation.objects.get(source__object_id=article.translation_key)
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    assert "Mở đầu đã sửa." in [s.string.data for s in segments]
    total, done = translation.get_progress()
    assert done == total - 1  # only the changed paragraph is waiting
    kept = StringTranslation.objects.filter(locale__language_code="km").values_list("data", flat=True)
    assert set(KHMER.values()) <= set(kept)  # nothing already translated is lost

    client.force_login(moderator)
    report = client.get(reverse("editorial:translation_status")).content.decode()
    assert 'data-status="out_of_date"' in report
    # The live Khmer page keeps its reviewed text until the update is published.
    assert "សេចក្តីផ្តើម។" in client.get("/km/tin-tuc/hoi-nghi-so-ket/").content.decode()
    sync = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    assert client.get(sync).status_code == 200  # "Sync translated pages"


def error_messages(response):
    return [str(m.message) for m in response.context["messages"] if m.level_tag == "error"]


def khmer_strings():
    return sorted(StringTranslation.objects.filter(locale__language_code="km").values_list("pk", "data"))


def po_upload(client, translation, content, name="khmer.po"):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    next_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    return client.post(url, {"file": SimpleUploadedFile(name, content), "next": next_url}, follow=True)


@pytest.fixture
def draft_translation(article):
    translation = TranslationSource.get_or_create_from_instance(article)[0]
    km = Locale.objects.get(language_code="km")
    translation = Translation.objects.create(source=translation, target_locale=km)
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=False)
    return translation


def test_po_file_round_trip_through_the_admin(client, translator, draft_translation):
    client.force_login(translator)
    download = client.get(reverse("wagtail_localize:download_pofile", args=[draft_translation.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    for entry in po:
        entry.msgstr = KHMER[entry.msgid]
    response = po_upload(client, draft_translation, str(po).encode())
    assert response.status_code == 200
    assert error_messages(response) == []
    total, done = draft_translation.get_progress()
    assert done == total


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff not a PO file at all \xfe",
        b'msgid "only a msgid\nmsgstr',
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Mở đầu."\nmsgstr "x"\n'.encode(),
        b"",
    ],
    ids=["binary", "malformed", "no-translation-id", "empty"],
)
def test_bad_po_file_gives_a_clear_message_and_changes_nothing(client, translator, draft_translation, content):
    before = khmer_strings()
    client.force_login(translator)
    response = po_upload(client, draft_translation, content)
    assert response.status_code == 200
    assert error_messages(response) and all("tệp PO" in message for message in error_messages(response))
    assert khmer_strings() == before


def test_po_file_of_another_translation_is_refused(client, translator, draft_translation, news_index):
    other = factories.NewsPageFactory(parent=news_index, title="Tin khác", slug="tin-khac")
    source = TranslationSource.get_or_create_from_instance(other)[0]
    other_translation = Translation.objects.create(source=source, target_locale=draft_translation.target_locale)
    po = other_translation.export_po()
    for entry in po:
        entry.msgstr = "ខ្មែរ"
    before = khmer_strings()
    client.force_login(translator)
    response = po_upload(client, draft_translation, str(po).encode())
    assert error_messages(response) == [
        "Tệp PO này được tạo cho một trang hoặc ngôn ngữ khác. Vui lòng tải tệp PO của bản dịch này."
    ]
    assert khmer_strings() == before


def test_machine_translation_is_off_unless_configured():
    from govsite.settings import base

    assert base.WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None


def test_untranslated_article_is_a_404_under_km_never_vietnamese_text(client, article):
    response = client.get("/km/tin-tuc/hoi-nghi-so-ket/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Mở đầu." not in html
    # The Khmer reader is told the page is not translated yet and where the Vietnamese one is.
    assert '<html lang="km">' in html
    assert "ទំព័រនេះមិនទាន់ត្រូវបានបកប្រែជាភាសាខ្មែរនៅឡើយទេ" in html
    assert f'<a href="{article.url}" hreflang="vi" lang="vi">' in html


def test_a_khmer_url_with_no_vietnamese_page_is_a_plain_404(client, article):
    html = client.get("/km/tin-tuc/khong-co-trang-nay/").content.decode()
    assert "ទំព័រនេះមិនទាន់ត្រូវបានបកប្រែ" not in html
    assert 'hreflang="vi"' not in html


def test_removing_source_text_also_marks_the_khmer_page_out_of_date(client, moderator, article):
    from editorial.report import OUT_OF_DATE, PUBLISHED, page_statuses

    translate(article, KHMER)
    assert {s.page.pk: s.status for s in page_statuses()}[article.pk] == PUBLISHED
    del article.body[0]  # the paragraph
    article.save_revision().publish()
    assert {s.page.pk: s.status for s in page_statuses()}[article.pk] == OUT_OF_DATE
