"""A URL finds its page in a fixed number of queries at any depth; wrong paths, privacy and
breadcrumbs behave as Wagtail's own routing would."""

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction

from agency.models import AgencyPage
from news.models import NewsIndexPage
from tests import factories

pytestmark = pytest.mark.django_db


def agency_page(parent, title, slug):
    page = AgencyPage(title=title, slug=slug, body=[])
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def nested(home):
    """Trang chủ › Giới thiệu › Tổ chức bộ máy › Văn phòng Ban (depths 3 to 5)."""
    about = agency_page(home, "Giới thiệu", "gioi-thieu")
    organisation = agency_page(about, "Tổ chức bộ máy", "to-chuc-bo-may")
    office = agency_page(organisation, "Văn phòng Ban", "van-phong-ban")
    return about, organisation, office


def route_queries(home, url):
    request = RequestFactory().get(url)
    with CaptureQueriesContext(connection) as queries:
        page, _args, _kwargs = home.route(request, [part for part in url.split("/") if part])
    return page, len(queries)


def test_routing_costs_the_same_queries_at_every_depth(home, nested):
    counts = []
    for page in nested:
        found, count = route_queries(home, page.url)
        assert found.pk == page.pk and isinstance(found, AgencyPage)
        counts.append(count)
    assert counts == [2, 2, 2]  # the pages on the path, then the page's own row


def test_wrong_paths_are_not_found(client, home, nested, news_index):
    office = nested[-1]
    article = factories.NewsPageFactory(parent=news_index, title="Tin lạc chỗ")
    assert client.get(office.url).status_code == 200
    assert client.get(f"/gioi-thieu/{article.slug}/").status_code == 404  # a real slug in the wrong section
    assert client.get("/gioi-thieu/van-phong-ban/").status_code == 404  # skips a level
    assert client.get(office.url + "them/").status_code == 404
    assert client.get("/khong-co/to-chuc-bo-may/").status_code == 404


def test_unpublished_page_is_not_found_even_when_its_children_are_live(client, nested):
    organisation = nested[1]
    assert client.get("/gioi-thieu/to-chuc-bo-may/").status_code == 200
    organisation.unpublish()
    assert client.get("/gioi-thieu/to-chuc-bo-may/").status_code == 404


def test_breadcrumbs_of_a_routed_page_need_no_query(client, home, nested):
    office = nested[-1]
    html = client.get(office.url).content.decode()
    trail = html[html.index('class="breadcrumbs"') :]
    trail = trail[: trail.index("</nav>")]
    assert trail.index("Trang chủ") < trail.index("Giới thiệu") < trail.index("Tổ chức bộ máy")
    assert trail.index("Tổ chức bộ máy") < trail.index('aria-current="page">Văn phòng Ban')
    page, _count = route_queries(home, office.url)
    with CaptureQueriesContext(connection) as queries:
        assert [ancestor.title for ancestor in page.breadcrumb_ancestors][1:] == ["Giới thiệu", "Tổ chức bộ máy"]
    assert len(queries) == 0


def test_a_page_type_with_its_own_route_gets_the_rest_of_the_path(home, news_index, monkeypatch):
    seen = []

    def route(self, request, path_components):
        seen.append((self.pk, path_components))
        raise Http404

    monkeypatch.setattr(NewsIndexPage, "route", route, raising=False)
    request = RequestFactory().get("/tin-tuc/2024/05/")
    with pytest.raises(Http404):
        home.route(request, ["tin-tuc", "2024", "05"])
    assert seen == [(news_index.pk, ["2024", "05"])]


def test_a_password_on_a_section_protects_every_page_in_it(client, news_index):
    article = factories.NewsPageFactory(parent=news_index, lead="Nội dung nội bộ.")
    PageViewRestriction.objects.create(page=news_index, restriction_type=PageViewRestriction.PASSWORD, password="bm")
    html = client.get(article.url).content.decode()
    assert "Nội dung nội bộ." not in html
    assert 'name="password"' in html


def test_a_login_restriction_sends_readers_to_sign_in(client, news_index):
    article = factories.NewsPageFactory(parent=news_index)
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(article.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_an_alias_keeps_its_source_pages_restriction(client, news_index, khmer_news_index):
    article = factories.NewsPageFactory(parent=news_index, lead="Chỉ cán bộ được xem.")
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.PASSWORD, password="bm")
    alias = article.copy_for_translation(Locale.objects.get(language_code="km"), alias=True)
    html = client.get(Page.objects.get(pk=alias.pk).url).content.decode()
    assert "Chỉ cán bộ được xem." not in html
    assert 'name="password"' in html
    # The restriction set in the admin on the source page is what applies: not one of the alias's own.
    assert set(alias.get_view_restrictions()) == set(article.get_view_restrictions())
