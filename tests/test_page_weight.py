"""What a reader on a slow phone connection downloads for a Khmer news page, photos aside."""

import gzip
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SEED_PATH = "/km/tin-tuc/hoi-nghi-so-ket-cong-tac-dan-toc-6-thang-dau-nam-2022/"
BUDGET = 150 * 1024


def static_file(url):
    return Path(finders.find(url.decode().removeprefix("/static/")))


def compressed_size(data):
    """gzip at the level whitenoise precompresses with (its brotli copy is smaller still)."""
    return len(gzip.compress(data if isinstance(data, bytes) else data.encode(), compresslevel=9))


def test_khmer_news_page_with_its_css_and_fonts_stays_under_150_kb_compressed(client):
    call_command("load_demo", verbosity=0)
    html = client.get(SEED_PATH).content
    stylesheets = [static_file(url) for url in re.findall(rb'<link rel="stylesheet" href="([^"]+)"', html)]
    # Every font the stylesheets declare counts, even those a Khmer page may never need.
    fonts = {
        (stylesheet.parent / url.decode()).resolve()
        for stylesheet in stylesheets
        for url in re.findall(rb'url\("?([^")]+\.woff2)"?\)', stylesheet.read_bytes())
    }
    assert stylesheets and any("khmer" in font.name for font in fonts)
    total = (
        compressed_size(html)
        + sum(compressed_size(sheet.read_bytes()) for sheet in stylesheets)
        + sum(font.stat().st_size for font in fonts)  # WOFF2 is already compressed
    )
    print(f"Khmer news page, CSS and fonts: {total / 1024:.1f} KB compressed")
    assert total <= BUDGET, f"{total / 1024:.1f} KB"


def test_photos_are_webp_with_srcset_and_never_wider_than_shown(client):
    call_command("load_demo", verbosity=0)
    html = client.get(SEED_PATH).content.decode()
    # Every picture but the visitor counter's 1x1 beacon.
    images = [img for img in re.findall(r"<img [^>]*>", html) if "visitor-stats__beacon" not in img]
    assert images
    for img in images:
        srcset = re.search(r'srcset="([^"]+)"', img).group(1)
        widths = [int(w) for w in re.findall(r"\.webp (\d+)w", srcset)]
        assert widths and len(widths) == len(srcset.split(","))
        src_width = int(re.search(r'width="(\d+)"', img).group(1))
        if "news-card__image" in img:
            # Cards are 200 CSS px wide on screens of 600 px and more: a 1x screen gets 200 px.
            assert min(widths) == 200 and 'sizes="(min-width: 600px) 200px' in img
        else:
            # The article column is at most 760 CSS px; 1200 is for 1.5x screens.
            assert min(widths) <= 480 and src_width <= 800 and max(widths) <= 1200
            assert 'sizes="(max-width: 800px) 100vw, 760px"' in img
