"""The legal documents library: metadata, allowed files, filters with shareable URLs, document pages."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form

from documents.models import DocumentPage, number_validator
from news.models import NewsPageRelatedDocument
from programs.models import ProgramPageRelatedDocument
from tests import factories
from tests.samples import document_named
from tests.translation import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(home):
    return factories.DocumentIndexPageFactory(parent=home)


def listed_numbers(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    return re.findall(r'<span class="document-item__number">([^<]+)</span>', response.content.decode())


@pytest.mark.parametrize("number", ["35/KH-BDT", "01/2021/TT-UBDT", "224/2026/NĐ-CP", "1719/QĐ-TTg", "215/BDT-CSDT"])
def test_real_document_numbers_are_accepted(number):
    number_validator(number)


@pytest.mark.parametrize("number", ["", "35", "KH-BDT", "35 KH-BDT", "35/kh-bdt", "35/KH-BDT; DROP", "35//KH"])
def test_malformed_document_numbers_are_refused_with_a_clear_message(library, number):
    document = factories.DocumentPageFactory(parent=library)
    document.number = number
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert "35/KH-BDT" in " ".join(error.value.message_dict["number"]) or number == ""


def test_replaced_status_needs_the_replacing_document_and_dates_must_follow(library):
    document = factories.DocumentPageFactory.build(
        status="replaced", issue_date=datetime.date(2022, 6, 13), effective_date=datetime.date(2022, 1, 1)
    )
    with pytest.raises(ValidationError) as error:
        document.clean()
    assert set(error.value.message_dict) == {"replaced_by", "effective_date"}


@pytest.mark.parametrize(
    ("name", "accepted"),
    [
        ("van-ban.pdf", True),
        ("van-ban.docx", True),
        ("bang.xlsx", True),
        ("van-ban.odt", True),
        ("van-ban.doc", True),
        ("bang.xls", True),
        ("virus.exe", False),
        ("trang.html", False),
        ("anh.svg", False),
        ("script.js", False),
        ("van-ban.pdf.exe", False),
    ],
)
def test_only_office_and_pdf_files_can_be_uploaded(name, accepted, admin_user):
    form_class = get_document_form(get_document_model())
    upload = SimpleUploadedFile(name, document_named(name))
    form = form_class(data={"title": "Văn bản"}, files={"file": upload}, user=admin_user)
    assert form.is_valid() is accepted
    if not accepted:
        assert "file" in form.errors
        assert any("pdf" in message.lower() for message in form.errors["file"])


@pytest.fixture
def catalogue(library):
    plan = factories.DocumentTypeFactory(name="Kế hoạch", slug="ke-hoach")
    decision = factories.DocumentTypeFactory(name="Quyết định", slug="quyet-dinh")
    committee = factories.IssuingBodyFactory(name="Ban Dân tộc tỉnh Trà Vinh", slug="ban-dan-toc-tinh-tra-vinh")
    government = factories.IssuingBodyFactory(name="Thủ tướng Chính phủ", slug="thu-tuong-chinh-phu")
    policy = factories.TopicFactory(name="Chính sách dân tộc", slug="chinh-sach-dan-toc")
    elders = factories.TopicFactory(name="Người có uy tín", slug="nguoi-co-uy-tin")
    documents = {
        "35/KH-BDT": factories.DocumentPageFactory(
            parent=library,
            number="35/KH-BDT",
            document_type=plan,
            issuing_body=committee,
            issue_date=datetime.date(2022, 6, 13),
            status="expired",
            summary="Về tổ chức Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm 2022.",
        ),
        "1719/QĐ-TTg": factories.DocumentPageFactory(
            parent=library,
            number="1719/QĐ-TTg",
            document_type=decision,
            issuing_body=government,
            issue_date=datetime.date(2021, 10, 14),
            summary="Phê duyệt Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số.",
        ),
        "48/KH-BDT": factories.DocumentPageFactory(
            parent=library,
            number="48/KH-BDT",
            document_type=plan,
            issuing_body=committee,
            issue_date=datetime.date(2024, 3, 15),
            summary="Đưa người có uy tín đi tham quan, học tập kinh nghiệm.",
        ),
    }
    documents["35/KH-BDT"].topics.set([policy])
    documents["35/KH-BDT"].save_revision().publish()
    documents["48/KH-BDT"].topics.set([elders, policy])
    documents["48/KH-BDT"].save_revision().publish()
    return documents


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["48/KH-BDT", "35/KH-BDT", "1719/QĐ-TTg"]),
        ({"sort": "oldest"}, ["1719/QĐ-TTg", "35/KH-BDT", "48/KH-BDT"]),
        ({"type": "ke-hoach"}, ["48/KH-BDT", "35/KH-BDT"]),
        ({"body": "thu-tuong-chinh-phu"}, ["1719/QĐ-TTg"]),
        ({"year": "2022"}, ["35/KH-BDT"]),
        ({"status": "expired"}, ["35/KH-BDT"]),
        ({"status": "in-force"}, ["48/KH-BDT", "1719/QĐ-TTg"]),
        ({"topic": "chinh-sach-dan-toc"}, ["48/KH-BDT", "35/KH-BDT"]),
        ({"topic": "nguoi-co-uy-tin"}, ["48/KH-BDT"]),
        ({"q": "35/KH-BDT"}, ["35/KH-BDT"]),
        ({"q": "35/kh-bdt"}, ["35/KH-BDT"]),
        ({"q": "1719"}, ["1719/QĐ-TTg"]),
        ({"q": "nguoi co uy tin"}, ["48/KH-BDT"]),
        ({"q": "dong bao"}, ["1719/QĐ-TTg"]),
        ({"type": "ke-hoach", "year": "2024", "topic": "chinh-sach-dan-toc"}, ["48/KH-BDT"]),
        ({"type": "quyet-dinh", "status": "expired"}, []),
    ],
)
def test_each_filter_and_their_combinations(client, catalogue, library, params, expected):
    assert listed_numbers(client, library.url, params) == expected


@pytest.mark.parametrize(
    "params",
    [
        {"type": "khong-co"},
        {"year": "abc"},
        {"year": "1900"},
        {"year": "2022.5"},
        {"status": "'; DROP TABLE x"},
        {"topic": "%"},
        {"body": "\x00"},
        {"sort": "-pk"},
        {"page": "-1"},
        {"q": "%"},
        {"q": "x" * 10_000},
        {"type": ["ke-hoach", "quyet-dinh"]},
    ],
)
def test_bad_filter_values_are_ignored_never_an_error(client, catalogue, library, params):
    numbers = listed_numbers(client, library.url, params)
    assert set(numbers) <= set(catalogue)


def test_filter_urls_are_stable_and_shareable(client, catalogue, library):
    for number in range(25):
        factories.DocumentPageFactory(
            parent=library, number=f"{100 + number}/KH-BDT", document_type=catalogue["35/KH-BDT"].document_type
        )
    html = client.get(library.url, {"topic": "", "type": "ke-hoach", "q": "", "sort": "oldest"}).content.decode()
    # Pagination and sort links keep the filters, in one fixed order, without empty values.
    assert 'href="?type=ke-hoach&amp;sort=oldest&amp;page=2"' in html
    assert 'href="?type=ke-hoach"' in html  # "newest first"
    assert html.count('class="document-item"') == 20
    second = listed_numbers(client, library.url, {"type": "ke-hoach", "sort": "oldest", "page": "2"})
    assert len(second) == 7
    assert '<option value="ke-hoach" selected>' in html


def test_document_page_shows_metadata_download_and_citing_pages(client, catalogue, news_index, program_index):
    document = catalogue["35/KH-BDT"]
    article = factories.NewsPageFactory(parent=news_index, title="Hội nghị sơ kết", body=[])
    NewsPageRelatedDocument.objects.create(source=article, document=document)
    article.save_revision().publish()
    programme = factories.ProgramPageFactory(parent=program_index, title="Chương trình A")
    body_link = factories.NewsPageFactory(
        parent=news_index, title="Tin dẫn tệp", body=[("document", {"document": document.file, "title": ""})]
    )
    ProgramPageRelatedDocument.objects.create(source=programme, document=document)
    programme.save_revision().publish()

    html = client.get(document.url).content.decode()
    assert "35/KH-BDT" in html and "Kế hoạch" in html and "Ban Dân tộc tỉnh Trà Vinh" in html
    assert "Kiên Ninh" in html and "ngày 13 tháng 6 năm 2022" in html
    assert "Hết hiệu lực" in html or "Expired" in html
    assert f'href="{document.file.url}" download' in html
    assert "(PDF, " in html
    for page in (article, programme, body_link):
        assert f'href="{page.url}"' in html

    article_html = client.get(article.url).content.decode()
    assert f'href="{document.url}">35/KH-BDT</a>' in article_html


def test_replaced_document_links_to_its_replacement(client, catalogue):
    old = catalogue["35/KH-BDT"]
    old.status = "replaced"
    old.replaced_by = catalogue["48/KH-BDT"]
    old.save_revision().publish()
    html = client.get(old.url).content.decode()
    assert f'<a href="{catalogue["48/KH-BDT"].url}">48/KH-BDT</a>' in html


def test_khmer_translation_keeps_number_dates_and_file_and_translates_title_and_summary(
    client, catalogue, library, khmer_home
):
    document = catalogue["35/KH-BDT"]
    translate(library, {"Văn bản": "ឯកសារ"})
    km_type = translate(document.document_type, {"Kế hoạch": "ផែនការ"})
    km = translate(
        document,
        {document.title: "ផែនការរៀបចំសន្និសីទ", document.summary: "ស្តីពីការរៀបចំសន្និសីទបូកសរុបការងារជនជាតិ។"},
    )
    assert isinstance(km, DocumentPage)
    assert (km.number, km.issue_date, km.file_id, km.status) == (
        "35/KH-BDT",
        document.issue_date,
        document.file_id,
        "expired",
    )
    assert list(km.topics.all()) == list(document.topics.all())
    html = client.get(km.url).content.decode()
    assert "ផែនការរៀបចំសន្និសីទ" in html and km_type.name in html
    assert "ថ្ងៃទី១៣ ខែមិថុនា ឆ្នាំ២០២២" in html
    # The Khmer library lists the Khmer version only; filters by shared slugs work in Khmer too.
    assert listed_numbers(client, "/km/van-ban/", {"type": "ke-hoach", "topic": "chinh-sach-dan-toc"}) == ["35/KH-BDT"]


def test_a_document_link_block_points_to_the_library_entry_of_its_file(client, catalogue, news_index):
    document = catalogue["35/KH-BDT"]
    article = factories.NewsPageFactory(
        parent=news_index, body=[("document", {"document": document.file, "title": "Kế hoạch số 35"})]
    )
    html = client.get(article.url).content.decode()
    assert f'href="{document.file.url}" download>Kế hoạch số 35</a>' in html
    assert f'<a class="document-link__entry" href="{document.url}">' in html


@pytest.mark.parametrize(
    "url",
    [
        "/admin/pages/add/legal_documents/documentpage/{library}/",
        "/admin/pages/{document}/edit/",
        "/admin/snippets/legal_documents/documenttype/add/",
        "/admin/snippets/legal_documents/issuingbody/add/",
        "/admin/snippets/topics/topic/add/",
        "/admin/pages/{programme}/edit/",
        "/admin/pages/{article}/edit/",
    ],
)
def test_editors_can_open_the_new_admin_forms(admin_client, catalogue, library, program_index, news_index, url):
    programme = factories.ProgramPageFactory(parent=program_index)
    article = factories.NewsPageFactory(parent=news_index)
    url = url.format(library=library.pk, document=catalogue["35/KH-BDT"].pk, programme=programme.pk, article=article.pk)
    assert admin_client.get(url).status_code == 200


def test_khmer_document_page_lists_the_khmer_articles_citing_it(
    client, catalogue, library, khmer_news_index, news_index
):
    document = catalogue["35/KH-BDT"]
    translate(library, {"Văn bản": "ឯកសារ"})
    km_document = translate(document, {document.title: "ផែនការ", document.summary: "សេចក្តីសង្ខេប។"})
    article = factories.NewsPageFactory(parent=news_index, title="Hội nghị sơ kết", lead="Lời dẫn.", body=[])
    NewsPageRelatedDocument.objects.create(source=article, document=document)
    article.save_revision().publish()
    km_article = translate(
        article, {"Hội nghị sơ kết": "សន្និសីទបូកសរុប", "Lời dẫn.": "សេចក្តីផ្តើម។", article.credit: "ព័ត៌មាន"}
    )
    html = client.get(km_document.url).content.decode()
    assert f'<a href="{km_article.url}">សន្និសីទបូកសរុប</a>' in html
    assert f'href="{article.url}"' not in html
