"""Each Wagtail override (core.wagtail_overrides) on and off, interleaved in one process: the
uncached 20-photo article through Django's test client, request after request, the configurations
taking turns so that the load of a shared machine falls on all of them alike. Reports the median
time and queries per request. Run by hand against a benchmark database, e.g.:

    DJANGO_SETTINGS_MODULE=benchmarks.settings DATABASE_URL=postgres://…/govsite_bench_2000 \\
    REDIS_URL=redis://127.0.0.1:6379/13 SECRET_KEY=… ALLOWED_HOSTS=127.0.0.1 \\
    .venv/bin/python benchmarks/overrides.py [rounds]
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from core import wagtail_overrides  # noqa: E402

ARTICLE = "/tin-tuc/bai-viet-hai-muoi-anh/"
CONFIGURATIONS = {
    "All on": {},
    "Routing off (GOVSITE_FAST_ROUTING)": {"GOVSITE_FAST_ROUTING": False},
    "Site memory off (SITE_LOOKUP_SECONDS=0)": {"SITE_LOOKUP_SECONDS": 0},
    "All off": {"GOVSITE_FAST_ROUTING": False, "SITE_LOOKUP_SECONDS": 0},
}


def one_request(client, changes):
    with override_settings(PAGE_CACHE_ENABLED=False, **changes), CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(ARTICLE, HTTP_HOST="127.0.0.1")
        elapsed = time.perf_counter() - started
    assert response.status_code == 200, response.status_code
    return elapsed * 1000, len(queries)


def main(rounds):
    client = Client()
    timings = {name: [] for name in CONFIGURATIONS}
    queries = {name: [] for name in CONFIGURATIONS}
    for changes in CONFIGURATIONS.values():  # warm-up
        one_request(client, changes)
    for _ in range(rounds):
        for name, changes in CONFIGURATIONS.items():
            wagtail_overrides.forget_sites()  # what SITE_LOOKUP_SECONDS keeps is kept across requests…
            if changes.get("SITE_LOOKUP_SECONDS", 60) != 0:
                one_request(client, {})  # …so the remembering configurations get it back first
            elapsed, count = one_request(client, changes)
            timings[name].append(elapsed)
            queries[name].append(count)
    base = statistics.median(timings["All on"])
    print("| Configuration | median ms per request | queries | cost against all on |")
    print("|---|---:|---:|---:|")
    for name in CONFIGURATIONS:
        median = statistics.median(timings[name])
        print(
            f"| {name} | {median:.1f} | {statistics.median(queries[name]):.0f} | {100 * (median - base) / base:+.0f} % |"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
