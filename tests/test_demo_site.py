"""The demo site `make run` loads: the old portal's article in Vietnamese and, translated, in Khmer."""

import re

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from core.models import SiteFooter
from news.models import NewsPage
from programs.models import ProgramPage

# wagtail-localize publishes translations on commit, so these tests run outside a wrapping transaction.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SEED_PATH = "/tin-tuc/hoi-nghi-so-ket-cong-tac-dan-toc-6-thang-dau-nam-2022/"


@pytest.fixture
def demo_site():
    call_command("load_demo", verbosity=0)


def test_seed_article_in_vietnamese_has_title_photos_captions_and_credit(client, demo_site):
    html = client.get(SEED_PATH).content.decode()
    assert "Ban Dân tộc tỉnh Trà Vinh tổ chức Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm" in html
    captions = re.findall(r"<figcaption>([^<]+)", html)
    assert [c.strip() for c in captions] == [
        "Ông Kiên Ninh, Trưởng Ban Dân tộc tỉnh, phát biểu khai mạc Hội nghị.",
        "Quang cảnh Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm 2022.",
    ]
    assert "Tin, ảnh: Cảnh Tuân, Văn phòng" in html
    assert "Thứ Hai, 27/06/2022 08:00" in html


def test_seed_article_in_khmer_is_a_real_translation_with_khmer_captions(client, demo_site):
    response = client.get("/km" + SEED_PATH)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="km">' in html
    captions = [c.strip() for c in re.findall(r"<figcaption>([^<]+)", html)]
    assert len(captions) == 2
    assert all(re.search("[\u1780-\u17ff]", caption) for caption in captions)
    assert "Quang cảnh Hội nghị" not in html
    assert re.search(rf'<a href="{SEED_PATH}" hreflang="vi" lang="vi"', html)  # switcher back to the same article
    khmer = NewsPage.objects.get(
        locale__language_code="km", slug="hoi-nghi-so-ket-cong-tac-dan-toc-6-thang-dau-nam-2022"
    )
    assert khmer.alias_of_id is None
    assert Translation.objects.filter(source__object_id=khmer.translation_key, target_locale=khmer.locale).exists()


def test_demo_has_enough_news_to_paginate_and_two_programmes_in_both_languages(client, demo_site):
    vietnamese_news = NewsPage.objects.live().filter(locale__language_code="vi")
    assert vietnamese_news.count() >= 13
    assert 'href="?page=2"' in client.get("/tin-tuc/").content.decode()
    for language in ("vi", "km"):
        assert ProgramPage.objects.live().filter(locale__language_code=language).count() == 2
        assert SiteFooter.objects.filter(locale__language_code=language).count() == 1
    assert "Chương trình mục tiêu quốc gia" in client.get("/chuong-trinh/").content.decode()


def test_every_khmer_page_mirrors_a_vietnamese_one(demo_site):
    vietnamese_keys = set(Page.objects.filter(locale__language_code="vi").values_list("translation_key", flat=True))
    for page in Page.objects.filter(locale__language_code="km"):
        assert page.translation_key in vietnamese_keys
        if page.depth > 2:
            parent = page.get_parent()
            assert parent.locale_id == page.locale_id
            assert parent.translation_key in vietnamese_keys


def test_loading_the_demo_twice_changes_nothing(demo_site):
    counts = (
        Page.objects.count(),
        Revision.objects.count(),
        get_image_model().objects.count(),
        SiteFooter.objects.count(),
    )
    call_command("load_demo", verbosity=0)
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        get_image_model().objects.count(),
        SiteFooter.objects.count(),
    ) == counts


def test_demo_library_has_ten_documents_in_both_languages_and_the_seed_cites_two(client, demo_site):
    from documents.models import DocumentPage

    for language in ("vi", "km"):
        documents = DocumentPage.objects.live().filter(locale__language_code=language, alias_of__isnull=True)
        assert documents.count() >= 10
        assert len({d.document_type_id for d in documents}) >= 5
        assert len({d.issue_date.year for d in documents}) >= 4
        assert all(d.file.file_size and d.file.file_extension == "pdf" for d in documents)
    html = client.get(SEED_PATH).content.decode()
    assert 'href="/van-ban/35-kh-bdt/">35/KH-BDT</a>' in html
    assert 'href="/van-ban/01-2021-tt-ubdt/">01/2021/TT-UBDT</a>' in html
    km_html = client.get("/km" + SEED_PATH).content.decode()
    assert 'href="/km/van-ban/35-kh-bdt/">35/KH-BDT</a>' in km_html
    document_html = client.get("/km/van-ban/35-kh-bdt/").content.decode()
    assert f'href="/km{SEED_PATH}"' in document_html  # the Khmer article cites it
    assert client.get("/km/van-ban/", {"q": "ផែនការ"}).status_code == 200
    assert "ត្រាវិញ" in client.get("/km/tim-kiem/", {"q": "ត្រាវិញ"}).content.decode()
