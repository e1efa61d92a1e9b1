"""Creates or updates Vietnamese news pages from parsed old-portal articles."""

import hashlib
import io
from dataclasses import dataclass
from html import escape

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale
from wagtail.rich_text import RichText

from core.text import ascii_slug
from legacy.models import MISSING_PHOTO_TAG, MISSING_PHOTO_TITLE_PREFIX, ImportedArticle
from legacy.parser import LegacyFormatError, parse
from legacy.references import DOCUMENT_NUMBER, find_document, link_markup
from news.models import NewsIndexPage, NewsPage

MISSING_PHOTOS_COLLECTION = "Ảnh còn thiếu (cổng cũ)"
RELATED_DOCUMENTS_LABEL = "Văn bản liên quan: "


@dataclass
class Outcome:
    name: str
    action: str  # created, updated, unchanged, failed
    detail: str = ""


def source_hash(data):
    return hashlib.sha256(data).hexdigest()


def missing_photos_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=MISSING_PHOTOS_COLLECTION).first()
    return existing or root.add_child(name=MISSING_PHOTOS_COLLECTION)


def placeholder_photo(caption):
    """A plain grey stand-in, one per caption, tagged and filed where editors look for missing photos."""
    image_model = get_image_model()
    title = f"{MISSING_PHOTO_TITLE_PREFIX} {caption}"[:255]
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    picture = PILImage.new("RGB", (1200, 800), (214, 218, 224))
    draw = ImageDraw.Draw(picture)
    draw.rectangle([480, 320, 720, 480], outline=(120, 126, 136), width=12)  # a camera outline
    draw.ellipse([550, 350, 650, 450], outline=(120, 126, 136), width=12)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    name = "thieu-anh-" + hashlib.sha1(caption.encode()).hexdigest()[:12] + ".png"  # noqa: S324 - a file name
    image = image_model(title=title, file=ImageFile(buffer, name=name), collection=missing_photos_collection())
    image.save()
    image.tags.add(MISSING_PHOTO_TAG)
    return image


def linked_paragraph(text, documents):
    """Escaped paragraph HTML with each cited document that exists in the library linked."""
    html, position = [], 0
    for match in DOCUMENT_NUMBER.finditer(text):
        html.append(escape(text[position : match.start()], quote=False))
        document = documents.get(match.group())
        number = escape(match.group(), quote=False)
        html.append(f"{link_markup(document)}{number}</a>" if document else number)
        position = match.end()
    html.append(escape(text[position:], quote=False))
    return "<p>" + "".join(html) + "</p>"


def cited_documents(article):
    found = {}
    for number in article.document_numbers:
        document = find_document(number)
        if document is not None:
            found[number] = document
    return found


def body_blocks(article, documents, kept_images):
    body = []
    for block in article.blocks:
        if block.kind == "photo":
            image, alt = kept_images.get(block.text) or (placeholder_photo(block.text), block.text)
            body.append(("photo", {"image": image, "alt": alt, "caption": block.text, "credit": ""}))
        else:
            body.append(("paragraph", RichText(linked_paragraph(block.text, documents))))
    # The lead is plain text: documents cited only there are linked after the body.
    only_in_lead = [n for n in documents if n in article.lead and not any(n in b.text for b in article.blocks)]
    if only_in_lead:
        links = ", ".join(f"{link_markup(documents[n])}{escape(n, quote=False)}</a>" for n in only_in_lead)
        body.append(("paragraph", RichText(f"<p>{RELATED_DOCUMENTS_LABEL}{links}</p>")))
    return body


def replaced_photos(page):
    """Photos an editor already put in place of a placeholder, by caption: a re-import keeps them."""
    kept = {}
    for block in page.body:
        if block.block_type == "photo" and block.value["image"] is not None:
            image = block.value["image"]
            if not image.title.startswith(MISSING_PHOTO_TITLE_PREFIX):
                kept[block.value["caption"]] = (image, block.value["alt"])
    return kept


def news_index():
    vietnamese = Locale.objects.get(language_code="vi")
    index = NewsIndexPage.objects.filter(locale=vietnamese).first()
    if index is None:
        raise LegacyFormatError("no Vietnamese news index page to import under")  # reported for every file
    return index


class LegacyImporter:
    def __init__(self, dry_run=False):
        self.dry_run = dry_run

    def import_file(self, name, data):
        try:
            article = parse(data)
        except LegacyFormatError as error:
            return Outcome(name, "failed", str(error))
        key = ascii_slug(article.title, max_length=255)
        if not key:
            return Outcome(name, "failed", "no title: the first line has no letters")
        record = ImportedArticle.objects.filter(key=key).select_related("page").first()
        checksum = source_hash(data)
        if record and record.source_hash == checksum:
            return Outcome(name, "unchanged", record.page.url_path)
        page = record.page if record else existing_article(article.title)
        action = "updated" if page else "created"
        detail = self.describe(article)
        if self.dry_run:
            return Outcome(name, f"would be {action}", detail)
        try:
            with transaction.atomic():
                self.save(article, key, page, name, checksum)
        except LegacyFormatError as error:
            return Outcome(name, "failed", str(error))
        return Outcome(name, action, detail)

    @staticmethod
    def describe(article):
        parts = [f"«{article.title[:60]}»", f"{len(article.blocks)} blocks", f"{len(article.captions)} photo captions"]
        parts.append(f"dated {article.date:%d/%m/%Y %H:%M}" if article.date else "no date in the text")
        if article.document_numbers:
            parts.append("cites " + ", ".join(article.document_numbers))
        return "; ".join(parts)

    def save(self, article, key, page, name, checksum):
        documents = cited_documents(article)
        kept = replaced_photos(page) if page else {}
        body = body_blocks(article, documents, kept)
        fields = {"title": article.title, "lead": article.lead, "body": body, "credit": article.credit}
        if article.date:
            fields["date"] = timezone.make_aware(article.date)
        if page is None:
            page = NewsPage(**fields)  # BasePage gives it an ASCII slug, unique under the index
            page.date = fields.get("date") or timezone.now()
            # The old portal published it then: what "newest" means to search (search.backends.postgres).
            page.first_published_at = page.date
            news_index().add_child(instance=page)
        else:
            for field_name, value in fields.items():
                setattr(page, field_name, value)
        real_photos = [image for image, _alt in kept.values()]
        page.listing_image = next(iter(real_photos), None) or first_photo(body)
        page.save_revision().publish()
        missing = sum(1 for kind, value in body if kind == "photo" and value["image"] not in real_photos)
        ImportedArticle.objects.update_or_create(
            key=key,
            defaults={"page": page, "source_name": name, "source_hash": checksum, "missing_photos": missing},
        )


def existing_article(title):
    """A Vietnamese article with the same title made another way (the demo, an editor) is updated, not doubled."""
    return NewsPage.objects.filter(locale__language_code="vi", title=title, alias_of__isnull=True).first()


def first_photo(body):
    return next((value["image"] for kind, value in body if kind == "photo"), None)
