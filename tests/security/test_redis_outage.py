"""A Redis outage costs speed, not service: pages, questions and the health check go on without
waiting for Redis, and the log gets a line per interval, not a traceback per call."""

import logging
import time

import pytest
import redis.connection
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from feedback.models import Question
from tests.security.pages import served_from_cache, warm

pytestmark = pytest.mark.django_db

REQUESTS = 50
CACHE_LOGGERS = ("govsite.cache", "django_redis", "pagecache")
QUESTION = {
    "name": "Thạch Sô Phia",
    "contact": "0912 345 678",
    "subject": "Chính sách hỗ trợ",
    "question": "Xin hỏi về chính sách hỗ trợ học sinh dân tộc thiểu số.",
    "website": "",
}


@pytest.fixture
def connection_attempts(monkeypatch):
    """The address of every TCP connection the Redis client opens (or tries to)."""
    attempts = []
    connect = redis.connection.Connection._connect

    def counted(connection):
        attempts.append(connection.port)
        return connect(connection)

    monkeypatch.setattr(redis.connection.Connection, "_connect", counted)
    return attempts


def cache_log(caplog):
    return [record for record in caplog.records if record.name.startswith(CACHE_LOGGERS)]


def test_pages_are_served_without_trying_redis_on_every_call(
    client, article, production_caches, connection_attempts, caplog, settings
):
    settings.CACHE_BREAKER_SECONDS = 60
    warm(client, article.url)
    production_caches.stop()
    connection_attempts.clear()
    with caplog.at_level(logging.INFO):
        responses = [client.get(article.url) for _ in range(REQUESTS)]
    assert [response.status_code for response in responses] == [200] * REQUESTS
    assert "Tin gốc" in responses[-1].content.decode()
    assert len(connection_attempts) <= 2
    log = cache_log(caplog)
    assert 1 <= len(log) <= 2
    assert all(record.exc_info is None and "\n" not in record.getMessage() for record in log)


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_during_an_outage_pages_cost_what_they_cost_with_the_page_cache_off(
    client, article, production_caches, settings
):
    """Footer, menu, fragments and renditions are computed once per process and interval, not per request."""
    settings.CACHE_BREAKER_SECONDS = 60
    settings.PAGE_CACHE_ENABLED = False
    warm_uncached = [queries_of(client, article.url) for _ in range(2)][-1]
    settings.PAGE_CACHE_ENABLED = True
    production_caches.stop()
    first_in_outage = queries_of(client, article.url)
    assert queries_of(client, article.url) <= warm_uncached < first_in_outage


def test_a_page_withdrawn_during_an_outage_is_gone_at_once(client, article, production_caches, settings):
    settings.CACHE_BREAKER_SECONDS = 60
    production_caches.stop()
    assert not served_from_cache(client, article.url)
    assert not served_from_cache(client, article.url)  # whole pages are not kept in a process's memory
    article.unpublish()
    assert client.get(article.url).status_code == 404


def test_what_a_process_kept_during_the_outage_is_dropped_when_redis_answers(production_caches, settings):
    settings.CACHE_BREAKER_SECONDS = 0.2
    production_caches.stop()
    cache.set("menu-of-the-outage", "kept for a moment")
    assert cache.get("menu-of-the-outage") == "kept for a moment"
    production_caches.start()  # empty: nothing saved
    time.sleep(0.3)
    assert cache.get("menu-of-the-outage") is None


def test_a_hung_redis_costs_one_timeout_not_one_per_call(client, article, production_caches, caplog, settings):
    settings.CACHE_BREAKER_SECONDS = 60
    warm(client, article.url)
    production_caches.freeze()
    started = time.monotonic()
    with caplog.at_level(logging.INFO):
        responses = [client.get(article.url) for _ in range(10)]
    assert [response.status_code for response in responses] == [200] * 10
    assert time.monotonic() - started < 5  # one socket timeout (< 1 s) plus ten renders; not 10 × 5 timeouts
    assert len(cache_log(caplog)) <= 2


def test_after_the_interval_one_call_tries_redis_again_and_the_cache_comes_back(
    client, article, production_caches, caplog, settings
):
    settings.CACHE_BREAKER_SECONDS = 0.2
    warm(client, article.url)
    production_caches.stop()
    assert not served_from_cache(client, article.url)
    production_caches.start()  # empty: nothing saved
    time.sleep(0.3)
    with caplog.at_level(logging.INFO):
        warm(client, article.url)
    assert any("again" in record.getMessage() for record in cache_log(caplog))


def test_readers_can_still_send_questions_and_one_address_is_still_limited(
    client, feedback_page, production_caches, settings
):
    settings.FEEDBACK_RATE_LIMIT = "2/h"
    production_caches.stop()
    response = client.post(feedback_page.url, QUESTION, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 302 and response["Location"] == feedback_page.url + "?sent=1"
    assert "Cảm ơn bạn." in client.get(response["Location"]).content.decode()
    assert client.post(feedback_page.url, QUESTION, REMOTE_ADDR="198.51.100.7").status_code == 302
    assert Question.objects.count() == 2
    # Counted in this process while the shared counter is out of reach: a flood is still refused.
    assert client.post(feedback_page.url, QUESTION, REMOTE_ADDR="203.0.113.9").status_code == 302
    assert client.post(feedback_page.url, QUESTION, REMOTE_ADDR="203.0.113.9").status_code == 429


def test_the_health_check_says_the_cache_is_down_without_waiting_for_it(client, production_caches, connection_attempts):
    assert client.get("/healthz").json()["cache"] == "ok"
    production_caches.stop()
    connection_attempts.clear()
    started = time.monotonic()
    answers = [client.get("/healthz") for _ in range(5)]
    assert time.monotonic() - started < 1
    assert [answer.status_code for answer in answers] == [200] * 5
    assert answers[-1].json() == {"status": "ok", "database": "ok", "cache": "error"}
    assert len(connection_attempts) <= 1
