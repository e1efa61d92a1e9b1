"""Every body block renders as readers expect, and gallery captions translate like single photos."""

import re

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail_localize.models import StringSegment, TranslationSource

from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def document():
    content = ContentFile(b"%PDF-1.4 demo" * 100, name="35-kh-bdt.pdf")
    # The admin's upload form records the size; the factory does not.
    return wagtail_factories.DocumentFactory(title="Kế hoạch số 35/KH-BDT", file=content, file_size=content.size)


@pytest.fixture
def article(news_index, document):
    first, second = factories.ImageFactory(), factories.ImageFactory()
    return factories.NewsPageFactory(
        parent=news_index,
        title="Tin có đủ các khối",
        slug="tin-co-du-cac-khoi",
        body=[
            ("heading", {"text": "Kết quả đạt được", "level": "h2"}),
            ("paragraph", factories.ParagraphBlockFactory(value="<p>Nội dung <b>chính</b>.</p>")),
            ("quote", {"text": "Không để ai bỏ lại phía sau.", "attribution": "Ông Kiên Ninh"}),
            (
                "gallery",
                {
                    "title": "Hình ảnh hội nghị",
                    "photos": [
                        {"image": first, "alt": "Toàn cảnh hội trường", "caption": "Quang cảnh hội nghị", "credit": ""},
                        {
                            "image": second,
                            "alt": "Đại biểu phát biểu",
                            "caption": "Đại biểu phát biểu",
                            "credit": "Ảnh: Cảnh Tuân",
                        },
                    ],
                },
            ),
            ("document", {"document": document, "title": ""}),
        ],
    )


def test_each_block_renders(client, article):
    html = client.get(article.url).content.decode()
    assert "<h2>Kết quả đạt được</h2>" in html
    assert "<p>Nội dung <b>chính</b>.</p>" in html
    assert re.search(r"<blockquote><p>Không để ai bỏ lại phía sau.</p></blockquote>\s*<figcaption>Ông Kiên Ninh", html)
    assert re.search(r'<section class="gallery" aria-label="Hình ảnh hội nghị">', html)
    assert html.count('<figure class="photo">') == 2
    assert '<span class="photo__credit">Ảnh: Cảnh Tuân</span>' in html
    assert re.search(r'<a href="/documents/\d+/35-kh-bdt.pdf" download>Kế hoạch số 35/KH-BDT</a>', html)
    assert "(PDF, 1,3\xa0KB)" in html  # Vietnamese decimal comma


def test_gallery_captions_and_alt_texts_translate(client, article, khmer_news_index):
    source, _ = TranslationSource.get_or_create_from_instance(article)
    paths = set(StringSegment.objects.filter(source=source).values_list("context__path", flat=True))
    assert sum(path.endswith(".caption") for path in paths) == 2
    assert sum(path.endswith(".alt") for path in paths) == 2

    khmer = translate(
        article,
        {
            "Tin có đủ các khối": "ព័ត៌មានមានប្លុកគ្រប់ប្រភេទ",
            article.lead: "គណៈកម្មាធិការជនជាតិខេត្តសួរសុខទុក្ខបងប្អូន។",
            article.credit: "ព័ត៌មាន៖ Cảnh Tuân",
            "Kết quả đạt được": "លទ្ធផលសម្រេចបាន",
            "Nội dung <b>chính</b>.": "ខ្លឹមសារ<b>សំខាន់</b>។",
            "Không để ai bỏ lại phía sau.": "មិនទុកនរណាម្នាក់ចោលនៅពីក្រោយ។",
            "Ông Kiên Ninh": "លោក Kiên Ninh",
            "Hình ảnh hội nghị": "រូបភាពសន្និសីទ",
            "Toàn cảnh hội trường": "ទិដ្ឋភាពទូទៅនៃសាលប្រជុំ",
            "Quang cảnh hội nghị": "ទិដ្ឋភាពសន្និសីទ",
            "Đại biểu phát biểu": "តំណាងថ្លែងមតិ",
            "Ảnh: Cảnh Tuân": "រូបថត៖ Cảnh Tuân",
        },
    )
    html = client.get(khmer.url).content.decode()
    assert "<figcaption>ទិដ្ឋភាពសន្និសីទ" in html
    assert 'alt="ទិដ្ឋភាពទូទៅនៃសាលប្រជុំ"' in html
    assert "<p>ខ្លឹមសារ<b>សំខាន់</b>។</p>" in html
    assert "Quang cảnh hội nghị" not in html
