"""What every public page carries for phones, browsers and link previews: icons, a manifest in the
page's language, a meta description, the menu's no-script path, and a share control without trackers."""

import datetime
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.template import Context, Template
from django.utils import timezone

from core.text import normalize_text
from tests import factories

pytestmark = pytest.mark.django_db

FAVICON = Path(settings.WHITENOISE_ROOT) / "favicon.ico"


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def meta_description(html):
    found = re.findall(r'<meta name="description" content="([^"]*)">', html)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def footers(km):
    vietnamese = factories.SiteFooterFactory()
    khmer = factories.SiteFooterFactory(
        locale=km,
        site_name="គេហទំព័រព័ត៌មានអេឡិចត្រូនិករបស់គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ",
        agency_name="គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ",
    )
    return vietnamese, khmer


def test_favicon_ico_is_served_at_the_root_as_an_icon(client):
    assert FAVICON.read_bytes()[:4] == b"\x00\x00\x01\x00"  # the ICO signature
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"


def test_each_language_links_its_own_manifest_and_the_icons(client, khmer_home):
    for prefix, language, start in (("", "vi", "/"), ("/km", "km", "/km/")):
        html = html_of(client, prefix + "/")
        manifest_url = re.search(r'<link rel="manifest" href="/static/(manifest/[^"]+)"', html).group(1)
        assert manifest_url == f"manifest/{language}.webmanifest"
        manifest = json.loads(Path(finders.find(manifest_url)).read_text())
        assert manifest["lang"] == language and manifest["start_url"] == start
        assert manifest["name"] == normalize_text(manifest["name"])
        for icon in manifest["icons"]:
            assert finders.find(str(Path("manifest") / icon["src"]).replace("manifest/../", "")), icon
        assert 'rel="apple-touch-icon"' in html and 'rel="icon"' in html


def test_meta_description_is_the_lead_unless_the_editor_wrote_one(client, news_index):
    article = factories.NewsPageFactory(parent=news_index, lead="Ban Dân tộc tỉnh trao 50 suất học bổng.")
    assert meta_description(html_of(client, article.url)) == "Ban Dân tộc tỉnh trao 50 suất học bổng."
    article.search_description = "Học bổng cho học sinh dân tộc thiểu số."
    article.save_revision().publish()
    assert meta_description(html_of(client, article.url)) == "Học bổng cho học sinh dân tộc thiểu số."


def test_a_model_that_derives_its_description_is_asked_for_it(client, news_index, monkeypatch):
    article = factories.NewsPageFactory(parent=news_index, lead="Lời dẫn.")
    monkeypatch.setattr(type(article), "get_meta_description", lambda page: "Câu đầu tiên của bài.", raising=False)
    assert meta_description(html_of(client, article.url)) == "Câu đầu tiên của bài."


def test_views_without_text_of_their_own_describe_the_site_in_the_readers_language(client, khmer_home, footers):
    assert meta_description(html_of(client, "/tim-kiem/?q=dân+tộc")) == (
        "Tin tức, văn bản pháp luật và chương trình của Ban Dân tộc tỉnh Trà Vinh."
    )
    assert meta_description(html_of(client, "/km/tim-kiem/?q=dân")) == (
        "ព័ត៌មាន ឯកសារច្បាប់ និងកម្មវិធីរបស់គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ។"
    )


def test_the_menu_button_works_without_javascript_and_needs_no_inline_script(client, news_index):
    html = html_of(client, "/")
    toggle = re.search(r'<a class="header-icon menu-toggle" href="#site-nav"[^>]*>', html)
    assert toggle, "the menu link that opens the menu through :target"
    assert '<nav class="site-nav" id="site-nav"' in html
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", html)


def test_share_control_uses_plain_links_and_no_third_party_script(client, news_index, program_index, khmer_news_index):
    article = factories.NewsPageFactory(parent=news_index, slug="hoc-bong")
    programme = factories.ProgramPageFactory(parent=program_index)
    for page in (article, programme):
        html = html_of(client, page.url)
        share = html.split('class="share"')[1].split("</div>")[0]
        address = page.get_full_url().replace(":", "%3A").replace("/", "%2F")
        assert f"https://www.facebook.com/sharer/sharer.php?u={address}" in share
        assert f"https://zalo.me/share?url={address}" in share
        assert "Chia sẻ" in share
        scripts = re.findall(r'<script[^>]*src="([^"]+)"', html)
        assert scripts and all(src.startswith("/static/") for src in scripts), scripts
    km_html = html_of(client, "/km/")
    assert "ម៉ឺនុយ" in km_html


def test_time_datetime_values_have_whole_seconds():
    moment = timezone.make_aware(datetime.datetime(2026, 12, 2, 7, 44, 54, 680369))
    rendered = Template("{% load govsite_tags %}{{ moment|machine_date }}").render(Context({"moment": moment}))
    assert rendered == "2026-12-02T07:44:54+07:00"
