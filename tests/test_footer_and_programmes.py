import pytest
from django.core.exceptions import ValidationError

from core.models import SiteFooter
from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db

FOOTER_KM = {
    "Trang thông tin điện tử Ban Dân tộc tỉnh Trà Vinh": "គេហទំព័រព័ត៌មានអេឡិចត្រូនិករបស់គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ",
    "Ban Dân tộc tỉnh Trà Vinh": "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ",
    "Số 10, đường 19 tháng 5, K2, P1, TPTV, tỉnh Trà Vinh": "លេខ ១០ ផ្លូវ ១៩ ឧសភា ខេត្តត្រាវិញ",
    "Ông Kiên Ninh, Trưởng Ban Dân tộc tỉnh": "លោក Kiên Ninh ប្រធានគណៈកម្មាធិការជនជាតិខេត្ត",
    'Ghi rõ nguồn "Trang thông tin điện tử Ban Dân tộc tỉnh Trà Vinh" khi phát hành lại thông tin.': "សូមបញ្ជាក់ប្រភពនៅពេលចុះផ្សាយឡើងវិញ។",
}


def test_footer_is_shown_in_the_readers_language(client, khmer_home):
    footer = factories.SiteFooterFactory()
    translate(footer, FOOTER_KM)
    vietnamese = client.get("/").content.decode()
    khmer = client.get("/km/").content.decode()
    assert "Số 10, đường 19 tháng 5" in vietnamese and "0294.3852478" in vietnamese
    assert "Ghi rõ nguồn" in vietnamese
    assert "លេខ ១០ ផ្លូវ ១៩ ឧសភា ខេត្តត្រាវិញ" in khmer
    assert "សូមបញ្ជាក់ប្រភពនៅពេលចុះផ្សាយឡើងវិញ។" in khmer
    assert "0294.3852478" in khmer and "bdt@travinh.gov.vn" in khmer  # synchronised, not translated
    assert "Số 10, đường 19 tháng 5" not in khmer


def test_untranslated_footer_falls_back_to_vietnamese(client, khmer_home):
    factories.SiteFooterFactory()
    assert "Số 10, đường 19 tháng 5" in client.get("/km/").content.decode()


def test_editing_the_footer_shows_at_once(client, home):
    footer = factories.SiteFooterFactory()
    assert "0294.3852478" in client.get("/").content.decode()
    footer.phone = "0294.3999999"
    footer.save()
    assert "0294.3999999" in client.get("/").content.decode()


def test_one_footer_per_language(vi):
    factories.SiteFooterFactory()
    second = SiteFooter(locale=vi, site_name="x", agency_name="x", address="x")
    with pytest.raises(ValidationError):
        second.full_clean()


def test_footer_declares_what_is_translated_and_what_is_synchronised():
    fields = {field.field_name: type(field).__name__ for field in SiteFooter.translatable_fields}
    assert fields["address"] == "TranslatableField"
    assert fields["email"] == fields["phone"] == fields["fax"] == "SynchronizedField"


def test_programme_page_shows_period_phase_agency_and_related_news(client, program_index, news_index):
    article = factories.NewsPageFactory(parent=news_index)
    programme = factories.ProgramPageFactory(parent=program_index)
    programme.related_news.create(page=article)
    programme.save_revision().publish()
    html = client.get(programme.url).content.decode()
    assert "2021–2030" in html
    assert "Giai đoạn I: từ năm 2021 đến năm 2025" in html
    assert "Ban Dân tộc tỉnh Trà Vinh" in html
    assert article.title in html


def test_programme_period_must_not_end_before_it_starts(program_index):
    programme = factories.ProgramPageFactory.build(period_start=2025, period_end=2021)
    with pytest.raises(ValidationError) as error:
        program_index.add_child(instance=programme)
    assert "period_end" in error.value.message_dict


def test_home_page_shows_latest_news_and_featured_programmes(client, home, news_index, program_index):
    articles = [factories.NewsPageFactory(parent=news_index) for _ in range(8)]
    programme = factories.ProgramPageFactory(parent=program_index)
    home.featured_programmes.create(programme=programme)
    home.save_revision().publish()
    html = client.get("/").content.decode()
    assert programme.title in html
    assert articles[-1].title in html and articles[2].title in html
    assert articles[1].title not in html  # six latest only


def test_new_vietnamese_page_gets_an_ascii_slug_from_its_title(news_index):
    article = factories.NewsPageFactory.build(title="Đồng bào Khmer đón Tết Chôl Chnăm Thmây", slug="")
    news_index.add_child(instance=article)
    assert article.slug == "dong-bao-khmer-don-tet-chol-chnam-thmay"


def test_text_pasted_in_nfd_is_stored_in_nfc(news_index):
    import unicodedata

    article = factories.NewsPageFactory(
        parent=news_index,
        lead=unicodedata.normalize("NFD", "Đồng bào dân tộc thiểu số"),
        body__0__photo__caption=unicodedata.normalize("NFD", "Quang cảnh hội nghị"),
    )
    article.refresh_from_db()
    assert article.lead == "Đồng bào dân tộc thiểu số"
    assert article.body[0].value["caption"] == "Quang cảnh hội nghị"


def test_a_slug_with_letters_dropped_by_the_admin_script_is_repaired(news_index):
    article = factories.NewsPageFactory.build(title="Bài thử nghiệm trình duyệt", slug="bai-th-nghim-trinh-duyt")
    news_index.add_child(instance=article)
    assert article.slug == "bai-thu-nghiem-trinh-duyet"


def test_a_slug_the_editor_chose_is_kept(news_index):
    article = factories.NewsPageFactory.build(title="Bài thử nghiệm trình duyệt", slug="thu-nghiem")
    news_index.add_child(instance=article)
    assert article.slug == "thu-nghiem"
