"""Builds the demo site: the old portal's seed article and more, in Vietnamese with Khmer translations.

Every step looks for what it would create first, so running it again changes nothing.
Khmer versions go through wagtail-localize (TranslationSource → StringTranslation →
save_target), exactly as a translator's work does, so they are real translations.
"""

import hashlib
import html
import io
import random
from datetime import datetime
from urllib.parse import urlsplit

from anyascii import anyascii
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.models import SiteFooter
from core.text import normalize_text
from documents.models import DocumentIndexPage, DocumentPage, DocumentType, IssuingBody
from home import demo_data
from home.models import HomePage, HomePageFeaturedProgramme
from news.models import NewsIndexPage, NewsPage, NewsPageRelatedDocument, NewsPageRelatedNews
from programs.models import (
    ProgramIndexPage,
    ProgramPage,
    ProgramPageRelatedDocument,
    ProgramPageRelatedNews,
    SubProject,
)
from topics.models import Topic


class MissingDemoTranslation(Exception):
    pass


def demo_photo(title, size=(1600, 1067)):
    """A generated stand-in photo (a landscape of flat shapes), the same every time for a title."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    seed = int(hashlib.sha256(title.encode()).hexdigest()[:8], 16)
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    width, height = size
    picture = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(picture)
    sky, ground = (
        (rng.randint(90, 160), rng.randint(140, 200), rng.randint(200, 240)),
        (
            rng.randint(40, 90),
            rng.randint(110, 160),
            rng.randint(40, 90),
        ),
    )
    horizon = int(height * rng.uniform(0.5, 0.65))
    for y in range(horizon):
        shade = y / horizon
        draw.line([(0, y), (width, y)], fill=tuple(int(c * (1 - 0.3 * shade) + 255 * 0.3 * shade) for c in sky))
    draw.rectangle([0, horizon, width, height], fill=ground)
    for _ in range(rng.randint(3, 6)):  # roofs of a pagoda-like skyline
        x = rng.randint(0, width)
        w = rng.randint(width // 10, width // 4)
        h = rng.randint(height // 8, height // 3)
        colour = (rng.randint(150, 220), rng.randint(60, 120), rng.randint(20, 60))
        draw.polygon([(x - w, horizon), (x, horizon - h), (x + w, horizon)], fill=colour)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    name = hashlib.sha1(title.encode()).hexdigest()[:12] + ".jpg"  # noqa: S324 - a file name
    image = image_model(title=title, file=ImageFile(buffer, name=name))
    image.save()
    return image


def demo_pdf(lines):
    """A small valid one-page PDF showing `lines` (ASCII; the file stands in for a scanned document)."""
    text = " T* ".join(f"({anyascii(line).replace('(', '[').replace(')', ']')}) Tj" for line in lines)
    stream = f"BT /F1 12 Tf 14 TL 60 780 Td {text} ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    pdf += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    pdf += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return pdf


def demo_document_file(data):
    """The Wagtail document holding a demo legal document's PDF, made once."""
    model = get_document_model()
    title = f"{data['number']} {data['vi']['title']}"[:255]
    existing = model.objects.filter(title=title).first()
    if existing:
        return existing
    name = ascii_name(data["number"]) + ".pdf"
    pdf = demo_pdf([data["number"], data["vi"]["title"][:90], data["issue_date"], "Demo file"])
    document = model(title=title, file=ContentFile(pdf, name=name), file_size=len(pdf))
    document.save()
    return document


def ascii_name(number):
    return anyascii(number).replace("/", "-").lower()


def paragraphs(texts):
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in texts]


def photo(image, texts, credit=""):
    return ("photo", {"image": image, "alt": texts["alt"], "caption": texts["caption"], "credit": credit})


def aware(iso):
    return timezone.make_aware(datetime.fromisoformat(iso))


def child_by_slug(parent, model, slug):
    return model.objects.child_of(parent).filter(slug=slug).first()


def add_published(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_news(news_index, data, body, listing_image):
    """A published Vietnamese news page from a demo_data entry (its "vi" texts) and a built body."""
    texts = data["vi"]
    page = NewsPage(
        title=texts["title"],
        slug=data["slug"],
        date=aware(data["date"]),
        lead=texts["lead"],
        body=body,
        credit=texts["credit"],
        listing_image=listing_image,
    )
    return add_published(news_index, page)


class DemoSiteBuilder:
    def __init__(self, log=print):
        self.log = log
        self.vietnamese = Locale.objects.get(language_code="vi")
        self.khmer = Locale.objects.get(language_code="km")
        self.translations = {}  # Vietnamese source string → Khmer

    # -- Vietnamese tree ----------------------------------------------------
    def home(self):
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        home = HomePage.objects.filter(locale=self.vietnamese).first()
        if home is None:
            root = Page.get_first_root_node()
            texts = demo_data.HOME["vi"]
            home = HomePage(
                title=texts["title"],
                slug="trang-chu",
                banner_title=texts["banner_title"],
                banner_text=texts["banner_text"],
            )
            add_published(root, home)
            self.log("Created the Vietnamese home page")
        if site is None:
            site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        if site.root_page_id != home.pk:
            # Absolute links (hreflang) use the Site's address: make it the one the demo is served on.
            address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
            site.hostname = address.hostname
            site.port = address.port or (443 if address.scheme == "https" else 80)
            previous = site.root_page
            site.root_page = home
            site.site_name = demo_data.FOOTER["vi"]["site_name"]
            site.save()
            # Wagtail's "Welcome" placeholder from its initial migration.
            if previous.specific_class is Page and previous.depth == 2 and not previous.get_children().exists():
                previous.delete()
        self.remember(demo_data.HOME, ["title", "banner_title", "banner_text"])
        return home

    def section(self, home, model, data):
        page = child_by_slug(home, model, data["slug"])
        if page is None:
            page = add_published(
                home, model(title=data["vi"]["title"], slug=data["slug"], intro=data["vi"]["intro"], show_in_menus=True)
            )
            self.log(f"Created section {page.title}")
        self.remember(data, ["title", "intro"])
        return page

    def seed_article(self, news_index):
        data = demo_data.SEED_ARTICLE
        page = child_by_slug(news_index, NewsPage, data["slug"])
        texts = data["vi"]
        photos = [demo_photo(f"Demo: {block[1]['caption']}") for block in texts["body"] if block[0] == "photo"]
        if page is None:
            body, photo_number = [], 0
            for kind, value in texts["body"]:
                if kind == "paragraph":
                    body.extend(paragraphs([value]))
                else:
                    body.append(photo(photos[photo_number], value))
                    photo_number += 1
            page = add_news(news_index, data, body, listing_image=photos[0])
            self.log(f"Created the seed article {page.title}")
        self.remember_article(data["vi"], data["km"])
        return page

    def more_news(self, news_index):
        pages = []
        for data in demo_data.MORE_NEWS:
            page = child_by_slug(news_index, NewsPage, data["slug"])
            texts = data["vi"]
            if page is None:
                image = demo_photo(f"Demo: {texts['caption']}")
                body = [*paragraphs(texts["paragraphs"][:1]), photo(image, texts), *paragraphs(texts["paragraphs"][1:])]
                page = add_news(news_index, data, body, listing_image=image)
                self.log(f"Created news {page.title}")
            if data["km"]:
                km = data["km"]
                self.remember_pairs(
                    [(texts[key], km[key]) for key in ("title", "lead", "caption", "alt", "credit")]
                    + list(zip(texts["paragraphs"], km["paragraphs"], strict=True))
                )
            pages.append((page, bool(data["km"])))
        return pages

    def programmes(self, programme_index):
        pages = []
        for data in demo_data.PROGRAMS:
            page = child_by_slug(programme_index, ProgramPage, data["slug"])
            texts = data["vi"]
            if page is None:
                page = add_published(
                    programme_index,
                    ProgramPage(
                        title=texts["title"],
                        slug=data["slug"],
                        period_start=data["period_start"],
                        period_end=data["period_end"],
                        decision_date=data["decision_date"],
                        phase=texts["phase"],
                        responsible_agency=texts["agency"],
                        summary=texts["paragraphs"][0],
                        objectives=objectives_html(texts["objectives"]),
                        body=paragraphs(texts["paragraphs"][1:]),
                    ),
                )
                self.log(f"Created programme {page.title}")
            km = data["km"]
            self.remember_pairs(
                [(texts[key], km[key]) for key in ("title", "phase", "agency")]
                + list(zip(texts["paragraphs"], km["paragraphs"], strict=True))
                + list(zip(texts["objectives"], km["objectives"], strict=True))
            )
            pages.append(page)
        return pages

    def footer(self):
        footer = SiteFooter.objects.filter(locale=self.vietnamese).first()
        if footer is None:
            footer = SiteFooter.objects.create(locale=self.vietnamese, **demo_data.FOOTER["vi"])
            self.log("Created the Vietnamese footer")
        self.remember(demo_data.FOOTER, list(demo_data.FOOTER["vi"]))
        return footer

    def link_related(self, seed, news, programmes, home):
        if not seed.related_news.exists():
            for order, (page, _) in enumerate(news[:3]):
                NewsPageRelatedNews.objects.create(source=seed, page=page, sort_order=order)
            seed.save_revision().publish()
        for programme in programmes:
            if not programme.related_news.exists():
                ProgramPageRelatedNews.objects.create(source=programme, page=seed, sort_order=0)
                programme.save_revision().publish()
        if not home.featured_programmes.exists():
            for order, programme in enumerate(programmes):
                HomePageFeaturedProgramme.objects.create(source=home, programme=programme, sort_order=order)
            home.save_revision().publish()

    # -- Topics, documents, sub-projects --------------------------------------
    def named_snippets(self, model, entries):
        found = {}
        for data in entries:
            item = model.objects.filter(locale=self.vietnamese, slug=data["slug"]).first()
            if item is None:
                item = model.objects.create(locale=self.vietnamese, slug=data["slug"], name=data["vi"]["name"])
                self.log(f"Created {model._meta.verbose_name} {item.name}")
            self.remember(data, ["name"])
            found[data["slug"]] = item
        return found

    def documents(self, library, types, bodies, topics):
        pages = {}
        for data in demo_data.DOCUMENTS:
            page = DocumentPage.objects.child_of(library).filter(number=data["number"]).first()
            if page is None:
                page = add_published(
                    library,
                    DocumentPage(
                        title=data["vi"]["title"],
                        slug=ascii_name(data["number"]),
                        number=data["number"],
                        document_type=types[data["type"]],
                        issuing_body=bodies[data["body"]],
                        signer=data["signer"],
                        issue_date=data["issue_date"],
                        effective_date=data.get("effective_date"),
                        expiry_date=data.get("expiry_date"),
                        status="in-force" if data.get("replaced_by") else data["status"],
                        summary=data["vi"]["summary"],
                        file=demo_document_file(data),
                    ),
                )
                page.topics.set([topics[slug] for slug in data["topics"]])
                page.save_revision().publish()
                self.log(f"Created document {page.number}")
            self.remember(data, ["title", "summary"])
            pages[data["number"]] = page
        for data in demo_data.DOCUMENTS:
            page = pages[data["number"]]
            if data.get("replaced_by") and not page.replaced_by_id:
                page.replaced_by = pages[data["replaced_by"]]
                page.status = data["status"]
                page.save_revision().publish()
        return pages

    def link_documents_and_topics(self, seed, news, programmes, documents, topics):
        if not seed.related_documents.exists():
            for order, number in enumerate(demo_data.SEED_DOCUMENTS):
                NewsPageRelatedDocument.objects.create(source=seed, document=documents[number], sort_order=order)
            seed.topics.set([topics[slug] for slug in demo_data.SEED_TOPICS])
            seed.save_revision().publish()
        for page, _has_khmer in news:
            if not page.topics.exists():
                slug = next(topic for word, topic in demo_data.NEWS_TOPIC_RULES if word in page.slug)
                page.topics.set([topics[slug]])
                page.save_revision().publish()
        for programme in programmes:
            links = demo_data.PROGRAM_LINKS.get(programme.slug)
            if links and not programme.related_documents.exists():
                for order, number in enumerate(links["documents"]):
                    ProgramPageRelatedDocument.objects.create(
                        source=programme, document=documents[number], sort_order=order
                    )
                programme.topics.set([topics[slug] for slug in links["topics"]])
                programme.save_revision().publish()
            projects = demo_data.SUB_PROJECTS.get(programme.slug, [])
            if projects and not programme.sub_projects.exists():
                for order, data in enumerate(projects):
                    SubProject.objects.create(
                        programme=programme,
                        locale=self.vietnamese,
                        sort_order=order,
                        code=data["vi"]["code"],
                        name=data["vi"]["name"],
                        status=data["status"],
                        period_start=data["period_start"],
                        period_end=data["period_end"],
                    )
                programme.save_revision().publish()
            for data in projects:
                self.remember(data, ["code", "name"])

    # -- Khmer translations -----------------------------------------------
    def remember(self, data, keys):
        self.remember_pairs([(data["vi"][key], data["km"][key]) for key in keys])

    def remember_article(self, vi, km):
        pairs = [(vi[key], km[key]) for key in ("title", "lead", "credit")]
        for (kind, vi_value), (_, km_value) in zip(vi["body"], km["body"], strict=True):
            if kind == "paragraph":
                pairs.append((vi_value, km_value))
            else:
                pairs += [(vi_value["caption"], km_value["caption"]), (vi_value["alt"], km_value["alt"])]
        self.remember_pairs(pairs)

    def remember_pairs(self, pairs):
        for vi, km in pairs:
            if vi:
                self.translations[normalize_text(vi)] = normalize_text(km)

    def translate(self, instance):
        """Translate through wagtail-localize, as a translator would, unless a Khmer version exists."""
        if instance.get_translations().filter(locale=self.khmer).exists():
            return
        source, _ = TranslationSource.get_or_create_from_instance(instance)
        translation, _ = Translation.objects.get_or_create(source=source, target_locale=self.khmer)
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            khmer = self.khmer_for(segment.string.data)
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.khmer,
                context=segment.context,
                defaults={"data": khmer},
            )
        translation.save_target(publish=True)
        self.log(f"Translated into Khmer: {instance}")

    def khmer_for(self, vietnamese):
        key = normalize_text(vietnamese)
        if key in self.translations:
            return self.translations[key]
        # Rich text segments arrive HTML-escaped.
        unescaped = html.unescape(key)
        if unescaped in self.translations:
            return html.escape(self.translations[unescaped], quote=False)
        raise MissingDemoTranslation(f"No Khmer text in demo_data for: {vietnamese[:80]!r}")

    def build(self):
        from agency import demo as agency_demo  # these import this module
        from feedback import demo as feedback_demo
        from glossary import demo as glossary_demo

        # Not one big transaction: wagtail-localize publishes each translation on commit,
        # and a later commit would publish stale copies of parents. Each step is idempotent.
        home = self.home()
        news_index = self.section(home, NewsIndexPage, demo_data.NEWS_INDEX)
        programme_index = self.section(home, ProgramIndexPage, demo_data.PROGRAM_INDEX)
        seed = self.seed_article(news_index)
        news = self.more_news(news_index)
        programmes = self.programmes(programme_index)
        footer = self.footer()
        self.link_related(seed, news, programmes, home)
        agency_pages = agency_demo.build(self, home) + feedback_demo.build(self, home)
        topics = self.named_snippets(Topic, demo_data.TOPICS)
        types = self.named_snippets(DocumentType, demo_data.DOCUMENT_TYPES)
        bodies = self.named_snippets(IssuingBody, demo_data.ISSUING_BODIES)
        library = self.section(home, DocumentIndexPage, demo_data.DOCUMENT_INDEX)
        documents = self.documents(library, types, bodies, topics)
        self.link_documents_and_topics(seed, news, programmes, documents, topics)

        glossary_demo.build(self)  # the official Khmer names of agencies and programmes
        # Snippets and documents first: translated pages point at their Khmer versions.
        snippets = [*topics.values(), *types.values(), *bodies.values()]
        for instance in [home, news_index, programme_index, library, *snippets, *documents.values()]:
            self.translate(instance)
        for instance in [seed, *programmes, footer, *agency_pages]:
            self.translate(instance)
        for page, has_khmer in news:
            if has_khmer:
                self.translate(page)
        return seed


def objectives_html(objectives):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in objectives) + "</ul>"
