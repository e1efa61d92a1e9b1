"""Strangers' bad input never makes a server error: every public URL pattern and every demo page
gets malformed paths, hostile query strings, odd Host headers and garbage form posts."""

import re

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.models import Page

# The demo loads once for the whole module's single test: translations publish on commit.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

GARBAGE_PATH_SEGMENTS = ["1", "0", "-1", "99999999999999999999", "%FF%FE", "%00", "..%2F..%2Fetc", "a" * 300, "ខ្មែរ"]
QUERY_STRINGS = [
    "page=0",
    "page=-1",
    "page=abc",
    "page=99999999999999999999",
    "page=1e9",
    "page=%00",
    "page=2&page=x",
    "q=" + "tìm kiếm " * 2000,  # a huge search query
    "q=%FF%FE%FD",  # not UTF-8
    "q=%",  # broken escape
    "q=\xff\xfe",  # raw non-UTF-8 bytes (latin-1 in WSGI)
    "a=" + "x" * 20000,  # overlong
    "&&&===;;;",
]
ODD_HOSTS = ["evil.example", "", "localhost:abc", "[::1", "a" * 300, "bad host", "localhost\x00", "xn--.example"]
MALFORMED_PATHS = [
    "/%FF%FE/",
    "/tin-tuc/%00/",
    "/" + "a" * 5000 + "/",
    "//evil.example/",
    "/km/../admin/",
    "/vi//evil.example",
    "/tin-tuc/%2e%2e/%2e%2e/",
    "/tin-tuc/\u202e/",
    "/km/km/km/",
    "/static/../settings.py",
    "/media/../../etc/passwd",
    "/documents/999999/x.pdf",
    "/documents/abc/x.pdf",
]
GARBAGE_POSTS = [
    {"page": "abc", "q": "x" * 10000},
    {"csrfmiddlewaretoken": "garbage", "\x00": "\xff"},
    {"password": ["a", "b"], "return_url": "//evil.example"},
]


def sample_paths(patterns=None, prefix=""):
    """One concrete path per URL pattern, with placeholders filled by garbage."""
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for pattern in patterns:
        text = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
        if text.startswith(("admin/", "django-admin/")):
            continue  # the admin is not public: it asks for a log-in first
        if isinstance(pattern, URLResolver):
            yield from sample_paths(pattern.url_patterns, text)
        elif isinstance(pattern, URLPattern):
            for filler in GARBAGE_PATH_SEGMENTS[:3]:
                path = re.sub(r"<[^>]+>|\(\?P<\w+>[^)]*\)", filler, text)
                path = re.sub(r"[\\^$?*+()\[\]]", "", path)
                yield "/" + path


def as_wsgi(query):
    """What a server puts in QUERY_STRING: the raw bytes as latin-1 (UTF-8 text arrives as mojibake)."""
    return query.encode("utf-8").decode("latin-1") if not query.startswith("q=\xff") else query


def server_errors(client, requests):
    failures = []
    for method, path, extra in requests:
        response = getattr(client, method)(path, **extra)
        if response.status_code >= 500:
            failures.append((response.status_code, method, path[:120], {k: str(v)[:60] for k, v in extra.items()}))
    return failures


def test_no_bad_input_makes_a_server_error(settings):
    call_command("load_demo", verbosity=0)
    settings.ALLOWED_HOSTS = ["localhost", "testserver", "127.0.0.1"]
    urls = sorted({page.url for page in Page.objects.live().specific() if page.url} | set(sample_paths()))
    assert len(urls) > 30 and "/km/" in urls
    client = Client(raise_request_exception=False)
    strict_client = Client(raise_request_exception=False, enforce_csrf_checks=True)

    requests = [("get", path, {}) for path in MALFORMED_PATHS]
    for url in urls:
        requests.append(("get", url, {}))
        requests += [("get", url, {"QUERY_STRING": as_wsgi(query)}) for query in QUERY_STRINGS]
        requests += [("post", url, {"data": data}) for data in GARBAGE_POSTS]
        requests.append(("post", url, {"data": b"\xff\xfe\x00", "content_type": "application/x-www-form-urlencoded"}))
    for host in ODD_HOSTS:
        requests += [("get", url, {"HTTP_HOST": host}) for url in urls[:5]]

    failures = server_errors(client, requests)
    failures += server_errors(strict_client, [("post", url, {"data": GARBAGE_POSTS[0]}) for url in urls])
    assert failures == []
