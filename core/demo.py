"""Tools every app's demo builder uses (demo photos, published pages, Khmer translations through
wagtail-localize), and the footer's demo. Each app owns its demo data (APP/demo_data.py) and builder
(APP/demo.py); home.demo puts the site together (`manage.py load_demo`).

Every step looks for what it would create first, so running it again changes nothing.
Khmer versions go through wagtail-localize (core.translation: TranslationSource → StringTranslation →
save_target), exactly as a translator's work does, so they are real translations.
"""

import hashlib
import html
import io
import random
from datetime import datetime

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.rich_text import RichText

from core import demo_data, translation
from core.models import SiteFooter
from core.text import normalize_text


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


class DemoBuilder:
    """What every app's demo step shares: a log, the two locales, the Khmer text of each Vietnamese
    string met so far, and translating a page or snippet with it."""

    def __init__(self, log=print):
        self.log = log
        self.vietnamese = Locale.objects.get(language_code="vi")
        self.khmer = Locale.objects.get(language_code="km")
        self.translations = {}  # Vietnamese source string → Khmer

    def section(self, home, model, data):
        page = child_by_slug(home, model, data["slug"])
        if page is None:
            page = add_published(
                home, model(title=data["vi"]["title"], slug=data["slug"], intro=data["vi"]["intro"], show_in_menus=True)
            )
            self.log(f"Created section {page.title}")
        self.remember(data, ["title", "intro"])
        return page

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

    def remember(self, data, keys):
        self.remember_pairs([(data["vi"][key], data["km"][key]) for key in keys])

    def remember_pairs(self, pairs):
        for vi, km in pairs:
            if vi:
                self.translations[normalize_text(vi)] = normalize_text(km)

    def translate(self, instance):
        """Translate through wagtail-localize, as a translator would, unless a Khmer version exists."""
        if instance.get_translations().filter(locale=self.khmer).exists():
            return
        translation.translate(instance, self.khmer_for, self.khmer)
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


def footer(builder):
    footer = SiteFooter.objects.filter(locale=builder.vietnamese).first()
    if footer is None:
        footer = SiteFooter.objects.create(locale=builder.vietnamese, **demo_data.FOOTER["vi"])
        builder.log("Created the Vietnamese footer")
    builder.remember(demo_data.FOOTER, list(demo_data.FOOTER["vi"]))
    return footer
