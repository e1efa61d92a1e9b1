"""The site search: accent-insensitive Vietnamese, segmented Khmer, one language at a time, never a 500."""

import io
import re
import unicodedata

import pytest
from django.db import connection
from wagtail.models import Page

from search.text import index_text, query_terms
from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db

SEED_TITLE = "Ban Dân tộc tỉnh Trà Vinh tổ chức Hội nghị sơ kết công tác dân tộc"
SEED_LEAD = "Đồng bào dân tộc thiểu số tỉnh Trà Vinh tham dự Hội nghị."
KHMER_TITLE = "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញបានរៀបចំសន្និសីទ"
KHMER_LEAD = "បងប្អូនជនជាតិភាគតិចខេត្តត្រាវិញចូលរួមសន្និសីទ។"


def result_titles(client, query, prefix=""):
    response = client.get(f"{prefix}/tim-kiem/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    return [re.sub(r"<[^>]+>", "", t) for t in re.findall(r'class="search-result__title"><a [^>]+>(.*?)</a>', html)]


@pytest.fixture
def seed(news_index):
    return factories.NewsPageFactory(
        parent=news_index, title=SEED_TITLE, lead=SEED_LEAD, body__0__paragraph__value="<p>Kế hoạch số 35/KH-BDT.</p>"
    )


@pytest.fixture
def other(news_index):
    return factories.NewsPageFactory(
        parent=news_index, title="Khai giảng lớp học nghề may", lead="Học viên nhận chứng chỉ.", body=[]
    )


@pytest.fixture
def khmer_seed(seed, khmer_news_index):
    return translate(
        seed,
        {
            SEED_TITLE: KHMER_TITLE,
            SEED_LEAD: KHMER_LEAD,
            "Kế hoạch số 35/KH-BDT.": "ផែនការលេខ 35/KH-BDT។",
            seed.credit: "ព័ត៌មាន៖ Cảnh Tuân",
        },
    )


@pytest.mark.parametrize(
    "query", ["dan toc", "Dân Tộc", "DÂN TỘC", "dong bao", "Tra Vinh", "tra vinh dong bao", "35/KH-BDT"]
)
def test_vietnamese_queries_with_or_without_accents_find_the_seed(client, seed, other, query):
    assert result_titles(client, query) == [SEED_TITLE]


def test_a_query_typed_in_nfd_finds_nfc_text(client, seed):
    query = unicodedata.normalize("NFD", "Đồng bào dân tộc")
    assert query != unicodedata.normalize("NFC", query)
    assert result_titles(client, query) == [SEED_TITLE]


def test_d_with_stroke_is_folded_to_d_not_dropped():
    assert index_text("Đồng bào đ") == "dong bao d"
    assert query_terms("đồng") == [" dong "]


def test_words_must_all_appear_and_match_whole_words(client, seed, other):
    assert result_titles(client, "dan toc may") == []
    assert result_titles(client, "toc") == [SEED_TITLE]
    assert result_titles(client, "oc") == []  # never a piece inside a word


def test_khmer_word_inside_unspaced_text_is_found_on_the_khmer_page_only(client, khmer_seed):
    assert result_titles(client, "ត្រាវិញ", prefix="/km") == [KHMER_TITLE]
    assert result_titles(client, "សន្និសីទ", prefix="/km") == [KHMER_TITLE]
    assert result_titles(client, "ជនជាតិ", prefix="/km") == [KHMER_TITLE]
    # The Vietnamese search does not return Khmer pages, and the other way round.
    assert result_titles(client, "ត្រាវិញ") == []
    assert result_titles(client, "dan toc", prefix="/km") == []
    assert result_titles(client, "dan toc") == [SEED_TITLE]


def test_zero_width_spaces_in_query_or_text_change_nothing(client, seed, khmer_news_index):
    translate(
        seed,
        {
            SEED_TITLE: "គណៈកម្មាធិការ\u200bជនជាតិ\u200bខេត្ត\u200bត្រាវិញ",
            SEED_LEAD: KHMER_LEAD,
            "Kế hoạch số 35/KH-BDT.": "ផែនការលេខ 35/KH-BDT។",
            seed.credit: "ព័ត៌មាន៖ Cảnh Tuân",
        },
    )
    assert len(result_titles(client, "ខេត្តត្រាវិញ", prefix="/km")) == 1
    assert len(result_titles(client, "ខេត្ត\u200bត្រា\u200bវិញ", prefix="/km")) == 1
    assert len(result_titles(client, "ជនជាតិខេត្ត", prefix="/km")) == 1


def test_khmer_text_and_query_are_cut_into_the_same_clusters():
    assert query_terms("ខេត្តត្រាវិញ") == query_terms("ខេត្ត\u200bត្រាវិញ") == [" ខេ ត្ត ត្រា វិ ញ "]
    assert query_terms("ត្រា\u200bវិញ") == [" ត្រា វិ ញ "]
    assert query_terms("៣៥") == [" 35 "]  # Khmer digits find Latin digits


def test_results_show_title_date_highlighted_excerpt_and_section(client, seed):
    html = client.get("/tim-kiem/", {"q": "dong bao"}).content.decode()
    assert '<p class="search-result__section">Tin tức</p>' in html
    assert "<mark>Đồng bào</mark>" in html or "<mark>Đồng</mark> <mark>bào</mark>" in html
    assert seed.date.strftime("%d/%m/%Y") in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 10_000,
        "dân " * 2_500,
        "\x00\x01\x1f\x7f",
        "%",
        "%%_",
        "'",
        '"',
        "\\",
        "' OR 1=1 --",
        "'; DROP TABLE wagtailcore_page; --",
        "<script>alert(1)</script>",
        "\u200b",
        "។",
    ],
)
def test_hostile_queries_give_a_normal_page(client, seed, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert Page.objects.filter(pk=seed.pk).exists()


def test_percent_is_not_a_wildcard(client, seed):
    assert result_titles(client, "%") == []
    assert result_titles(client, "d%n") == []


def test_results_are_paginated_keeping_the_query(client, news_index):
    for number in range(12):
        factories.NewsPageFactory(parent=news_index, title=f"Tin đồng bào số {number}", body=[])
    html = client.get("/tim-kiem/", {"q": "dong bao"}).content.decode()
    assert html.count('class="search-result"') == 10
    assert 'href="?q=dong+bao&amp;page=2"' in html
    second = client.get("/tim-kiem/", {"q": "dong bao", "page": "2"}).content.decode()
    assert second.count('class="search-result"') == 2


def test_index_follows_publish_unpublish_and_move(client, home, news_index, seed):
    assert result_titles(client, "tra vinh") == [SEED_TITLE]
    seed.unpublish()
    assert result_titles(client, "tra vinh") == []
    seed.title = "Hội nghị đồng bào Trà Vinh đã sửa"
    seed.save_revision().publish()
    assert result_titles(client, "tra vinh") == ["Hội nghị đồng bào Trà Vinh đã sửa"]
    # A draft change is not searchable until it is published.
    seed.title = "Bản nháp chưa xuất bản"
    seed.save_revision()
    assert result_titles(client, "ban nhap") == []
    other_index = factories.NewsIndexPageFactory(parent=home, title="Tin khác", slug="tin-khac")
    Page.objects.get(pk=seed.pk).move(other_index, pos="last-child")
    html = client.get("/tim-kiem/", {"q": "tra vinh"}).content.decode()
    assert "/tin-khac/" in html and '<p class="search-result__section">Tin khác</p>' in html


def test_a_translation_is_indexed_when_published_and_not_before(client, seed, khmer_news_index):
    from tests.translation import fill_segments

    translation, _missing = fill_segments(seed, {SEED_TITLE: KHMER_TITLE})
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=False)
    assert result_titles(client, "ត្រាវិញ", prefix="/km") == []
    translation, _missing = fill_segments(
        seed,
        {
            SEED_TITLE: KHMER_TITLE,
            SEED_LEAD: KHMER_LEAD,
            "Kế hoạch số 35/KH-BDT.": "ផែនការលេខ 35/KH-BDT។",
            seed.credit: "ព័ត៌មាន៖ Cảnh Tuân",
        },
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    assert result_titles(client, "ត្រាវិញ", prefix="/km") == [KHMER_TITLE]


def test_update_index_rebuilds_the_index(client, seed, other):
    from django.core.management import call_command
    from wagtail.search.models import IndexEntry

    IndexEntry.objects.all().delete()
    assert result_titles(client, "vinh") == []
    call_command("update_index", verbosity=0, stdout=io.StringIO())
    assert result_titles(client, "tra vinh") == [SEED_TITLE]
    assert result_titles(client, "hoc nghe") == ["Khai giảng lớp học nghề may"]


def test_excerpt_starts_near_the_first_match_and_escapes_the_text(news_index):
    from search.query import highlight

    text = "Mở đầu <b>không</b> liên quan. " * 20 + "Đồng bào dân tộc Khmer đón Tết." + " Kết thúc." * 40
    excerpt = str(highlight(text, query_terms("dan toc")))
    assert excerpt.startswith("… ") and excerpt.endswith(" …")
    assert "<mark>dân</mark> <mark>tộc</mark>" in excerpt
    assert "&lt;b&gt;" in excerpt and "<b>" not in excerpt
    assert len(excerpt) < 400


def test_a_khmer_query_of_two_words_ranks_the_page_where_they_are_adjacent_first(client, khmer_news_index):
    apart = factories.NewsPageFactory(parent=khmer_news_index, title="សន្និសីទ", lead="ខេត្តមួយ។ សិក្ខាកាមមកពីត្រាវិញ។", body=[])
    adjacent = factories.NewsPageFactory(parent=khmer_news_index, title="សន្និសីទ", lead="ខេត្តត្រាវិញ។", body=[])
    html = client.get("/km/tim-kiem/", {"q": "ខេត្ត ត្រាវិញ"}).content.decode()
    urls = re.findall(r'class="search-result__title"><a href="([^"]+)"', html)
    assert urls == [adjacent.url, apart.url]


def test_title_matches_rank_above_body_matches(client, news_index):
    factories.NewsPageFactory(parent=news_index, title="Khai giảng lớp học", lead="Đồng bào dân tộc.", body=[])
    factories.NewsPageFactory(parent=news_index, title="Đồng bào dân tộc đón Tết", lead="Tin địa phương.", body=[])
    assert result_titles(client, "dong bao") == ["Đồng bào dân tộc đón Tết", "Khai giảng lớp học"]


def test_a_restricted_page_leaves_the_results_at_once(client, seed):
    from wagtail.models import PageViewRestriction

    assert result_titles(client, "tra vinh") == [SEED_TITLE]
    PageViewRestriction.objects.create(page=seed, restriction_type=PageViewRestriction.LOGIN)
    assert result_titles(client, "vinh tra") == []


def test_the_index_holds_folded_words_and_khmer_cluster_tokens(seed, khmer_seed):
    from wagtail.search.models import IndexEntry

    def indexed_title(page):
        entry = IndexEntry.objects.get(object_id=str(page.pk), content_type__model="newspage")
        return entry.title_text if connection.vendor == "postgresql" else entry.title

    assert indexed_title(seed) == "ban dan toc tinh tra vinh to chuc hoi nghi so ket cong tac dan toc"
    khmer_title = indexed_title(khmer_seed)
    assert khmer_title == index_text(KHMER_TITLE) and khmer_title.isascii()
    assert (
        index_text("ខេត្ត\u200bត្រាវិញ")
        == index_text("ខេត្តត្រាវិញ")
        == "km178117c1 km178f17d2178f km178f17d2179a17b6 km179c17b7 km1789"
    )


def test_admin_page_search_folds_the_query(login, editor, news_index, seed):
    tet = factories.NewsPageFactory(parent=news_index, title="Đồng bào Khmer đón Tết", body=[])
    client = login(editor)

    def found(query):
        response = client.get("/admin/pages/search/", {"q": query})
        assert response.status_code == 200
        html = response.content.decode()
        return [title for title in (tet.title, SEED_TITLE) if title in html]

    assert found("dong bao") == [tet.title]
    assert found("ĐỒNG BÀO") == [tet.title]
    assert found(unicodedata.normalize("NFD", "đồng bào")) == [tet.title]
    assert found("tra vinh") == [SEED_TITLE]


def test_search_fields_index_stream_field_text_not_rendered_html(seed):
    from search.fields import FoldedSearchField

    body = next(
        field for field in seed.search_fields if isinstance(field, FoldedSearchField) and field.field_name == "body"
    )
    assert body.get_value(seed) == "ke hoach so 35 kh bdt"


def test_every_page_model_declares_the_folded_search_fields():
    from django.core import checks

    assert [message for message in checks.run_checks(tags=["search"]) if message.id == "sitesearch.W001"] == []


def test_a_page_model_with_wagtails_plain_fields_is_reported():
    from news.models import NewsPage
    from search.checks import _has_page_fields

    class Plain:
        search_fields = Page.search_fields

    assert _has_page_fields(NewsPage)
    assert not _has_page_fields(Plain)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner")
def test_postgres_search_never_scans_the_whole_index_table(seed, other):
    from search.query import search_pages

    queryset = search_pages("dan toc", seed.locale_id).get_queryset()
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")  # tables this small would be scanned whatever the indexes
        try:
            plan = queryset.explain()
            # The match alone, as on a large site where it is the selective condition: the GIN index.
            cursor.execute(
                "EXPLAIN SELECT id FROM wagtailsearch_indexentry"
                " WHERE (title || body) @@ to_tsquery('govsite_search', 'dan & toc')"
            )
            match_plan = "\n".join(row[0] for row in cursor.fetchall())
        finally:
            cursor.execute("SET enable_seqscan = on")
    assert "wagtailsearch_indexentry" in plan
    assert "Seq Scan on wagtailsearch_indexentry" not in plan
    assert "govsite_search_title_body_gin" in match_plan and "Seq Scan" not in match_plan


def _archive_with_one_old_title_match(news_index):
    """An old page with the words in its title, then six newer pages with them in the body only."""
    titled = factories.NewsPageFactory(parent=news_index, title="Đồng bào vùng sâu đón Tết", body=[])
    body_only = [
        factories.NewsPageFactory(parent=news_index, title=f"Tin số {n}", lead="Đồng bào đến dự.", body=[])
        for n in range(6)
    ]
    return titled, body_only


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL ranks the newest matches")
def test_a_query_with_more_matches_than_are_ranked_keeps_the_newest_and_every_title_match(client, settings, news_index):
    settings.SEARCH_RANKED_MATCHES = 3
    titled, body_only = _archive_with_one_old_title_match(news_index)
    html = client.get("/tim-kiem/", {"q": "dong bao"}).content.decode()
    titles = result_titles(client, "dong bao")
    assert titles[0] == titled.title
    assert set(titles[1:]) == {page.title for page in body_only[-4:]}  # the newest limit + 1
    assert "Hơn 3 kết quả" in html and "Thêm từ khóa để tìm các trang cũ hơn" in html


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL ranks the newest matches")
def test_with_fewer_matches_than_the_limit_the_results_are_wagtails_own(client, settings, news_index):
    _archive_with_one_old_title_match(news_index)
    factories.NewsPageFactory(parent=news_index, title="Đồng bào dân tộc", lead="Đồng bào và đồng bào.", body=[])
    settings.SEARCH_RANKED_MATCHES = 0
    wagtails = result_titles(client, "dong bao")
    settings.SEARCH_RANKED_MATCHES = 8
    ours = client.get("/tim-kiem/", {"q": "dong bao"}).content.decode()
    assert result_titles(client, "dong bao") == wagtails and len(wagtails) == 8
    assert "8 kết quả" in ours and "Hơn" not in ours


def test_sqlite_ranks_every_match_whatever_the_limit(client, settings, news_index):
    if connection.vendor == "postgresql":
        pytest.skip("SQLite's behaviour")
    settings.SEARCH_RANKED_MATCHES = 3
    _archive_with_one_old_title_match(news_index)
    html = client.get("/tim-kiem/", {"q": "dong bao"}).content.decode()
    assert len(result_titles(client, "dong bao")) == 7 and "7 kết quả" in html


def test_the_ranking_extension_names_the_modelsearch_version_it_was_checked_against(monkeypatch, settings):
    from search import checks

    assert checks.ranked_matches_compiler_check(None) == []
    monkeypatch.setattr(checks, "installed_modelsearch_version", lambda: (1, 4))
    warnings = checks.ranked_matches_compiler_check(None)
    assert [warning.id for warning in warnings] == ["sitesearch.W002"] and "modelsearch 1.3" in warnings[0].msg
    settings.SEARCH_RANKED_MATCHES = 0
    assert checks.ranked_matches_compiler_check(None) == []
