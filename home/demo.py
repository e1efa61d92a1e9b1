"""Builds the demo site: the old portal's seed article and more, in Vietnamese with Khmer translations.

Every step looks for what it would create first, so running it again changes nothing.
Khmer versions go through wagtail-localize (TranslationSource → StringTranslation →
save_target), exactly as a translator's work does, so they are real translations.
"""

import hashlib
import io
import random
from datetime import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.models import SiteFooter
from core.text import normalize_text
from home import demo_data
from home.models import HomePage, HomePageFeaturedProgramme
from news.models import NewsIndexPage, NewsPage, NewsPageRelatedNews
from programs.models import ProgramIndexPage, ProgramPage, ProgramPageRelatedNews


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
            page = add_published(
                news_index,
                NewsPage(
                    title=texts["title"],
                    slug=data["slug"],
                    date=aware(data["date"]),
                    lead=texts["lead"],
                    body=body,
                    credit=texts["credit"],
                    listing_image=photos[0],
                ),
            )
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
                page = add_published(
                    news_index,
                    NewsPage(
                        title=texts["title"],
                        slug=data["slug"],
                        date=aware(data["date"]),
                        lead=texts["lead"],
                        body=body,
                        credit=texts["credit"],
                        listing_image=image,
                    ),
                )
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
        from html import unescape

        unescaped = unescape(key)
        if unescaped in self.translations:
            from html import escape

            return escape(self.translations[unescaped], quote=False)
        raise MissingDemoTranslation(f"No Khmer text in demo_data for: {vietnamese[:80]!r}")

    def build(self):
        from agency import demo as agency_demo  # these import this module
        from feedback import demo as feedback_demo

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

        for instance in [home, news_index, programme_index, seed, *programmes, footer, *agency_pages]:
            self.translate(instance)
        for page, has_khmer in news:
            if has_khmer:
                self.translate(page)
        return seed


def objectives_html(objectives):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in objectives) + "</ul>"
