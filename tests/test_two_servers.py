"""Two application servers (gunicorn, production settings) on one PostgreSQL and one Redis: what an
editor publishes or withdraws through one is served fresh by the other at once. Nothing a process
keeps in its own memory may hide it (README, "Caching": the staleness bound of each)."""

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import User
from django.db import connection

from tests import factories

pytestmark = [
    # Transactional: the servers must see what the test writes. Serialized rollback: the test starts
    # from the migrated database even after other transactional tests flushed it.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="two servers need one shared PostgreSQL database (make test-postgres)",
    ),
]

PROJECT = Path(settings.BASE_DIR)
GUNICORN = Path(sys.executable).with_name("gunicorn")
# A Redis database of its own: flushed by this test.
REDIS_URL = os.environ.get("TWO_SERVERS_REDIS_URL", "redis://127.0.0.1:6379/11")
PASSWORD = "two-servers-password-1"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_answers():
    import redis

    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return False


def production_environment(port):
    database = connection.settings_dict
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "govsite.settings.production",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "REDIS_URL": REDIS_URL,
        "SECRET_KEY": "two-servers-test-secret-key-that-is-long-enough-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CSRF_TRUSTED_ORIGINS": f"http://127.0.0.1:{port}",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_THREADS": "2",
        "LOG_LEVEL": "WARNING",
    }


def collect_static():
    if not (PROJECT / "staticfiles" / "staticfiles.json").exists():
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
            cwd=PROJECT,
            env=production_environment(0),
            check=True,
        )


@pytest.fixture
def two_servers(news_index):
    """Started once the site exists: each process remembers the Site of a host name for up to
    SITE_LOOKUP_SECONDS (core.wagtail_overrides), so a Site changed after they started would show late."""
    if connection.vendor != "postgresql":
        pytest.skip("two servers need one shared PostgreSQL database (make test-postgres)")
    if not GUNICORN.exists() or not redis_answers():
        pytest.skip(f"needs gunicorn and Redis at {REDIS_URL}")
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    collect_static()
    servers, urls = [], []
    try:
        for _ in range(2):
            port = free_port()
            servers.append(
                subprocess.Popen(
                    [str(GUNICORN), "--config", "gunicorn.conf.py"], cwd=PROJECT, env=production_environment(port)
                )
            )
            urls.append(f"http://127.0.0.1:{port}")
        for url in urls:
            wait_for(url)
        yield urls
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
        redis.Redis.from_url(REDIS_URL).flushdb()


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if requests.get(url + "/healthz", timeout=2).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} did not start")


class Editor:
    """Signed in to one server's admin. The session and CSRF cookies are Secure in production, so
    they are sent by hand over this plain-HTTP test connection."""

    def __init__(self, server, username):
        self.server = server
        login = requests.get(server + "/admin/login/", timeout=10)
        self.cookies = {"csrftoken": login.cookies["csrftoken"]}
        response = self.post("/admin/login/", {"username": username, "password": PASSWORD, "next": "/admin/"})
        assert response.status_code == 302, response.text[:500]
        self.cookies["sessionid"] = response.cookies["sessionid"]

    def post(self, path, data):
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.get(path).text)
        return requests.post(
            self.server + path,
            data={"csrfmiddlewaretoken": token.group(1) if token else "", **data},
            headers={"Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items())},
            allow_redirects=False,
            timeout=30,
        )

    def get(self, path):
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        return requests.get(self.server + path, headers={"Cookie": cookie}, timeout=30)


def stored_on(server, path):
    response = requests.get(server + path, timeout=30)
    return response.status_code, response.headers.get("X-Page-Cache"), response.text


def test_a_publish_on_one_server_is_served_fresh_by_the_other(news_index, two_servers):
    first, second = two_servers
    # Hashed as production checks it (the test settings' hasher is a fast one production lacks).
    editor = User.objects.create_superuser("two-servers", "two@example.com")
    editor.password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
    editor.save()
    article = factories.NewsPageFactory(parent=news_index, title="Tin trước khi sửa")
    path = article.url
    for server in (first, second):
        stored_on(server, path)
    assert stored_on(second, path)[1] == "hit"  # the second server serves the copy in Redis

    article.title = "Tin đã sửa ở máy chủ thứ nhất"
    revision = article.save_revision()  # a draft: nothing readers see changes yet
    assert "Tin trước khi sửa" in stored_on(second, path)[2]
    editor = Editor(first, editor.username)
    publish = editor.post(f"/admin/bulk/wagtailcore/page/publish/?id={article.pk}", {})
    assert publish.status_code == 302, publish.text[:500]
    article.refresh_from_db()
    assert article.live_revision_id == revision.pk
    status, _, page = stored_on(second, path)
    assert status == 200 and "Tin đã sửa ở máy chủ thứ nhất" in page and "Tin trước khi sửa" not in page
    assert "Tin đã sửa ở máy chủ thứ nhất" in stored_on(second, "/tin-tuc/")[2]

    unpublish = editor.post(f"/admin/pages/{article.pk}/unpublish/", {})
    assert unpublish.status_code == 302, unpublish.text[:500]
    assert stored_on(second, path)[0] == 404
    assert "Tin đã sửa ở máy chủ thứ nhất" not in stored_on(second, "/tin-tuc/")[2]
