"""Importing the old portal's articles: the seed page, a dozen made-up ones, and broken files."""

import datetime
import unicodedata
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.images import get_image_model

from legacy.importer import LegacyImporter
from legacy.models import MISSING_PHOTO_TAG, ImportedArticle
from legacy.parser import LegacyFormatError, parse
from legacy.references import document_numbers
from news.models import NewsPage
from tests import factories

DATA = Path(__file__).parent / "data" / "legacy"
SEED = settings.BASE_DIR / "legacy" / "fixtures" / "seed_hoi_nghi_so_ket_2022.txt"
GOOD_FILES = sorted(DATA.glob("0*.txt"))
BROKEN = {
    "broken_empty.txt": "empty file",
    "broken_whitespace.txt": "empty file",
    "broken_binary.txt": "binary file",
    "broken_windows_1258.txt": "not UTF-8",
    "broken_no_title.txt": "no title",
    "broken_title_only.txt": "no text after the title",
}
SEED_TITLE = (
    "Ban Dân tộc tỉnh Trà Vinh tổ chức Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm "
    "và triển khai nhiệm vụ đến cuối năm 2022"
)


# -- Parsing (no database) ----------------------------------------------------


def test_seed_article_is_split_into_title_lead_photos_paragraphs_and_credit():
    article = parse(SEED.read_bytes())
    assert article.title == SEED_TITLE
    assert article.lead.startswith("Thực hiện Kế hoạch số 35/KH-BDT")
    assert [block.kind for block in article.blocks] == ["photo"] + ["paragraph"] * 2 + ["photo"] + ["paragraph"] * 4
    assert article.captions == [
        "Ông Kiên Ninh, Trưởng Ban Dân tộc tỉnh, phát biểu khai mạc Hội nghị.",
        "Quang cảnh Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm 2022.",
    ]
    assert article.credit == "Tin, ảnh: Cảnh Tuân, Văn phòng"
    # The plan's issue date (13 June) is not the event's date.
    assert article.date == datetime.datetime(2022, 6, 27, 8, 0)


def test_the_portal_chrome_never_enters_the_article():
    article = parse(SEED.read_bytes())
    text = "\n".join([article.lead, *(block.text for block in article.blocks)])
    for chrome in ("Tin khác", "Thống kê truy cập", "1183472", "Đang online", "Designed by VNPT", "Fax"):
        assert chrome not in text
    assert article.blocks[-1].text.endswith("“không để ai bỏ lại phía sau”.")


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Kế hoạch số 35/KH-BDT ngày 13 tháng 6 năm 2022", ["35/KH-BDT"]),
        ("theo Thông tư số 01/2021/TT-UBDT ngày 01/11/2021", ["01/2021/TT-UBDT"]),
        ("Nghị định 224/2026/NĐ-CP và Quyết định 1719/QĐ-TTg.", ["224/2026/NĐ-CP", "1719/QĐ-TTg"]),
        ("35/KH-BDT, rồi lại 35/KH-BDT", ["35/KH-BDT"]),
        ("giai đoạn 2021-2025, ngày 01/11/2021, tỷ lệ 3/4, COVID-19", []),
    ],
)
def test_document_numbers_are_recognised_in_text(text, numbers):
    assert document_numbers(text) == numbers


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("01_tet_chol_chnam_thmay.txt", datetime.datetime(2023, 4, 12)),
        ("04_bom_quyet_dinh_1719.txt", datetime.datetime(2023, 9, 5, 14, 30)),
        ("05_no_credit.txt", datetime.datetime(2023, 5, 3)),
        ("06_only_document_date.txt", None),  # the only date is a plan's issue date
        ("02_tap_huan_nguoi_co_uy_tin.txt", None),  # "18 và 19 tháng 5": no year stated
    ],
)
def test_publication_date_comes_from_the_text_when_it_states_one(name, expected):
    assert parse((DATA / name).read_bytes()).date == expected


def test_credit_forms_and_files_without_credit_or_chrome():
    credits = {path.name: parse(path.read_bytes()).credit for path in GOOD_FILES}
    assert credits["01_tet_chol_chnam_thmay.txt"] == "Tin: Thạch Sơn"
    assert credits["02_tap_huan_nguoi_co_uy_tin.txt"] == "Ảnh: Kim Thanh"
    assert credits["05_no_credit.txt"] == ""
    assert credits["08_no_chrome.txt"] == "Tin: Minh Trí"
    no_credit = parse((DATA / "05_no_credit.txt").read_bytes())
    assert "Tin khác" not in no_credit.blocks[-1].text


def test_decomposed_text_with_windows_line_ends_is_stored_nfc():
    article = parse((DATA / "03_nfd_crlf.txt").read_bytes())
    assert article.title == "Đồng bào dân tộc Khmer huyện Cầu Ngang phát triển kinh tế hộ gia đình"
    assert unicodedata.is_normalized("NFC", article.lead) and "\r" not in article.lead


@pytest.mark.parametrize(("name", "reason"), BROKEN.items())
def test_broken_files_are_refused_with_a_reason(name, reason):
    with pytest.raises(LegacyFormatError, match=reason):
        parse((DATA / name).read_bytes())


# -- Importing ------------------------------------------------------------------


def run_import(*paths, dry_run=False):
    args = [str(path) for path in paths] + (["--dry-run"] if dry_run else [])
    call_command("import_legacy", *args)


@pytest.mark.django_db
def test_seed_becomes_a_vietnamese_news_page_with_placeholder_photos(news_index, client):
    run_import(SEED)
    page = NewsPage.objects.get(title=SEED_TITLE)
    assert page.get_parent().specific == news_index and page.live and page.locale.language_code == "vi"
    assert page.slug.startswith("ban-dan-toc-tinh-tra-vinh-to-chuc-hoi-nghi")
    assert page.credit == "Tin, ảnh: Cảnh Tuân, Văn phòng"
    assert page.date.astimezone(datetime.timezone(datetime.timedelta(hours=7))).replace(tzinfo=None) == (
        datetime.datetime(2022, 6, 27, 8, 0)
    )
    photos = [block.value for block in page.body if block.block_type == "photo"]
    assert [photo["caption"] for photo in photos] == parse(SEED.read_bytes()).captions
    for photo in photos:
        assert photo["image"].title.startswith("[Thiếu ảnh]")
        assert MISSING_PHOTO_TAG in photo["image"].tags.names()
        assert photo["alt"] == photo["caption"]
    assert ImportedArticle.objects.get(page=page).missing_photos == 2
    html = client.get(page.url).content.decode()
    assert "Ông Kiên Ninh, Trưởng Ban Dân tộc tỉnh, phát biểu khai mạc Hội nghị." in html
    assert "1 2 3 4 5" not in html


@pytest.mark.django_db
def test_a_dozen_files_import_and_broken_ones_are_reported_by_name(news_index, capsys):
    with pytest.raises(CommandError, match="6 file"):
        run_import(SEED, DATA)
    out, err = capsys.readouterr()
    assert NewsPage.objects.count() == 1 + len(GOOD_FILES)
    assert out.count(": created:") == 1 + len(GOOD_FILES)
    for name, reason in BROKEN.items():
        assert any(name in line and reason in line for line in err.splitlines()), name


@pytest.mark.django_db
def test_re_running_updates_instead_of_duplicating(news_index, tmp_path, capsys):
    source = tmp_path / "article.txt"
    source.write_bytes((DATA / "07_three_photos.txt").read_bytes())
    run_import(source)
    page = NewsPage.objects.get()
    images_before = get_image_model().objects.count()
    run_import(source)
    assert "unchanged" in capsys.readouterr().out
    # The editor puts a real photo in place of the first placeholder, then the file is corrected.
    real = factories.ImageFactory(title="Trao học bổng 2023")
    body = page.body.raw_data
    body[0]["value"]["image"] = real.pk
    body[0]["value"]["alt"] = "Bà Thạch Thị Dân trao học bổng cho ba em học sinh đứng trước hội trường"
    page.body = body
    page.save_revision().publish()
    source.write_bytes(source.read_bytes().replace(b"100 su", b"120 su"))
    run_import(source)
    page = NewsPage.objects.get()
    assert "120 suất học bổng" in page.lead
    assert page.body[0].value["image"] == real and page.listing_image == real
    assert page.body[0].value["alt"].startswith("Bà Thạch Thị Dân trao học bổng cho ba em")
    assert get_image_model().objects.count() == images_before + 1
    assert ImportedArticle.objects.get().missing_photos == 2


@pytest.mark.django_db
def test_dry_run_changes_nothing(news_index, capsys):
    run_import(SEED, DATA / "01_tet_chol_chnam_thmay.txt", dry_run=True)
    assert NewsPage.objects.count() == 0 and get_image_model().objects.count() == 0
    out = capsys.readouterr().out
    assert out.count("would be created") == 2 and "dated 27/06/2022 08:00" in out


@pytest.mark.django_db
def test_an_article_made_before_with_the_same_title_is_updated(news_index):
    existing = factories.NewsPageFactory(parent=news_index, title=SEED_TITLE, slug="hoi-nghi-so-ket")
    run_import(SEED)
    assert NewsPage.objects.get().pk == existing.pk


@pytest.fixture
def library(home):
    return factories.DocumentIndexPageFactory(parent=home)


@pytest.mark.django_db
def test_cited_documents_that_exist_are_linked(news_index, library, client):
    plan = factories.DocumentPageFactory(parent=library, number="35/KH-BDT")
    circular = factories.DocumentPageFactory(parent=library, number="01/2021/TT-UBDT")
    run_import(SEED)
    page = NewsPage.objects.get()
    html = client.get(page.url).content.decode()
    assert f'href="{circular.url}">01/2021/TT-UBDT</a>' in html
    # 35/KH-BDT is cited in the lead only (plain text): linked after the body.
    assert f'Văn bản liên quan: <a href="{plan.url}">35/KH-BDT</a>' in html


@pytest.mark.django_db
def test_numbers_missing_from_the_library_stay_plain_text(news_index, library):
    factories.DocumentPageFactory(parent=library, number="99/KH-BDT")
    run_import(SEED)
    page = NewsPage.objects.get()
    assert "01/2021/TT-UBDT" in str(page.body) and "<a" not in str(page.body)


@pytest.mark.django_db
def test_importer_reports_a_missing_news_index():
    outcome = LegacyImporter().import_file("seed.txt", SEED.read_bytes())
    assert outcome.action == "failed" and "news index" in outcome.detail


@pytest.mark.django_db
def test_editors_find_articles_with_missing_photos_in_the_admin(news_index, admin_client):
    run_import(SEED, DATA / "05_no_credit.txt")
    url = reverse("wagtailsnippets_legacy_importedarticle:list")
    missing = admin_client.get(url, {"photo_missing": "true"}).content.decode()
    assert "Ban Dân tộc tỉnh Trà Vinh tổ chức Hội nghị sơ kết" in missing
    assert "tổ chức họp mặt kỷ niệm" not in missing
    images = admin_client.get(reverse("wagtailimages:index"), {"tag": MISSING_PHOTO_TAG}).content.decode()
    assert "[Thiếu ảnh] Quang cảnh Hội nghị sơ kết" in images
