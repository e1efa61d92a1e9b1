"""Adds a production-sized volume to the demo site, fast: news pages in both languages with photos,
one article with 20 photos, and legal documents in the library (a PDF each) in both languages.
Run by benchmarks/run.py after load_demo, followed by `manage.py update_index` (Wagtail indexes each
page as it is saved; the rebuild also refreshes the title norms) and ANALYZE.

Pages are inserted in bulk (`bulk_add_children`: treebeard's paths numbered after the parent's last
child, one INSERT for the page rows and one for the model's own rows, per batch), as live pages
without revisions: a copy of the rows publishing leaves behind, without its signals (the search
index is rebuilt afterwards; Wagtail's reference index is not, no benchmarked view reads it). So
20,000 pages per language take minutes, not the hours `add_child` and a save each would.
Khmer pages share the Vietnamese page's translation_key: real Wagtail translations, though not
made through wagtail-localize's editor.
"""

import os
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "govsite.settings.production")

import django

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.db import transaction  # noqa: E402
from django.db.models import F  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.documents import get_document_model  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.rich_text import RichText  # noqa: E402

from core.demo import demo_photo  # noqa: E402
from core.images import PHOTO_RENDITION_FILTERS, THUMBNAIL_RENDITION_FILTERS  # noqa: E402
from documents.models import DocumentIndexPage, DocumentPage, DocumentType, IssuingBody  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402

NEWS_PER_LANGUAGE = int(os.environ.get("BENCH_NEWS_PER_LANGUAGE", 2000))
DOCUMENTS = int(os.environ.get("BENCH_DOCUMENTS", 500))
PHOTO_POOL = 24
BATCH = 1000
TWENTY_PHOTOS_SLUG = "bai-viet-hai-muoi-anh"

PARAGRAPH_VI = (
    "Ban Dân tộc tỉnh Trà Vinh phối hợp với các sở, ngành và địa phương triển khai thực hiện chính sách "
    "dân tộc, chăm lo đời sống vật chất và tinh thần của đồng bào dân tộc thiểu số trên địa bàn tỉnh."
)
PARAGRAPH_KM = (
    "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ សហការជាមួយមន្ទីរ ស្ថាប័ន និងមូលដ្ឋាន អនុវត្តគោលនយោបាយជនជាតិ "
    "យកចិត្តទុកដាក់លើជីវភាពរូបវ័ន្ត និងស្មារតីរបស់បងប្អូនជនជាតិភាគតិចក្នុងខេត្ត។"
)


def photo_pool():
    images = [demo_photo(f"Benchmark photo {n}") for n in range(PHOTO_POOL)]
    for image in images:
        image.get_renditions(*PHOTO_RENDITION_FILTERS, *THUMBNAIL_RENDITION_FILTERS)
    return images


def body(images, paragraph, caption):
    blocks = [("paragraph", RichText(f"<p>{paragraph}</p>"))]
    for number, image in enumerate(images, start=1):
        blocks.append(("photo", {"image": image, "alt": f"{caption} {number}", "caption": f"{caption} {number}"}))
        blocks.append(("paragraph", RichText(f"<p>{paragraph}</p>")))
    return blocks


def news_page(index_page, number, images, khmer, translation_of=None):
    date = timezone.now() - timedelta(hours=number * 5 + 24 * 400)
    page = NewsPage(
        title=(f"ព័ត៌មានសាកល្បង លេខ {number}" if khmer else f"Tin thử nghiệm hiệu năng số {number}"),
        slug=f"tin-thu-nghiem-{number}",
        date=date,
        lead=PARAGRAPH_KM if khmer else PARAGRAPH_VI,
        body=body(images, PARAGRAPH_KM if khmer else PARAGRAPH_VI, "រូបថត" if khmer else "Ảnh"),
        credit="Văn phòng",
        listing_image=images[0],
        live=True,
        first_published_at=date,
        last_published_at=date,
        locale=index_page.locale,
    )
    if translation_of is not None:
        page.translation_key = translation_of.translation_key
    return page


def bulk_add_children(parent, pages):
    """What `parent.add_child(instance=page)` leaves in the database for each of `pages` (one page
    model, a direct subclass of Page), in two INSERTs. Run inside a transaction."""
    model = type(pages[0])
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    last_child = parent.get_last_child()
    step = Page._str2int(last_child.path[-Page.steplen :]) if last_child else 0
    content_type = ContentType.objects.get_for_model(model)
    base_fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
    for page in pages:
        step += 1
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth, page.numchild = parent.depth + 1, 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title, page.content_type = page.title, content_type
    rows = Page.objects.bulk_create([Page(**{name: getattr(page, name) for name in base_fields}) for page in pages])
    for page, row in zip(pages, rows, strict=True):
        page.page_ptr_id = page.id = row.pk
    model._base_manager._insert(pages, fields=model._meta.local_concrete_fields)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))


def add_news(vi_index, km_index, images):
    existing = NewsPage.objects.filter(slug__startswith="tin-thu-nghiem-", locale=vi_index.locale).count()
    for start in range(existing, NEWS_PER_LANGUAGE, BATCH):
        with transaction.atomic():
            vietnamese, khmer = [], []
            for number in range(start, min(start + BATCH, NEWS_PER_LANGUAGE)):
                pair = [images[(number + k) % len(images)] for k in range(2)]
                vietnamese.append(news_page(vi_index, number, pair, khmer=False))
                khmer.append(news_page(km_index, number, pair, khmer=True, translation_of=vietnamese[-1]))
            bulk_add_children(vi_index, vietnamese)
            bulk_add_children(km_index, khmer)
        print(f"  {min(start + BATCH, NEWS_PER_LANGUAGE)} news pages per language", flush=True)


def add_twenty_photo_article(vi_index, km_index, images):
    if NewsPage.objects.filter(slug=TWENTY_PHOTOS_SLUG, locale=vi_index.locale).exists():
        return
    twenty = images[:20]
    for index_page, khmer in ((vi_index, False), (km_index, True)):
        page = NewsPage(
            title="ព័ត៌មានមានរូបថត ២០" if khmer else "Bài viết có hai mươi ảnh",
            slug=TWENTY_PHOTOS_SLUG,
            lead=PARAGRAPH_KM if khmer else PARAGRAPH_VI,
            body=body(twenty, PARAGRAPH_KM if khmer else PARAGRAPH_VI, "រូបថត" if khmer else "Ảnh"),
            listing_image=twenty[0],
            locale=index_page.locale,
        )
        if khmer:
            page.translation_key = NewsPage.objects.get(slug=TWENTY_PHOTOS_SLUG, locale=vi_index.locale).translation_key
        index_page.add_child(instance=page)
        page.save_revision().publish()  # the real path: renditions are made on publish


def document_page(library, number, file, khmer, translation_of=None):
    issued = (timezone.now() - timedelta(days=number * 3)).date()
    page = DocumentPage(
        title=(f"ឯកសារសាកល្បង លេខ {number}" if khmer else f"Văn bản thử nghiệm số {number}"),
        slug=f"van-ban-thu-nghiem-{number}",
        number=f"{number + 1}/KH-BDT",
        document_type=DocumentType.objects.filter(locale=library.locale).first(),
        issuing_body=IssuingBody.objects.filter(locale=library.locale).first(),
        signer="Kiên Ninh",
        issue_date=issued,
        summary=PARAGRAPH_KM if khmer else PARAGRAPH_VI,
        file=file,
        live=True,
        first_published_at=timezone.now(),
        last_published_at=timezone.now(),
        locale=library.locale,
    )
    if translation_of is not None:
        page.translation_key = translation_of.translation_key
    return page


def add_documents(vi_library, km_library):
    """Library entries (DocumentPage) in both languages, each with its own PDF."""
    Document = get_document_model()
    existing = DocumentPage.objects.filter(slug__startswith="van-ban-thu-nghiem-", locale=vi_library.locale).count()
    for start in range(existing, DOCUMENTS, BATCH):
        with transaction.atomic():
            vietnamese, khmer = [], []
            for number in range(start, min(start + BATCH, DOCUMENTS)):
                file = Document.objects.create(
                    title=f"Văn bản thử nghiệm số {number}",
                    file=ContentFile(b"%PDF-1.4\n% benchmark document\n%%EOF\n", name=f"van-ban-{number}.pdf"),
                )
                vietnamese.append(document_page(vi_library, number, file, khmer=False))
                khmer.append(document_page(km_library, number, file, khmer=True, translation_of=vietnamese[-1]))
            bulk_add_children(vi_library, vietnamese)
            bulk_add_children(km_library, khmer)


def main():
    started = time.monotonic()
    vi_index = NewsIndexPage.objects.get(locale=Locale.objects.get(language_code="vi"))
    km_index = NewsIndexPage.objects.get(locale=Locale.objects.get(language_code="km"))
    images = photo_pool()
    add_twenty_photo_article(vi_index, km_index, images)
    add_news(vi_index, km_index, images)
    add_documents(
        DocumentIndexPage.objects.get(locale__language_code="vi"),
        DocumentIndexPage.objects.get(locale__language_code="km"),
    )
    elapsed = time.monotonic() - started
    print(f"GENERATED {NEWS_PER_LANGUAGE} news pages and {DOCUMENTS} library documents per language in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
