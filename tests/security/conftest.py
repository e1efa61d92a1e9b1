"""A Redis server of the test's own (a free port, a temporary folder) behind the caches production
uses, so that a test can stop it, freeze it or restart it with its data."""

import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
import redis
from django.test import override_settings

from feedback.models import FeedbackPage
from feedback.views import LOCAL_COUNTS
from govsite.settings.cache import redis_caches
from pagecache import breaker
from tests import factories

REDIS_SERVER = shutil.which("redis-server")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    def __init__(self, directory):
        self.port = free_port()
        self.directory = directory
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self):
        return redis.Redis(port=self.port, socket_timeout=1)

    def start(self):
        # No automatic snapshots; a test that wants the data back calls stop(save=True).
        arguments = ["--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        arguments += ["--dir", str(self.directory), "--dbfilename", "dump.rdb"]
        self.process = subprocess.Popen([REDIS_SERVER, *arguments], stdout=subprocess.DEVNULL)  # noqa: S603
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                if self.client().ping():
                    return
            except redis.RedisError:
                time.sleep(0.02)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self, save=False):
        if save:
            self.client().save()
        self.process.kill()
        self.process.wait()

    def freeze(self):
        """Still accepting connections, never answering: a hung server, not a dead one."""
        self.process.send_signal(signal.SIGSTOP)

    def close(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.stop()


@pytest.fixture
def redis_server(tmp_path):
    if REDIS_SERVER is None:
        message = "redis-server is not installed (apt-get install redis-server)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.close()


@pytest.fixture
def production_caches(redis_server):
    """The default and renditions caches exactly as production configures them, in `redis_server`."""
    with override_settings(CACHES=redis_caches(redis_server.url)):
        yield redis_server
    LOCAL_COUNTS.clear()
    for each in breaker._breakers.values():
        each.fallback_memory.clear()
    breaker._breakers.clear()  # a later test may get the same port: it starts with a closed breaker


@pytest.fixture
def article(news_index):
    return factories.NewsPageFactory(parent=news_index, title="Tin gốc")


@pytest.fixture
def feedback_page(home):
    page = FeedbackPage(title="Hỏi đáp", slug="hoi-dap", intro="Gửi câu hỏi.", thank_you="Cảm ơn bạn.")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page
