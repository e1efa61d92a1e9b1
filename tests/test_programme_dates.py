"""A programme is dated by its decision (or the start of its period), never by the day its page was published."""

import datetime
import re

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def result_dates(client, query):
    """(title, shown date) of each search result, in order."""
    html = client.get("/tim-kiem/", {"q": query}).content.decode()
    results = re.findall(r'<li class="search-result">(.*?)</li>', html, re.S)
    found = []
    for result in results:
        title = re.sub(r"<[^>]+>", "", re.search(r'class="search-result__title">(.*?)</h', result, re.S).group(1))
        date = re.search(r'<time datetime="[^"]+">([^<]+)</time>', result)
        found.append((title.strip(), date.group(1) if date else None))
    return found


@pytest.fixture
def programme(program_index):
    return factories.ProgramPageFactory(
        parent=program_index,
        title="Chương trình mục tiêu quốc gia vùng đồng bào",
        period_start=2021,
        period_end=2030,
        decision_date=datetime.date(2021, 10, 14),
    )


def test_programme_page_shows_its_period_and_decision_date(client, programme):
    html = client.get(programme.url).content.decode()
    assert "2021–2030" in html or "2021 – 2030" in html or re.search(r"2021\D{1,12}2030", html)
    assert '<time datetime="2021-10-14">ngày 14 tháng 10 năm 2021</time>' in html


def test_programme_list_shows_the_decision_date(client, program_index, programme):
    html = client.get(program_index.url).content.decode()
    assert '<time datetime="2021-10-14">ngày 14 tháng 10 năm 2021</time>' in html


def test_search_dates_a_programme_by_its_decision_and_sorts_newer_news_first(client, news_index, programme):
    factories.NewsPageFactory(
        parent=news_index,
        title="Tin về vùng đồng bào",
        date=datetime.datetime(2022, 3, 1, 8, tzinfo=datetime.UTC),
    )
    results = result_dates(client, "vung dong bao")
    assert results[0][0] == "Tin về vùng đồng bào"
    assert results[1] == (programme.title, "14/10/2021")
    today = datetime.date.today().strftime("%d/%m/%Y")
    assert today not in client.get("/tim-kiem/", {"q": "vung dong bao"}).content.decode()


def test_without_a_decision_date_a_programme_is_dated_by_the_start_of_its_period(client, program_index):
    factories.ProgramPageFactory(parent=program_index, title="Đề án phổ biến pháp luật", period_start=2019)
    assert result_dates(client, "pho bien phap luat") == [("Đề án phổ biến pháp luật", "01/01/2019")]


def test_programme_lists_put_the_newest_decision_first_within_a_starting_year(client, program_index):
    older = factories.ProgramPageFactory(parent=program_index, decision_date=datetime.date(2021, 3, 1))
    newer = factories.ProgramPageFactory(parent=program_index, decision_date=datetime.date(2021, 9, 1))
    undated = factories.ProgramPageFactory(parent=program_index)
    html = client.get(program_index.url).content.decode()
    positions = [html.index(page.title) for page in (newer, older, undated)]
    assert positions == sorted(positions)
