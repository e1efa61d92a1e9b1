"""A page behind a view restriction (password, log-in or groups), and everything below it, is absent
for anonymous readers from every list of the site, in both languages: search results and excerpts,
feeds, news lists, topic pages, latest and related news, the home page, sitemaps and metadata.

A restriction on a Vietnamese page covers its Khmer translation at once, before wagtail-localize
copies it at the next translation sync.
"""

import re
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from agency.models import AgencyPage
from core.text import normalize_text
from home.models import HomePageFeaturedProgramme
from news.models import NewsPageRelatedDocument, NewsPageRelatedNews
from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db

SLUG = "kinh-te-vung-dan-toc"
VI_QUERY = "kinh phí"
KM_QUERY = "ថវិកា"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

# Each article's body holds the language's query, so the search lists both; the markers are the
# texts around it, which a search excerpt would print whole.
TEXTS = {
    "shown": {
        "title": "Khai mạc hội thi văn nghệ dân tộc",
        "lead": "Hội thi mở màn tại thành phố.",
        "body": "Kinh phí hội thi do tỉnh cấp.",
        "marker": "hội thi do tỉnh cấp",
    },
    "secret": {
        "title": "Họp kín dự toán ngân sách",
        "lead": "Lời dẫn chưa được công bố.",
        "body": "Kinh phí mật của năm sau.",
        "marker": "mật của năm sau",
    },
    "older": {
        "title": "Tập huấn cán bộ làm công tác dân tộc",
        "lead": "Lớp tập huấn hai ngày.",
        "body": "Học viên được cấp tài liệu.",
        "marker": "được cấp tài liệu",
    },
}
KHMER = {
    "shown": {
        "title": "ពិធីបើកការប្រកួតសិល្បៈ",
        "lead": "ការប្រកួតបានចាប់ផ្តើមនៅទីក្រុង។",
        "body": "ថវិកាការប្រកួតពីខេត្ត។",
        "marker": "ការប្រកួតពីខេត្ត",
    },
    "secret": {
        "title": "កិច្ចប្រជុំបិទទ្វារ",
        "lead": "សេចក្តីផ្តើមមិនទាន់ផ្សព្វផ្សាយ។",
        "body": "ថវិកាសម្ងាត់ឆ្នាំក្រោយ។",
        "marker": "សម្ងាត់ឆ្នាំក្រោយ",
    },
    "older": {
        "title": "វគ្គបណ្តុះបណ្តាលមន្ត្រី",
        "lead": "វគ្គបណ្តុះបណ្តាលរយៈពេលពីរថ្ងៃ។",
        "body": "សិក្ខាកាមទទួលបានឯកសារ។",
        "marker": "ទទួលបានឯកសារ",
    },
}


def markers(texts):
    return [normalize_text(texts[name]) for name in ("title", "lead", "marker")]


def restrict(page, kind=PageViewRestriction.PASSWORD):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="mat-khau" if kind == PageViewRestriction.PASSWORD else ""
    )
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get(name="Editors")])
    return restriction


def news(parent, texts, topic):
    page = factories.NewsPageFactory(
        parent=parent,
        title=texts["title"],
        lead=texts["lead"],
        body__0__paragraph__value=f"<p>{texts['body']}</p>",
    )
    page.topics.set([topic])
    page.save_revision().publish()
    return page


def khmer_news(page, name):
    strings = {TEXTS[name][field]: KHMER[name][field] for field in ("title", "lead", "body")}
    return translate(page, {**strings, page.credit: "ព័ត៌មាន៖ Cảnh Tuân"})


@pytest.fixture
def topic(db):
    return factories.TopicFactory(name="Kinh tế vùng dân tộc", slug=SLUG)


@pytest.fixture
def site(home, news_index, program_index, topic):
    """Three articles, oldest first; the newest is the one to hide. Every list shows all three."""
    older = news(news_index, TEXTS["older"], topic)
    shown = news(news_index, TEXTS["shown"], topic)
    secret = news(news_index, TEXTS["secret"], topic)
    # An editor's pick of the secret article on the older one (its related news).
    NewsPageRelatedNews.objects.create(source=older, page=secret, sort_order=0)
    older.save_revision().publish()
    programme = factories.ProgramPageFactory(parent=program_index, title="Chương trình phát triển vùng")
    programme.topics.set([topic])
    programme.save_revision().publish()
    return {"older": older, "shown": shown, "secret": secret, "programme": programme, "news_index": news_index}


@pytest.fixture
def khmer_site(site, khmer_news_index, topic):
    translate(topic, {topic.name: "សេដ្ឋកិច្ចតំបន់ជនជាតិ"})
    return {name: khmer_news(site[name], name) for name in TEXTS}


def vietnamese_lists(site):
    return [
        "/",
        "/tin-tuc/",
        "/rss.xml",
        "/atom.xml",
        f"/chuyen-muc/{SLUG}/",
        f"/chuyen-muc/{SLUG}/rss.xml",
        f"/chuyen-muc/{SLUG}/atom.xml",
        f"/tim-kiem/?q={VI_QUERY}",
        site["older"].url,  # related news: an editor's pick, then the section's latest
        site["shown"].url,
        site["programme"].url,  # related news: the latest of its topics
    ]


def khmer_lists(khmer_site):
    return [
        "/km/",
        "/km/tin-tuc/",
        "/km/rss.xml",
        "/km/atom.xml",
        f"/km/chuyen-muc/{SLUG}/",
        f"/km/chuyen-muc/{SLUG}/rss.xml",
        f"/km/chuyen-muc/{SLUG}/atom.xml",
        f"/km/tim-kiem/?q={KM_QUERY}",
        khmer_site["older"].url,
        khmer_site["shown"].url,
    ]


def found(client, urls, texts):
    """(url, text) for every text one of the anonymous reader's pages shows."""
    seen = []
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 302), url
        body = response.content.decode()
        seen += [(url, text) for text in texts if text in body]
    return seen


def test_the_lists_show_every_article_before_anything_is_restricted(client, site, khmer_site):
    """The check below is worth something: each list shows the article it must later hide."""
    vi_lists, km_lists = vietnamese_lists(site), khmer_lists(khmer_site)
    title, km_title = normalize_text(TEXTS["secret"]["title"]), normalize_text(KHMER["secret"]["title"])
    assert [url for url, _text in found(client, vi_lists, [title])] == vi_lists
    assert [url for url, _text in found(client, km_lists, [km_title])] == km_lists


@pytest.mark.parametrize(
    "kind", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN, PageViewRestriction.GROUPS]
)
def test_a_restricted_article_is_in_no_list_in_either_language(client, site, khmer_site, kind):
    restrict(site["secret"], kind)  # on the Vietnamese page only: not copied to the Khmer one yet
    assert found(client, vietnamese_lists(site), markers(TEXTS["secret"])) == []
    assert found(client, khmer_lists(khmer_site), markers(KHMER["secret"])) == []
    # Still there: the other articles.
    assert ("/rss.xml", normalize_text(TEXTS["shown"]["title"])) in found(client, ["/rss.xml"], markers(TEXTS["shown"]))
    km_shown = found(client, ["/km/rss.xml"], markers(KHMER["shown"]))
    assert ("/km/rss.xml", normalize_text(KHMER["shown"]["title"])) in km_shown


def test_a_restriction_copied_to_the_translation_hides_it_too(client, site, khmer_news_index, topic):
    restrict(site["secret"])
    translate(topic, {topic.name: "សេដ្ឋកិច្ចតំបន់ជនជាតិ"})
    khmer_site = {name: khmer_news(site[name], name) for name in TEXTS}
    assert PageViewRestriction.objects.filter(page=khmer_site["secret"]).exists()  # wagtail-localize's copy
    assert found(client, khmer_lists(khmer_site), markers(KHMER["secret"])) == []


def test_a_restricted_section_hides_everything_in_it_in_both_languages(client, site, khmer_site):
    restrict(site["news_index"], PageViewRestriction.LOGIN)  # the Vietnamese section only
    vi_hidden = [text for name in TEXTS for text in markers(TEXTS[name])]
    km_hidden = [text for name in KHMER for text in markers(KHMER[name])]
    assert found(client, vietnamese_lists(site), vi_hidden) == []
    assert found(client, khmer_lists(khmer_site), km_hidden) == []
    for url in (site["shown"].url, khmer_site["shown"].url, "/tin-tuc/", "/km/tin-tuc/"):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"], url


def test_the_restricted_page_itself_shows_nothing_in_either_language(client, site, khmer_site):
    restrict(site["secret"])
    for page, texts in ((site["secret"], TEXTS["secret"]), (khmer_site["secret"], KHMER["secret"])):
        response = client.get(page.url)
        html = response.content.decode()
        assert 'name="password"' in html, page.url
        assert [text for text in markers(texts) if text in html] == []
        assert "application/ld+json" not in html and "og:description" not in html


def test_news_list_pages_count_only_what_readers_may_see(client, news_index, topic):
    for number in range(10):
        factories.NewsPageFactory(parent=news_index, title=f"Tin công khai số {number}")
    secret = factories.NewsPageFactory(parent=news_index, title="Tin nội bộ số 11")
    restrict(secret)
    html = client.get("/tin-tuc/").content.decode()
    assert "Tin nội bộ số 11" not in html
    assert "?page=2" not in html  # ten articles: one page
    assert "Tin nội bộ số 11" not in client.get("/tin-tuc/?page=2").content.decode()


def test_a_restriction_added_later_hides_stored_lists_at_once_and_removing_it_shows_them_again(
    client, site, khmer_site
):
    vi_lists, km_lists = vietnamese_lists(site), khmer_lists(khmer_site)
    title, km_title = normalize_text(TEXTS["secret"]["title"]), normalize_text(KHMER["secret"]["title"])
    assert found(client, vi_lists, [title]) and found(client, km_lists, [km_title])  # stored by the page cache
    assert found(client, [site["secret"].url, khmer_site["secret"].url], [title, km_title])
    restriction = restrict(site["secret"])
    assert found(client, vi_lists + [site["secret"].url], markers(TEXTS["secret"])) == []
    assert found(client, km_lists + [khmer_site["secret"].url], markers(KHMER["secret"])) == []
    restriction.delete()
    assert found(client, ["/rss.xml", f"/tim-kiem/?q={VI_QUERY}"], [title]) == [
        ("/rss.xml", title),
        (f"/tim-kiem/?q={VI_QUERY}", title),
    ]
    assert found(client, ["/km/rss.xml"], [km_title]) == [("/km/rss.xml", km_title)]


def test_a_restriction_on_the_khmer_translation_alone_hides_only_it(client, site, khmer_site):
    restrict(khmer_site["secret"])
    assert found(client, khmer_lists(khmer_site), markers(KHMER["secret"])) == []
    assert ("/rss.xml", normalize_text(TEXTS["secret"]["title"])) in found(client, ["/rss.xml"], markers(TEXTS["secret"]))
    # The Vietnamese page offers no Khmer version: neither in hreflang nor in the language switcher.
    html = client.get(site["secret"].url).content.decode()
    assert khmer_site["secret"].url not in html
    sitemap = client.get("/sitemap.xml").content.decode()
    assert khmer_site["secret"].url not in sitemap


def sitemap_locations(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own output
    return {loc.text for loc in root.iter(f"{SITEMAP}loc")}


def html_sitemap(client, prefix=""):
    html = client.get(f"{prefix}/so-do-trang/").content.decode()
    return "".join(re.findall(r'<ul class="html-sitemap">(.*?)</ul>', html, re.S))


def test_sitemaps_leave_out_restricted_pages_and_their_translations(client, site, khmer_site):
    restrict(site["news_index"])
    locations = sitemap_locations(client)
    for page in (site["news_index"], site["secret"], khmer_site["secret"]):
        assert page.get_full_url() not in locations
    assert f'href="{site["news_index"].url}"' not in html_sitemap(client)
    assert 'href="/km/tin-tuc/"' not in html_sitemap(client, "/km")
    assert f'href="{site["programme"].url}"' in html_sitemap(client)


def test_restricted_programmes_are_in_no_programme_list(client, site, home, program_index, topic):
    secret = factories.ProgramPageFactory(parent=program_index, title="Đề án nội bộ", summary="Tóm tắt mật.")
    secret.topics.set([topic])
    secret.save_revision().publish()
    HomePageFeaturedProgramme.objects.create(source=home, programme=secret, sort_order=0)
    home.save_revision().publish()
    restrict(secret, PageViewRestriction.GROUPS)
    urls = ["/", "/chuong-trinh/", f"/chuyen-muc/{SLUG}/", "/so-do-trang/", f"/tim-kiem/?q={'Tóm tắt mật'}"]
    assert found(client, urls, ["Đề án nội bộ", "Tóm tắt mật."]) == []
    assert secret.get_full_url() not in sitemap_locations(client)


def test_restricted_library_documents_are_in_no_list(client, site, home, topic):
    library = factories.DocumentIndexPageFactory(parent=home)
    public = factories.DocumentPageFactory(parent=library, number="12/KH-BDT", summary="Kế hoạch công khai.")
    secret = factories.DocumentPageFactory(parent=library, number="99/KH-NOIBO", summary="Kế hoạch nội bộ chưa ban hành.")
    for document in (public, secret):
        document.topics.set([topic])
        document.save_revision().publish()
    # The secret article cites the public document; the shown article picks the secret document.
    NewsPageRelatedDocument.objects.create(source=site["secret"], document=public)
    site["secret"].save_revision().publish()
    NewsPageRelatedDocument.objects.create(source=site["shown"], document=secret)
    site["shown"].save_revision().publish()
    restrict(secret)
    restrict(site["secret"])
    urls = ["/van-ban/", "/van-ban/?q=ke+hoach", f"/chuyen-muc/{SLUG}/", site["shown"].url, public.url]
    hidden = ["99/KH-NOIBO", "Kế hoạch nội bộ chưa ban hành.", *markers(TEXTS["secret"])]
    assert found(client, urls, hidden) == []
    assert ("/van-ban/", "12/KH-BDT") in found(client, ["/van-ban/"], ["12/KH-BDT"])


def test_a_restricted_agency_page_is_not_listed_in_its_section(client, home):
    about = AgencyPage(title="Giới thiệu", slug="gioi-thieu", body=[])
    home.add_child(instance=about)
    about.save_revision().publish()
    for title, slug in (("Chức năng, nhiệm vụ", "chuc-nang"), ("Quy chế nội bộ", "quy-che-noi-bo")):
        child = AgencyPage(title=title, slug=slug, body=[])
        about.add_child(instance=child)
        child.save_revision().publish()
    restrict(child)
    html = client.get(about.url).content.decode()
    assert "Chức năng, nhiệm vụ" in html and "Quy chế nội bộ" not in html


def test_a_restriction_added_during_a_request_counts_in_its_next_list(news_index):
    """The restricted subtrees are read once a request (core.privacy, started and stopped by
    Django's request signals); a restriction saved in the same request (an admin view that restricts
    and then lists) is not missed."""
    from wagtail.models import Page

    from core import privacy

    article = factories.NewsPageFactory(parent=news_index, title="Sắp bị hạn chế")
    privacy.start_remembering_restricted_paths()
    try:
        assert privacy.public(Page.objects.filter(pk=article.pk)).exists()
        PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
        assert not privacy.public(Page.objects.filter(pk=article.pk)).exists()
        PageViewRestriction.objects.filter(page=article).delete()
        assert privacy.public(Page.objects.filter(pk=article.pk)).exists()
    finally:
        privacy.stop_remembering_restricted_paths()
