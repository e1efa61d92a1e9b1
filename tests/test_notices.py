"""The site-wide notice banner: per language, between its start and end, on every page."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from notices.models import Notice
from tests import factories

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)


def notice(locale, message, **kwargs):
    return Notice.objects.create(locale=locale, message=message, **kwargs)


def test_an_active_notice_shows_on_every_page_of_its_language_only(client, news_index, khmer_home, vi, km):
    article = factories.NewsPageFactory(parent=news_index)
    notice(vi, "Hệ thống bảo trì lúc 22 giờ ngày 30/11.", level=Notice.URGENT, link_url="https://example.org/bao-tri")
    notice(km, "ប្រព័ន្ធនឹងថែទាំនៅម៉ោង ២២។")
    for url in ("/", news_index.url, article.url):
        html = client.get(url).content.decode()
        assert "Hệ thống bảo trì lúc 22 giờ ngày 30/11." in html and "Khẩn:" in html
        assert '<a href="https://example.org/bao-tri">Xem chi tiết</a>' in html
        assert "ប្រព័ន្ធនឹងថែទាំ" not in html
    khmer = client.get("/km/").content.decode()
    assert "ប្រព័ន្ធនឹងថែទាំនៅម៉ោង ២២។" in khmer and "Hệ thống bảo trì" not in khmer


def test_notices_outside_their_time_or_switched_off_are_not_shown(client, home, vi):
    now = timezone.now()
    notice(vi, "Chưa đến giờ", starts_at=now + HOUR)
    notice(vi, "Đã hết hạn", starts_at=now - 2 * HOUR, ends_at=now - HOUR)
    notice(vi, "Đã tắt", enabled=False)
    notice(vi, "Đang hiển thị", starts_at=now - HOUR, ends_at=now + HOUR)
    html = client.get("/").content.decode()
    assert "Đang hiển thị" in html
    for hidden in ("Chưa đến giờ", "Đã hết hạn", "Đã tắt"):
        assert hidden not in html


def test_no_notice_no_banner(client, home):
    assert 'class="notices"' not in client.get("/").content.decode()


def test_the_end_must_follow_the_start(vi):
    now = timezone.now()
    with pytest.raises(ValidationError, match="Thời điểm kết thúc phải sau"):
        Notice(locale=vi, message="x", starts_at=now, ends_at=now - HOUR).full_clean()


def test_notice_is_a_translatable_snippet_with_explicit_fields():
    names = {field.field_name for field in Notice.translatable_fields}
    assert {"message", "link_text", "starts_at", "ends_at", "enabled"} <= names
