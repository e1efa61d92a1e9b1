"""`make benchmark`: the production server (gunicorn) against PostgreSQL and Redis with the demo
content and a generated volume, measured with wrk on loopback; writes benchmarks/RESULTS.md.

    benchmarks/run.py --pages 0 2000 20000     (0: the demo site alone; the default)

Each size has its own database, BENCH_DATABASE_<size> (govsite_bench_demo, govsite_bench_2000…),
made from the next smaller one (CREATE DATABASE … TEMPLATE) so each size only adds its pages; with
BENCH_REUSE=1 a database a previous run built is used as it is. Figures of sizes not run this time
are kept from benchmarks/results.json, so sizes can be measured one at a time.

Environment: BENCH_DATABASE (govsite_bench), BENCH_REDIS_URL (redis://127.0.0.1:6379/15),
BENCH_PORT (8116), BENCH_DURATION seconds per URL (10), BENCH_CONNECTIONS (16), BENCH_DOCUMENTS
(500), BENCH_OVERRIDES_SIZE (the size at which each Wagtail override is measured on and off; 2000)
and BENCH_OVERRIDE_ROUNDS (2).
"""

import argparse
import datetime
import http.cookiejar
import json
import os
import platform
import re
import secrets
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv/bin/python")
DATABASE = os.environ.get("BENCH_DATABASE", "govsite_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
PORT = int(os.environ.get("BENCH_PORT", 8116))
DURATION = int(os.environ.get("BENCH_DURATION", 10))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 16))
DOCUMENTS = int(os.environ.get("BENCH_DOCUMENTS", 500))
OVERRIDES_SIZE = int(os.environ.get("BENCH_OVERRIDES_SIZE", 2000))
OVERRIDE_ROUNDS = int(os.environ.get("BENCH_OVERRIDE_ROUNDS", 2))
SERVER = "postgres://postgres@127.0.0.1:5432"
BASE = f"http://127.0.0.1:{PORT}"
RESULTS_JSON = ROOT / "benchmarks/results.json"
ADMIN_USER, ADMIN_PASSWORD = "benchmark", "benchmark-" + "password-1"

STATIC = "Static file (whitenoise)"
ARTICLE = "News page with 20 photos"
PAGES = [
    ("Home page", "/"),
    ("News list (page 2)", "/tin-tuc/?page=2"),
    (ARTICLE, "/tin-tuc/bai-viet-hai-muoi-anh/"),
    ("Khmer news page", "/km/tin-tuc/hoi-nghi-so-ket-cong-tac-dan-toc-6-thang-dau-nam-2022/"),
    ("Search, common term", "/tim-kiem/?q=d%C3%A2n+t%E1%BB%99c"),
    ("Search, rare term", "/tim-kiem/?q=hai+m%C6%B0%C6%A1i+%E1%BA%A3nh"),
    ("sitemap.xml", "/sitemap.xml"),
]
# Each Wagtail override of core.wagtail_overrides, by the setting that turns it off.
OVERRIDES = [
    ("Routing in two queries", "GOVSITE_FAST_ROUTING"),
    ("Site remembered per process", "SITE_LOOKUP_SECONDS"),
]


def database(size):
    return f"{DATABASE}_{size or 'demo'}"


def environment(size, page_cache=True, overrides_off=()):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "DATABASE_URL": f"{SERVER}/{database(size)}",
        "REDIS_URL": REDIS_URL,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "SERVE_MEDIA": "true",
        "BIND": f"127.0.0.1:{PORT}",
        "PAGE_CACHE_ENABLED": "true" if page_cache else "false",
        "BENCH_WAGTAIL_OVERRIDES_OFF": ",".join(overrides_off),
        "GUNICORN_ACCESS_LOG": "/dev/null",
        "LOG_LEVEL": "WARNING",
        "BASE_URL": BASE,
        "WAGTAILADMIN_BASE_URL": BASE,
    }


def run(*command, size=0, **kwargs):
    print("$", " ".join(command), flush=True)
    return subprocess.run(command, cwd=ROOT, env=environment(size), check=True, **kwargs)


def psql(database_name, sql, **kwargs):
    return subprocess.run(["psql", f"{SERVER}/{database_name}", "-qtAc", sql], check=True, **kwargs)


def database_exists(size):
    found = psql("postgres", f"SELECT 1 FROM pg_database WHERE datname = '{database(size)}'", capture_output=True)  # noqa: S608
    return found.stdout.strip() == b"1"


def content_file(size):
    return ROOT / f"benchmarks/.content-{size}.json"


def build_site(size, template_size):
    """The demo site plus `size` news pages per language, from the database of `template_size`."""
    psql("postgres", f'DROP DATABASE IF EXISTS "{database(size)}"')
    demo_seconds = None
    if template_size is None:
        psql("postgres", f'CREATE DATABASE "{database(size)}"')
        run(PY, "manage.py", "migrate", "--noinput", "--verbosity", "0", size=size)
        started = time.monotonic()
        run(PY, "manage.py", "load_demo", size=size, stdout=subprocess.DEVNULL)
        demo_seconds = time.monotonic() - started
    else:
        psql("postgres", f'CREATE DATABASE "{database(size)}" TEMPLATE "{database(template_size)}"')
        demo_seconds = json.loads(content_file(template_size).read_text())["demo_seconds"]
    volume = {"BENCH_NEWS_PER_LANGUAGE": str(size), "BENCH_DOCUMENTS": str(DOCUMENTS if size else 0)}
    command = [PY, "benchmarks/generate_volume.py"]
    output = subprocess.run(
        command, cwd=ROOT, env={**environment(size), **volume}, check=True, capture_output=True, text=True
    ).stdout
    generated = re.search(r"GENERATED .* in ([\d.]+) s", output).group(0)
    # What a live site has: every page in the search index, and planner statistics (autovacuum's job).
    run(PY, "manage.py", "update_index", "--verbosity", "0", size=size, stdout=subprocess.DEVNULL)
    psql(database(size), "VACUUM ANALYZE")
    content = {"demo_seconds": demo_seconds, "generated": generated, "from": template_size}
    content_file(size).write_text(json.dumps(content))
    return content


def prepare(sizes):
    """Every size's database, each made from the next smaller one (the chain starts at the demo)."""
    contents, previous = {}, None
    for size in sorted({0, *sizes}):
        reuse = os.environ.get("BENCH_REUSE") and database_exists(size) and content_file(size).exists()
        contents[size] = json.loads(content_file(size).read_text()) if reuse else build_site(size, previous)
        previous = size
    return contents


def start_server(size, page_cache, overrides_off=()):
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "--config", "gunicorn.conf.py"],
        cwd=ROOT,
        env=environment(size, page_cache, overrides_off),
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


def stop_server(server):
    server.terminate()
    server.wait(timeout=60)


def get(path, opener=None, data=None, timeout=120):
    request = urllib.request.Request(BASE + path, data=data)  # noqa: S310 - loopback
    with (opener or urllib.request.build_opener()).open(request, timeout=timeout) as response:
        return response.read().decode()


def static_url():
    return re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', get("/")).group(1)


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(path, connections=CONNECTIONS, duration=DURATION, threads=2):
    command = ["wrk", f"-t{min(threads, connections)}", f"-c{connections}", f"-d{duration}s", "--latency", BASE + path]
    output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=duration + 60).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = to_ms(*re.search(r"50%\s+([\d.]+)(us|ms|s)", output).groups())
    p99 = to_ms(*re.search(r"99%\s+([\d.]+)(us|ms|s)", output).groups())
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"rate": rate, "p50": p50, "p99": p99, "non_2xx": int(errors.group(1)) if errors else 0}


def single_request_ms(path, times=5):
    """Median time of one request alone (the page cache off: the time to build the response)."""
    timings = []
    for _ in range(times):
        started = time.perf_counter()
        get(path)
        timings.append(1000 * (time.perf_counter() - started))
    return statistics.median(timings)


def measure(size, page_cache, overrides_off=(), pages=PAGES):
    # Each configuration starts from an empty cache, filled by its warm-up requests.
    subprocess.run(["redis-cli", "-u", REDIS_URL, "flushdb"], check=True, capture_output=True)
    server = start_server(size, page_cache, overrides_off)
    try:
        results = {}
        static = static_url()
        for path in [static] * 3:
            get(path)
        results[STATIC] = wrk(static)
        for name, path in pages:
            for _ in range(3):
                get(path)
            results[name] = wrk(path)
            if not page_cache:
                results[name]["single_ms"] = single_request_ms(path)
        if not page_cache and pages is PAGES:
            results["sitemap pages"] = sitemap_pages_ms()
        if page_cache and pages is PAGES:
            results["publish"] = publish_in_admin(size)
        return results
    finally:
        stop_server(server)


def sitemap_pages_ms():
    """Build time of each page of sitemap.xml when it is an index (the page cache off)."""
    index = get("/sitemap.xml")
    locations = re.findall(r"<loc>([^<]+)</loc>", index) if "<sitemapindex" in index else []
    return {
        urllib.parse.urlsplit(location).path + "?" + urllib.parse.urlsplit(location).query: single_request_ms(
            urllib.parse.urlsplit(location).path + "?" + urllib.parse.urlsplit(location).query, times=3
        )
        for location in locations
    }


class FormFields(HTMLParser):
    """The fields a browser would send with the page editor's form (without JavaScript)."""

    def __init__(self):
        super().__init__()
        self.fields, self._textarea, self._select = [], None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                self.fields.append([name, attrs.get("value") or ""])
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
            self.fields.append(self._textarea)
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields.append([self._select, attrs.get("value") or ""])

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data


def publish_in_admin(size):
    """Seconds from the editor's Publish (an HTTP POST of the news index's edit form, new intro) to
    the first anonymous request that gets the fresh news list, and the POST's own time."""
    page_id = admin_setup(size)
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    login = get("/admin/login/", opener)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login).group(1)
    credentials = {"csrfmiddlewaretoken": token, "username": ADMIN_USER, "password": ADMIN_PASSWORD, "next": "/admin/"}
    get("/admin/login/", opener, urllib.parse.urlencode(credentials).encode())
    edit_path = f"/admin/pages/{page_id}/edit/"
    form = FormFields()
    form.feed(get(edit_path, opener))
    marker = f"Benchmark intro {secrets.token_hex(4)}"
    fields = [(name, marker if name == "intro" else value) for name, value in form.fields]
    data = urllib.parse.urlencode([*fields, ("action-publish", "action-publish")]).encode()
    get("/tin-tuc/")  # the stale copy is stored
    started = time.perf_counter()
    get(edit_path, opener, data)
    posted = time.perf_counter() - started
    while marker not in get("/tin-tuc/"):
        if time.perf_counter() - started > 60:
            return {"error": "the news list never showed the published intro"}
    fresh = time.perf_counter() - started
    return {"post_s": posted, "fresh_s": fresh, "purge": purge_cost(size)}


ADMIN_SETUP = f"""
from django.contrib.auth import get_user_model
from news.models import NewsIndexPage
User = get_user_model()
user = User.objects.filter(username="{ADMIN_USER}").first() or User.objects.create_superuser("{ADMIN_USER}", "b@example.com", "{ADMIN_PASSWORD}")
print("PAGE", NewsIndexPage.objects.get(locale__language_code="vi").pk)
"""

PURGE_COST = """
import json, time
from pagecache import purge
from news.models import NewsPage
spent = {"purge_s": 0.0, "paths": 0}
original_pages, original_urls = getattr(purge, "purge_pages", None), getattr(purge, "purge_urls", None)
def timed_pages(pages, *args, **kwargs):
    started = time.perf_counter()
    try:
        return original_pages(pages, *args, **kwargs)
    finally:
        spent["purge_s"] += time.perf_counter() - started
def counted_urls(urls, *args, **kwargs):
    spent["paths"] += len(urls)
    return original_urls(urls, *args, **kwargs)
if original_pages: purge.purge_pages = timed_pages
if original_urls: purge.purge_urls = counted_urls
page = NewsPage.objects.live().filter(locale__language_code="vi").order_by("-date", "-pk").first()
started = time.perf_counter()
page.save_revision().publish()
spent["publish_s"] = time.perf_counter() - started
print("PURGE", json.dumps(spent))
"""


def manage_shell(size, code):
    output = subprocess.run(
        [PY, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=environment(size),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return output


def admin_setup(size):
    return int(re.search(r"PAGE (\d+)", manage_shell(size, ADMIN_SETUP)).group(1))


def purge_cost(size):
    """Publishing the newest news item in a shell: the whole publish and the purge inside it."""
    return json.loads(re.search(r"PURGE (.*)", manage_shell(size, PURGE_COST)).group(1))


def measure_overrides(size):
    """The uncached 20-photo article with every override on, then with each one off, in rounds."""
    article = [(ARTICLE, dict(PAGES)[ARTICLE])]
    rounds = {"All on": []} | {name: [] for name, _setting in OVERRIDES}
    for _ in range(OVERRIDE_ROUNDS):
        rounds["All on"].append(measure(size, page_cache=False, pages=article))
        for name, setting in OVERRIDES:
            rounds[name].append(measure(size, page_cache=False, overrides_off=[setting], pages=article))
    return rounds


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


def ratio(results, name):
    return 100 * results[name]["rate"] / results[STATIC]["rate"]


def size_label(size):
    return "demo" if not int(size) else f"{int(size):,}".replace(",", " ")


def size_table(figures):
    cached, uncached = figures["cached"], figures["uncached"]
    rows = [
        "| URL | cached req/s | cached % of static | uncached req/s | uncached % of static | uncached alone ms |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in [STATIC, *(name for name, _path in PAGES)]:
        errors = sum(results[name]["non_2xx"] for results in (cached, uncached))
        rows.append(
            f"| {name}{f' ({errors} non-2xx)' if errors else ''} | {cached[name]['rate']:.0f} | {ratio(cached, name):.1f} % "
            f"| {uncached[name]['rate']:.0f} | {ratio(uncached, name):.1f} % | {uncached[name].get('single_ms', 0):.0f} |"
        )
    return "\n".join(rows)


def publish_line(figures):
    publish = figures["cached"].get("publish") or {}
    if "fresh_s" not in publish:
        return f"Publish to fresh page: not measured ({publish.get('error', 'no figure')})."
    purge = publish["purge"]
    if purge.get("paths"):
        purged = f"{purge['purge_s'] * 1000:.0f} ms purging {purge['paths']} paths"
    elif purge.get("purge_s"):
        purged = f"{purge['purge_s'] * 1000:.0f} ms for a site-wide purge (its section lists more than 100 items)"
    else:
        purged = "no purge seen"
    return (
        f"Publish in the admin (POST of the news index's edit form) to the fresh news list served: "
        f"{publish['fresh_s'] * 1000:.0f} ms (the POST itself {publish['post_s'] * 1000:.0f} ms). Purge cost, "
        f"publishing the newest news item: {purge['publish_s'] * 1000:.0f} ms in all, of which {purged}."
    )


def sitemap_line(figures):
    alone = figures["uncached"]["sitemap.xml"].get("single_ms", 0)
    pages = figures["uncached"].get("sitemap pages") or {}
    if not pages:
        return f"sitemap.xml (one urlset) built in {alone:.0f} ms."
    slowest = max(pages.values())
    return (
        f"sitemap.xml is an index of {len(pages)} pages, built in {alone:.0f} ms; its slowest page in {slowest:.0f} ms."
    )


def overrides_table(rounds):
    def median_ratio(name):
        return statistics.median(ratio(result, ARTICLE) for result in rounds[name])

    base = median_ratio("All on")
    rows = ["| Configuration | 20-photo article, uncached, % of static (median of rounds) | saved by the override |"]
    rows.append("|---|---:|---:|")
    rows.append(f"| All overrides on | {base:.2f} % | |")
    for name, setting in OVERRIDES:
        off = median_ratio(name)
        rows.append(f"| {name} off (`{setting}`) | {off:.2f} % | {100 * (base - off) / base:.0f} % |")
    return "\n".join(rows)


def verdicts(by_size):
    lines = []
    sizes = sorted(by_size, key=int)
    lowest = min((ratio(by_size[s]["cached"], name), name, s) for s in sizes for name, _path in PAGES)
    lines.append(
        f"- Cached pages ≥ 75 % of static at every size: {'met' if lowest[0] >= 75 else 'MISSED'} "
        f"(lowest {lowest[0]:.1f} %: {lowest[1]}, {size_label(lowest[2])})."
    )
    article = min((ratio(by_size[s]["uncached"], ARTICLE), s) for s in sizes)
    lines.append(
        f"- Uncached 20-photo article ≥ 6 % of static at every size: {'met' if article[0] >= 6 else 'MISSED'} "
        f"(lowest {article[0]:.1f} % at {size_label(article[1])}; by size: "
        + ", ".join(f"{size_label(s)} {ratio(by_size[s]['uncached'], ARTICLE):.1f} %" for s in sizes)
        + ")."
    )
    if "20000" in by_size:
        large = by_size["20000"]
        search = min(ratio(large["uncached"], name) for name in ("Search, common term", "Search, rare term"))
        lines.append(
            f"- Search ≥ 3 % of static at 20 000: {'met' if search >= 3 else 'MISSED'} (lower term {search:.1f} %)."
        )
        build = large["uncached"]["sitemap.xml"]["single_ms"]
        slowest = max([build, *(large["uncached"].get("sitemap pages") or {}).values()])
        lines.append(
            f"- sitemap.xml under 1 s to build at 20 000: {'met' if slowest < 1000 else 'MISSED'} "
            f"(index {build:.0f} ms, slowest response {slowest:.0f} ms)."
        )
        if "2000" in by_size:
            lines.append(growth_verdict(by_size["2000"], large))
    else:
        lines.append("- Search and sitemap targets at 20 000 pages per language: not measured in this run.")
    return "\n".join(lines)


def growth_verdict(small, large):
    """Cost per request (1 / rate) at 20 000 against 2 000: ≤ 2×; search and sitemap sublinear (< 10×)."""
    worse = []
    for kind in ("cached", "uncached"):
        for name, _path in PAGES:
            growth = small[kind][name]["rate"] / large[kind][name]["rate"]
            limit = 10 if name.startswith(("Search", "sitemap")) else 2
            if growth > limit:
                worse.append(f"{name} {kind} {growth:.1f}×")
    growths = [
        small[kind][name]["rate"] / large[kind][name]["rate"] for kind in ("cached", "uncached") for name, _ in PAGES
    ]
    return (
        f"- No figure at 20 000 more than 2× its 2 000 figure (search and sitemap sublinear): "
        f"{'met' if not worse else 'MISSED: ' + ', '.join(worse)} (largest growth {max(growths):.1f}×)."
    )


# RESULTS.md from this heading on is written by hand (what the figures mean, other benchmarks such as
# benchmarks/translation_memory.py) and kept as it is when this one rewrites the file.
KEPT_SECTIONS = "## Notes"


def write_report(stored):
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    by_size = stored["sizes"]
    sections = []
    for size in sorted(by_size, key=int):
        figures = by_size[size]
        content = figures["content"]
        sections.append(
            f"""## {size_label(size)}{"" if not int(size) else " news pages per language"}

Content: the demo site (`load_demo`{f", {content['demo_seconds']:.0f} s" if content.get("demo_seconds") else ""}), then
{content["generated"]}. Measured {figures["measured"]}.

{size_table(figures)}

{sitemap_line(figures)}

{publish_line(figures)}
"""
        )
    overrides = stored.get("overrides")
    overrides_text = (
        f"Measured at {size_label(overrides['size'])} news pages per language, {OVERRIDE_ROUNDS} rounds, "
        f"{overrides['measured']}:\n\n{overrides_table(overrides['rounds'])}"
        if overrides
        else "Not measured in this run."
    )
    text = f"""# Benchmark results

Written by `make benchmark` (benchmarks/run.py) on {now}.

**Machine:** {machine()}.

**Load:** `wrk -t2 -c{CONNECTIONS} -d{DURATION}s --latency` per URL, one URL at a time, after three warm-up
requests. The static file is the site's hashed stylesheet served by whitenoise from the same gunicorn: the
ceiling of this machine, measured in the same run as the pages it is compared with. *Cached*: the anonymous
page cache in Redis; *uncached*: `PAGE_CACHE_ENABLED=false`, every request routed and rendered (footer, menu,
metadata and the article's fragments from Redis), what a reader gets after a purge. *Alone*: the median of
five single requests, one at a time. The machine is shared with other work, so rates move by ±20 % between
runs; the ratios to the static file of the same run move less.

**Content:** generated by `benchmarks/generate_volume.py` (the rows `add_child` leaves, inserted in bulk in
batches of 1,000: live pages without revisions; Khmer pages share the Vietnamese page's translation key), then
`manage.py update_index` (Wagtail's search index) and `VACUUM ANALYZE`. The search page is the site's own search view (`/tim-kiem/`) over every page.

{chr(10).join(sections)}
## Targets

{verdicts(by_size)}

## Wagtail overrides (core.wagtail_overrides)

Each override is turned off on its own (`BENCH_WAGTAIL_OVERRIDES_OFF`, benchmarks/settings.py) and the uncached
20-photo article measured; an override that saves less than 10 % is deleted. {overrides_text}
"""
    results = ROOT / "benchmarks/RESULTS.md"
    kept = results.read_text(encoding="utf-8").partition(KEPT_SECTIONS)[1:] if results.exists() else ()
    results.write_text(text + ("\n" + "".join(kept) if kept and kept[0] else ""), encoding="utf-8")
    print(text)


def load_results():
    return json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.exists() else {"sizes": {}}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[0, 2000, 20000], help="news pages per language")
    parser.add_argument("--no-overrides", action="store_true", help="skip measuring each override on and off")
    parser.add_argument("--report-only", action="store_true", help="rewrite RESULTS.md from results.json")
    options = parser.parse_args()
    stored = load_results()
    if not options.report_only:
        if subprocess.run(["which", "wrk"], capture_output=True).returncode != 0:
            sys.exit("wrk is missing: apt-get install wrk")
        contents = prepare(options.pages)
        run(PY, "manage.py", "compilemessages", "--ignore=.venv", "--verbosity", "0")
        run(PY, "manage.py", "collectstatic", "--noinput", "--verbosity", "0")
        for size in options.pages:
            measured = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
            figures = {"content": contents[size], "measured": measured}
            figures["cached"] = measure(size, page_cache=True)
            figures["uncached"] = measure(size, page_cache=False)
            stored["sizes"][str(size)] = figures
            RESULTS_JSON.write_text(json.dumps(stored, indent=2))
        overrides_size = OVERRIDES_SIZE if OVERRIDES_SIZE in options.pages else options.pages[-1]
        if not options.no_overrides:
            measured = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
            rounds = measure_overrides(overrides_size)
            stored["overrides"] = {"size": overrides_size, "measured": measured, "rounds": rounds}
            RESULTS_JSON.write_text(json.dumps(stored, indent=2))
    write_report(stored)


if __name__ == "__main__":
    main()
