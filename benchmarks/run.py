"""`make benchmark`: the production server (gunicorn) against PostgreSQL and Redis with the demo
content and a generated volume, measured with wrk on loopback; writes benchmarks/RESULTS.md.

Environment: BENCH_DATABASE (govsite_bench), BENCH_REDIS_URL (redis://127.0.0.1:6379/15),
BENCH_PORT (8116), BENCH_DURATION seconds per URL (10), BENCH_CONNECTIONS (16),
BENCH_NEWS_PER_LANGUAGE (2000), BENCH_DOCUMENTS (500). The database is dropped and rebuilt,
unless BENCH_REUSE=1 and a previous run built it.
"""

import datetime
import json
import os
import platform
import re
import secrets
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv/bin/python")
DATABASE = os.environ.get("BENCH_DATABASE", "govsite_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
PORT = int(os.environ.get("BENCH_PORT", 8116))
DURATION = int(os.environ.get("BENCH_DURATION", 10))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 16))
SERVER = "postgres://postgres@127.0.0.1:5432"
BASE = f"http://127.0.0.1:{PORT}"

PAGES = [
    ("Home page", "/"),
    ("News list (page 2)", "/tin-tuc/?page=2"),
    ("News page with 20 photos", "/tin-tuc/bai-viet-hai-muoi-anh/"),
    ("Khmer news page", "/km/tin-tuc/hoi-nghi-so-ket-cong-tac-dan-toc-6-thang-dau-nam-2022/"),
    ("Search results", "/tim-kiem/?q=d%C3%A2n+t%E1%BB%99c"),
]


def environment(page_cache, fragments=True):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "DATABASE_URL": f"{SERVER}/{DATABASE}",
        "REDIS_URL": REDIS_URL,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "SERVE_MEDIA": "true",
        "BIND": f"127.0.0.1:{PORT}",
        "PAGE_CACHE_ENABLED": "true" if page_cache else "false",
        **({} if fragments else {"PAGE_FRAGMENT_CACHE_TIMEOUT": "0"}),
        "GUNICORN_ACCESS_LOG": "/dev/null",
        "LOG_LEVEL": "WARNING",
        "BASE_URL": BASE,
        "WAGTAILADMIN_BASE_URL": BASE,
    }


def run(*command, env=None, **kwargs):
    print("$", " ".join(command), flush=True)
    return subprocess.run(command, cwd=ROOT, env=env or environment(True), check=True, **kwargs)


def build_site():
    subprocess.run(["psql", f"{SERVER}/postgres", "-qc", f'DROP DATABASE IF EXISTS "{DATABASE}"'], check=True)
    subprocess.run(["psql", f"{SERVER}/postgres", "-qc", f'CREATE DATABASE "{DATABASE}"'], check=True)
    subprocess.run(["redis-cli", "-u", REDIS_URL, "flushdb"], check=True, capture_output=True)
    run(PY, "manage.py", "migrate", "--noinput", "--verbosity", "0")
    run(PY, "manage.py", "compilemessages", "--ignore=.venv", "--verbosity", "0")
    run(PY, "manage.py", "collectstatic", "--noinput", "--verbosity", "0")
    started = time.monotonic()
    run(PY, "manage.py", "load_demo", stdout=subprocess.DEVNULL)
    demo_seconds = time.monotonic() - started
    output = run(PY, "benchmarks/generate_volume.py", capture_output=True, text=True).stdout
    print(output)
    generated = re.search(r"GENERATED .* in ([\d.]+) s", output).group(0)
    # What a live site has: every page in the search index, and planner statistics (autovacuum's job).
    run(PY, "manage.py", "update_index", "--verbosity", "0")
    subprocess.run(["psql", f"{SERVER}/{DATABASE}", "-qc", "VACUUM ANALYZE"], check=True)
    return demo_seconds, generated


def start_server(page_cache, fragments):
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "--config", "gunicorn.conf.py"],
        cwd=ROOT,
        env=environment(page_cache, fragments),
    )
    for _ in range(120):
        try:
            with urllib.request.urlopen(BASE + "/healthz", timeout=2) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise RuntimeError("gunicorn did not answer /healthz")


def static_url():
    with urllib.request.urlopen(BASE + "/", timeout=10) as response:  # noqa: S310 - loopback
        html = response.read().decode()
    return re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', html).group(1)


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(path, connections=CONNECTIONS, duration=DURATION, threads=2):
    command = ["wrk", f"-t{min(threads, connections)}", f"-c{connections}", f"-d{duration}s", "--latency", BASE + path]
    output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=duration + 30).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = to_ms(*re.search(r"50%\s+([\d.]+)(us|ms|s)", output).groups())
    p99 = to_ms(*re.search(r"99%\s+([\d.]+)(us|ms|s)", output).groups())
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"rate": rate, "p50": p50, "p99": p99, "non_2xx": int(errors.group(1)) if errors else 0}


def warm(path, times=3):
    for _ in range(times):
        with urllib.request.urlopen(BASE + path, timeout=30) as response:  # noqa: S310 - loopback
            response.read()


def measure(page_cache, fragments=True):
    # Each configuration starts from an empty cache, filled by its warm-up requests.
    subprocess.run(["redis-cli", "-u", REDIS_URL, "flushdb"], check=True, capture_output=True)
    server = start_server(page_cache, fragments)
    try:
        results = {}
        static = static_url()
        warm(static)
        results["Static file (whitenoise)"] = wrk(static)
        for name, path in PAGES:
            warm(path)
            results[name] = wrk(path)
        if not page_cache:
            results["single"] = wrk(PAGES[2][1], connections=1, duration=5, threads=1)
        return results
    finally:
        server.terminate()
        server.wait(timeout=60)


def machine():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    memory_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    postgres = subprocess.run(
        ["psql", f"{SERVER}/postgres", "-tAc", "SHOW server_version"], capture_output=True, text=True
    ).stdout.strip()
    redis = subprocess.run(["redis-server", "--version"], capture_output=True, text=True).stdout.split()[2]
    return (
        f"{os.cpu_count()} CPU cores ({cpu}), {memory_kb // 1024 // 1024} GiB RAM, {platform.platform()}, "
        f"Python {platform.python_version()}, PostgreSQL {postgres}, Redis {redis.removeprefix('v=')}; "
        f"gunicorn gthread workers on the same machine as wrk, PostgreSQL and Redis (loopback)"
    )


def table(results):
    static_rate = results["Static file (whitenoise)"]["rate"]
    rows = ["| URL | req/s | p50 ms | p99 ms | % of static |", "|---|---:|---:|---:|---:|"]
    for name, figures in results.items():
        if name == "single":
            continue
        ratio = 100 * figures["rate"] / static_rate
        errors = f" ({figures['non_2xx']} non-2xx)" if figures["non_2xx"] else ""
        rows.append(
            f"| {name}{errors} | {figures['rate']:.0f} | {figures['p50']:.1f} | {figures['p99']:.1f} | {ratio:.1f} % |"
        )
    return "\n".join(rows)


def ratio(results, name):
    return 100 * results[name]["rate"] / results["Static file (whitenoise)"]["rate"]


def verdicts(cached, uncached, scratch):
    lines = []
    worst_cached = min((name for name, _ in PAGES), key=lambda name: cached[name]["rate"])
    lowest = ratio(cached, worst_cached)
    lines.append(
        f"- Cached pages ≥ 50 % of static: {'met' if lowest >= 50 else 'MISSED'} (lowest: {worst_cached}, {lowest:.1f} %)."
    )
    twenty = PAGES[2][0]
    for label, results in (("page cache off", uncached), ("page cache and fragments off", scratch)):
        share = ratio(results, twenty)
        single = results["single"]["p50"]
        lines.append(
            f"- 20-photo news page, {label}: ≥ 9 % of static {'met' if share >= 9 else 'MISSED'} ({share:.1f} %); "
            f"single request median < 30 ms {'met' if single < 30 else 'MISSED'} ({single:.1f} ms)."
        )
    return "\n".join(lines)


def shortfall(cached, uncached):
    """Where an uncached request's time goes (profiled by hand, cProfile), and what 9 % would take."""
    static = uncached["Static file (whitenoise)"]["rate"]
    twenty = uncached[PAGES[2][0]]["rate"]
    if twenty >= 0.09 * static:
        return ""
    return f"""## Why the 9 % target is missed

9 % of this run's static rate is {0.09 * static:.0f} requests a second; the 20-photo page reached
{twenty:.0f}. A request with the page cache off costs about {uncached["single"]["p50"]:.0f} ms of
one core (single-request median), and the machine's two cores are shared with wrk, PostgreSQL and
Redis. Profiled in-process (cProfile, `DJANGO_SETTINGS_MODULE=benchmarks.settings`, 2026-11-25),
that time is: five queries (the active locale, the home page's own row, the pages on the path, the
article's own row, privacy restrictions) with their SQL compilation, about 30 %; ten Redis round
trips (purge tokens, the stored article, footer, menu, notices, metadata, language versions,
visitor counts), about 12 %; rendering the page around the stored article (header, menu, language
switcher, hreflang, JSON-LD, footer), about a third; Wagtail's routing and Django's request
handling, the rest. Reaching {0.09 * static:.0f} requests a second needs about half that per
request: either the page chrome cached
too, which is the page cache under another name, or Wagtail's routing (`Site.root_page.localized
.specific`) replaced. Neither was done; with the page cache on, this run served the page at
{ratio(cached, PAGES[2][0]):.0f} % of the static rate.
"""


def single_line(results):
    single = results["single"]
    return f"median {single['p50']:.1f} ms, p99 {single['p99']:.1f} ms"


def write_report(demo_seconds, generated, cached, uncached, scratch):
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = f"""# Benchmark results

Written by `make benchmark` (benchmarks/run.py) on {now}.

**Machine:** {machine()}.

**Load:** `wrk -t2 -c{CONNECTIONS} -d{DURATION}s --latency` per URL, one URL at a time, after three warm-up requests.
The static file is the site's hashed stylesheet served by whitenoise from the same gunicorn: the
ceiling of this machine, measured in the same run as the pages it is compared with. The single
request figures are `wrk -t1 -c1 -d5s` on the 20-photo news page.

**Content:** the demo site (`load_demo`, {f"{demo_seconds:.0f} s" if demo_seconds else "time not measured: database reused"}), then `benchmarks/generate_volume.py`:
{generated} (treebeard `add_child` in batches of 250, live pages without revisions; Khmer pages share
the Vietnamese page's translation key), then `manage.py update_index` (Wagtail's search index) and `VACUUM ANALYZE`.
The search page is the site's own search view (`/tim-kiem/`) over every page.

## Cached (anonymous page cache in Redis)

{table(cached)}

## Page cache off (`PAGE_CACHE_ENABLED=false`)

Every request routes to the page, runs its queries and renders the page; footer, menu, page metadata,
language versions and the article's rendered body and related items (`{{% wagtailpagecache %}}`,
dropped by the same purges as whole pages) come from Redis. This is what a reader gets after a
purge.

{table(uncached)}

Single request: {single_line(uncached)}.

## Page cache and fragments off (`PAGE_FRAGMENT_CACHE_TIMEOUT=0` as well)

Everything of the article rendered from the database on every request (footer, menu, metadata and
renditions still cached).

{table(scratch)}

Single request: {single_line(scratch)}.

## Targets

{verdicts(cached, uncached, scratch)}
- Queries per news page ≤ 15 and constant in the number of photos: asserted by `tests/test_news_pages.py`
  (rendered from scratch) and `tests/test_page_fragments.py` (from fragments).
- HTML + CSS + fonts of a Khmer news page ≤ 150 KB compressed: asserted by `tests/test_page_weight.py`
  (about 96 KB with every font counted, 2026-11-25).
- WebP renditions with `srcset`: asserted by `tests/test_page_weight.py` and `tests/test_news_pages.py`.

{shortfall(cached, uncached)}
"""
    (ROOT / "benchmarks/RESULTS.md").write_text(text, encoding="utf-8")
    (ROOT / "benchmarks/results.json").write_text(
        json.dumps({"cached": cached, "uncached": uncached, "scratch": scratch}, indent=2)
    )
    print(text)


def main():
    if subprocess.run(["which", "wrk"], capture_output=True).returncode != 0:
        sys.exit("wrk is missing: apt-get install wrk")
    if os.environ.get("BENCH_REUSE") and (ROOT / "benchmarks/.content.json").exists():
        demo_seconds, generated = json.loads((ROOT / "benchmarks/.content.json").read_text())
    else:
        demo_seconds, generated = build_site()
        (ROOT / "benchmarks/.content.json").write_text(json.dumps([demo_seconds, generated]))
    cached = measure(page_cache=True)
    uncached = measure(page_cache=False)
    scratch = measure(page_cache=False, fragments=False)
    write_report(demo_seconds, generated, cached, uncached, scratch)


if __name__ == "__main__":
    main()
