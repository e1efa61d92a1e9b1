"""Parity of core.wagtail_overrides with Wagtail: one matrix of pages, hosts and titles put through
Wagtail's own implementation (the override's setting off) and through ours, answers compared."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.http import Http404
from django.test import RequestFactory, override_settings
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from agency.models import AgencyPage
from core import wagtail_overrides
from core.models import BasePage
from core.text import ascii_slug
from news.models import NewsIndexPage, NewsPage
from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db


def agency_page(parent, title, slug, live=True):
    page = AgencyPage(title=title, slug=slug, body=[])
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    else:
        page.unpublish()
    return page


def restrict(page, kind, password=""):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, password=password)
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get(name="Editors")])
    return restriction


@pytest.fixture
def matrix(home, news_index, khmer_news_index):
    """Depths 3 to 7, a slug used at two depths, unpublished pages, aliases, every kind of
    restriction (on sources, translations and sections) and a second Site."""
    km = Locale.objects.get(language_code="km")
    about = agency_page(home, "Giới thiệu", "gioi-thieu")
    organisation = agency_page(about, "Tổ chức bộ máy", "to-chuc-bo-may")
    office = agency_page(organisation, "Văn phòng Ban", "van-phong-ban")
    agency_page(office, "Phòng sâu", "phong-sau")
    agency_page(news_index, "Trùng tên", "to-chuc-bo-may")  # the same slug one level up elsewhere
    hidden_section = agency_page(home, "Mục ẩn", "muc-an", live=False)
    agency_page(hidden_section, "Con của mục ẩn", "con")
    factories.NewsPageFactory(parent=news_index, slug="nhap", live=False)
    restrict(factories.NewsPageFactory(parent=news_index, slug="mat-khau"), PageViewRestriction.PASSWORD, "bm")
    restrict(factories.NewsPageFactory(parent=news_index, slug="dang-nhap"), PageViewRestriction.LOGIN)
    restrict(factories.NewsPageFactory(parent=news_index, slug="nhom"), PageViewRestriction.GROUPS)
    closed = agency_page(home, "Nội bộ", "noi-bo")
    restrict(closed, PageViewRestriction.PASSWORD, "nb")
    agency_page(closed, "Tài liệu nội bộ", "tai-lieu")
    source = factories.NewsPageFactory(parent=news_index, slug="nguon-co-mat-khau")
    restrict(source, PageViewRestriction.PASSWORD, "ng")
    translated = factories.NewsPageFactory(parent=news_index, slug="co-ban-dich")
    translate(translated, {translated.title: "ព័ត៌មានបកប្រែ", translated.lead: "សេចក្តីផ្តើម។", translated.credit: "ព័ត៌មាន"})
    khmer_only = Page.objects.get(translation_key=translated.translation_key, locale=km)
    restrict(khmer_only, PageViewRestriction.LOGIN)
    alias_source = factories.NewsPageFactory(parent=news_index, slug="ban-goc")
    alias_source.copy_for_translation(km, alias=True)
    source.copy_for_translation(km, alias=True)
    other_home = factories.HomePageFactory(parent=Page.get_first_root_node(), slug="trang-chu-2", title="Cổng 2")
    factories.NewsIndexPageFactory(parent=other_home, slug="tin-tuc")
    agency_page(other_home, "Giới thiệu", "gioi-thieu")
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    Site.objects.create(hostname="other.example", port=8080, root_page=home)
    return home


HOSTS = ["localhost", "other.example", "other.example:8080", "unknown.example", "OTHER.example"]


def every_path():
    """Every page's URL path below its home page, plus wrong ones."""
    paths = {"/", "/khong-co/", "/gioi-thieu/van-phong-ban/", "/tin-tuc/to-chuc-bo-may/them/", "/muc-an/con/"}
    for page in Page.objects.filter(depth__gt=2):
        parts = page.url_path.strip("/").split("/")[1:]
        paths.add("/" + "/".join(parts) + "/")
    return sorted(paths)


def route_answer(host, path):
    request = RequestFactory().get(path, HTTP_HOST=host)
    site = Site._find_for_request(request)
    root = site.root_page.specific
    try:
        page, args, kwargs = root.route(request, [part for part in path.split("/") if part])
    except Http404:
        return "404"
    return (page.pk, type(page), tuple(args), tuple(sorted(kwargs.items())))


def test_routing_finds_what_wagtails_routing_finds(matrix, settings):
    answers = {}
    for fast in (True, False):
        settings.GOVSITE_FAST_ROUTING = fast
        answers[fast] = {(host, path): route_answer(host, path) for host in HOSTS for path in every_path()}
    assert answers[True] == answers[False]
    assert list(answers[True].values()).count("404") >= 5 and len(set(answers[True].values())) >= 15


def test_a_routable_page_gets_the_same_rest_of_the_path_from_both(matrix, settings, monkeypatch):
    def route(self, request, path_components):
        if path_components and path_components[0].isdigit():
            return RouteResult(self, args=tuple(path_components))
        return BasePage.route(self, request, path_components)

    monkeypatch.setattr(NewsIndexPage, "route", route, raising=False)
    paths = ["/tin-tuc/2024/05/", "/tin-tuc/mat-khau/", "/tin-tuc/khong-co/", "/tin-tuc/"]
    answers = {}
    for fast in (True, False):
        settings.GOVSITE_FAST_ROUTING = fast
        answers[fast] = [route_answer("localhost", path) for path in paths]
    assert answers[True] == answers[False]
    assert answers[True][0][2] == ("2024", "05")


def served(client, host, path):
    response = client.get(path, HTTP_HOST=host)
    page = response.context.get("page") if response.context else None
    return response.status_code, response.get("Location"), getattr(page, "pk", None)


@override_settings(PAGE_CACHE_ENABLED=False, ALLOWED_HOSTS=["*"])
def test_readers_get_the_same_answer_from_every_combination_of_overrides(client, matrix, settings):
    khmer_paths = ["/km" + path for path in every_path()]
    urls = [(host, path) for host in ("localhost", "other.example") for path in every_path() + khmer_paths]
    answers = {}
    for routing, sites in ((True, 60), (False, 0)):
        settings.GOVSITE_FAST_ROUTING, settings.SITE_LOOKUP_SECONDS = routing, sites
        wagtail_overrides.forget_sites()
        answers[routing] = [served(client, host, path) for host, path in urls]
    assert answers[True] == answers[False]
    statuses = {status for status, _location, _page in answers[True]}
    assert {200, 302, 404} <= statuses


def test_a_pages_restrictions_are_wagtails_plus_its_translation_sources(matrix, settings):
    """Not an override (the one-query lookup was measured and removed), but the rule on top of Wagtail's."""
    vietnamese = settings.LANGUAGE_CODE
    pages = list(Page.objects.all())
    assert PageViewRestriction.objects.count() >= 5
    for page in pages:
        wagtails = set(Page.get_view_restrictions(page))
        ours = set(page.specific.get_view_restrictions())
        assert wagtails <= ours
        assert all(restriction.page.locale.language_code == vietnamese for restriction in ours - wagtails)
        if page.locale.language_code == vietnamese:
            assert ours == wagtails


def site_answer(host):
    _name, _, port = host.partition(":")
    request = RequestFactory().get("/", HTTP_HOST=host, SERVER_PORT=port or "80")
    return request, Site._find_for_request(request)


def test_the_remembered_site_is_the_one_wagtail_finds(matrix):
    for _ in range(2):  # asked, then remembered
        for host in HOSTS + ["other.example:80", "localhost:8000"]:
            request, wagtails = site_answer(host)
            ours = wagtail_overrides.site_for(request)
            assert (ours.pk, ours.root_page_id) == (wagtails.pk, wagtails.root_page_id), host
    Site.objects.filter(hostname="other.example", port=80).update(root_page=matrix)
    Site.objects.get(hostname="other.example", port=80).save()  # an admin's save clears the memory
    request, wagtails = site_answer("other.example")
    assert wagtail_overrides.site_for(request).root_page_id == wagtails.root_page_id == matrix.pk


# (title, slug typed or made by Wagtail's admin script, Wagtail's answer, ours); None: refused (no slug).
SLUGS = [
    ("Hello world", "", "hello-world", "hello-world"),
    ("Họp báo", "hop-bao", "hop-bao", "hop-bao"),
    ("Đồng bào dân tộc", "", "ong-bao-dan-toc", "dong-bao-dan-toc"),
    ("Đón Tết", "djon-tt", "djon-tt", "don-tet"),
    ("Thử nghiệm", "th-nghim", "th-nghim", "thu-nghiem"),
    ("Đón Tết", "tet-2026", "tet-2026", "tet-2026"),
    ("Đón Tết", "don", "don", "don"),
    ("Đón Tết", "đón-tết", "đón-tết", "don-tet"),
    ("ព័ត៌មានថ្មី", "", None, ascii_slug("ព័ត៌មានថ្មី")),
]


def saved_slug(parent, title, slug):
    page = factories.NewsPageFactory.build(title=title, slug=slug)
    try:
        parent.add_child(instance=page)
    except ValidationError:
        return None
    return NewsPage.objects.get(pk=page.pk).slug


@pytest.mark.parametrize(("title", "slug", "wagtails", "ours"), SLUGS)
def test_slugs_differ_from_wagtails_only_where_wagtails_lose_letters(news_index, settings, title, slug, wagtails, ours):
    other_parent = factories.NewsIndexPageFactory(parent=news_index.get_parent(), slug="tin-tuc-2")
    settings.GOVSITE_SLUG_REPAIR = False
    assert saved_slug(news_index, title, slug) == wagtails
    settings.GOVSITE_SLUG_REPAIR = True
    assert saved_slug(other_parent, title, slug) == ours


def test_a_taken_slug_gets_the_same_suffix_from_both(news_index, settings):
    factories.NewsPageFactory(parent=news_index, slug="hello-world")
    for repair in (False, True):
        settings.GOVSITE_SLUG_REPAIR = repair
        slug = saved_slug(news_index, "Hello world", "")
        assert slug == "hello-world-2"
        NewsPage.objects.get(slug=slug).delete()


def test_the_check_warns_when_another_wagtail_minor_version_is_installed(monkeypatch, capsys):
    assert wagtail_overrides.check_wagtail_version(None) == []
    monkeypatch.setattr(wagtail_overrides.wagtail, "VERSION", (8, 1, 0, "final", 1))
    warnings = wagtail_overrides.check_wagtail_version(None)
    assert [warning.id for warning in warnings] == ["govsite.W001"]
    assert "Wagtail 8.0" in warnings[0].msg and "8.1" in warnings[0].msg
    call_command("check")
    assert "govsite.W001" in capsys.readouterr().err
