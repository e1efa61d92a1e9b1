import unicodedata

import pytest

from core.text import ascii_slug, is_lossy_slug, khmer_digits, normalize_text


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Đồng bào dân tộc", "dong-bao-dan-toc"),
        (
            "Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm 2022",
            "hoi-nghi-so-ket-cong-tac-dan-toc-6-thang-dau-nam-2022",
        ),
        ("ĐỒNG BÀO Khmer – Trà Vinh", "dong-bao-khmer-tra-vinh"),
        ("Tin, ảnh: 35/KH-BDT", "tin-anh-35kh-bdt"),
    ],
)
def test_vietnamese_titles_give_ascii_slugs_with_d(title, slug):
    assert ascii_slug(title) == slug


def test_khmer_title_gives_a_readable_ascii_slug_not_a_mangled_one():
    slug = ascii_slug("ព័ត៌មានថ្មី")
    assert slug.isascii() and slug


def test_vietnamese_typed_in_nfd_is_stored_nfc():
    decomposed = unicodedata.normalize("NFD", "Dân tộc thiểu số")
    assert decomposed != "Dân tộc thiểu số"
    assert normalize_text(decomposed) == "Dân tộc thiểu số"


def test_khmer_clusters_typed_in_a_different_order_compare_equal():
    # The same syllable "ស្រី" typed with the vowel before the coeng/subscript (a common keyboard slip).
    canonical = "ស្រី"
    misordered = "សី្រ"
    assert normalize_text(misordered) == normalize_text(canonical) == canonical


def test_mixed_text_keeps_vietnamese_intact():
    text = "Ban Dân tộc tỉnh Trà Vinh – គណៈកម្មាធិការជនជាតិ"
    assert normalize_text(text) == text


def test_khmer_digits():
    assert khmer_digits("27/06/2022") == "២៧/០៦/២០២២"


@pytest.mark.parametrize(
    ("slug", "lossy"),
    [("bai-th-nghim-trinh-duyt", True), ("bai-thu-nghiem-trinh-duyet", False), ("thu-nghiem", False), ("", False)],
)
def test_slugs_with_dropped_letters_are_recognised(slug, lossy):
    assert is_lossy_slug(slug, ascii_slug("Bài thử nghiệm trình duyệt")) is lossy
