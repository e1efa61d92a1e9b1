"""The demo site's topics (chuyên mục).

Pure data (Unicode NFC, no zero-width spaces in Khmer); the Khmer texts should be reviewed by a
native reader before any public use."""

# Names are translated; slugs are shared by both languages (they appear in URLs).
TOPICS = [
    {"slug": "tin-hoat-dong", "vi": {"name": "Tin hoạt động"}, "km": {"name": "ព័ត៌មានសកម្មភាព"}},
    {"slug": "chinh-sach-dan-toc", "vi": {"name": "Chính sách dân tộc"}, "km": {"name": "គោលនយោបាយជនជាតិ"}},
    {"slug": "nguoi-co-uy-tin", "vi": {"name": "Người có uy tín"}, "km": {"name": "អ្នកមានកិត្យានុភាព"}},
    {
        "slug": "chuong-trinh-muc-tieu-quoc-gia",
        "vi": {"name": "Chương trình mục tiêu quốc gia"},
        "km": {"name": "កម្មវិធីគោលដៅជាតិ"},
    },
]
