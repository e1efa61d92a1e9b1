"""Visitor statistics: counted through a beacon, without cookies or stored addresses, shown in both languages."""

import datetime

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from visitors.counter import visitor_stats
from visitors.models import DailySalt, DailyVisit

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Linux; Android 13) Chrome/120 Mobile"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def visit(client, address="203.0.113.7", agent=BROWSER):
    return client.get(reverse("visitor_beacon"), REMOTE_ADDR=address, HTTP_USER_AGENT=agent)


def test_the_beacon_counts_a_reader_once_a_day_without_cookies_or_addresses(client):
    response = visit(client)
    visit(client)
    assert response.status_code == 200 and response["Content-Type"] == "image/gif"
    assert not response.cookies and "no-cache" in response["Cache-Control"]
    visit(client, address="198.51.100.20")
    assert DailyVisit.objects.count() == 2
    stored = [str(v) for row in DailyVisit.objects.values() for v in row.values()]
    assert not [value for value in stored if "203.0.113" in value or "198.51.100" in value]


def test_bots_are_not_counted(client):
    visit(client, agent="Googlebot/2.1 (+http://www.google.com/bot.html)")
    visit(client, agent="")
    assert DailyVisit.objects.count() == 0


def test_a_new_day_has_a_new_salt_and_the_old_one_is_deleted(client):
    visit(client)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    DailySalt.objects.update(day=yesterday)
    DailyVisit.objects.update(day=yesterday)
    visit(client)
    assert DailySalt.objects.get().day == timezone.localdate()
    first, second = DailyVisit.objects.order_by("day")
    assert first.visitor != second.visitor  # same reader, unlinkable across days


def test_figures_online_today_week_and_total_include_the_old_portal(settings):
    now = timezone.now()
    today = timezone.localdate(now)
    monday = today - datetime.timedelta(days=today.weekday())
    last_week = monday - datetime.timedelta(days=1)
    DailyVisit.objects.create(day=last_week, visitor="a", last_seen=now - datetime.timedelta(days=8))
    DailyVisit.objects.create(day=today, visitor="b", last_seen=now - datetime.timedelta(minutes=30))
    DailyVisit.objects.create(day=today, visitor="c", last_seen=now)
    assert visitor_stats() == {
        "online": 1,
        "today": 2,
        "week": 2,
        "total": settings.VISITORS_PREVIOUS_TOTAL + 3,
    }


def test_statistics_show_in_both_languages_with_khmer_digits(client, home, khmer_home):
    khmer_home.save_revision().publish()
    visit(client)
    html = client.get("/").content.decode()
    assert "Thống kê truy cập" in html and "Đang trực tuyến" in html
    assert "1.183.473" in html
    assert 'src="/thong-ke/dem.gif"' in html
    cache.clear()
    khmer = client.get("/km/").content.decode()
    assert "ស្ថិតិអ្នកចូលមើល" in khmer
    assert "១,១៨៣,៤៧៣" in khmer and "1.183.473" not in khmer


def test_pages_set_no_cookie_for_the_counter(client, home):
    response = client.get("/")
    assert not response.cookies
