"""Settings shared by every environment. Environment files import * from here."""

from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "core",
    "ops",
    "home",
    "news",
    "programs",
    "editorial",  # before wagtail_localize: it extends the translation editor's template
    "legacy",
    "visitors",
    "notices",
    "agency",
    "topics",
    "documents",
    "search",
    "discovery",
    "feedback",
    "glossary",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales; never install both
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "pagecache",  # after the frontend cache: it disconnects its page handlers (pagecache.apps)
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # Before staticfiles: `runserver` leaves static files to whitenoise, as in production. Django's own
    # static handler answered 500 to /static/../manage.py (SuspiciousFileOperation escaped it).
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "ops.middleware.SecurityHeadersMiddleware",
    "ops.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and authentication: a stored page needs neither (see its docstring).
    "pagecache.middleware.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "editorial.middleware.AdminLanguageBeforeLoginMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # The host has been checked (CommonMiddleware); a stored page needs no Site.
    "core.wagtail_overrides.CachedSiteMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: it turns a locked-out login into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "govsite.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "govsite.wsgi.application"

# SQLite is the embedded default; DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/govsite)
# switches to PostgreSQL.
DATABASES = {"default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's JIT compiles any query its planner costs high, and the NOT EXISTS of the privacy
    # filter (core.privacy) is costed high: compiling took 400 of a news list's 450 ms at 20,000
    # pages per language (benchmarks/RESULTS.md). A site of short queries never gains from it.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # First: counts failed logins and refuses locked-out ones before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages ----------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("km", "ភាសាខ្មែរ"),
]
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("km", "ភាសាខ្មែរ"),
    ("en", "English"),
]
# locale/: the project's own strings (`make messages`; first, because makemessages writes there).
# locale_upstream/<package>/: Vietnamese and Khmer for every string of the admin's packages, kept
# by `make upstream-messages` (locale_upstream/refresh.py); they take precedence over the
# packages' own, incomplete catalogues. The project's msgids never collide with theirs (contexts).
UPSTREAM_CATALOGUES = ["wagtail", "wagtail_localize", "taggit", "django"]
LOCALE_PATHS = [BASE_DIR / "locale", *(BASE_DIR / "locale_upstream" / package for package in UPSTREAM_CATALOGUES)]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
# Vietnamese slugs are folded to ASCII (see core.text.ascii_slug); Khmer pages reuse them.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# A translation stays a draft until someone publishes it complete: never serve
# Vietnamese text under a Khmer URL because a segment is still untranslated.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# False: a translator submits a Khmer translation to the "Translation review" workflow and a
# moderator publishes it; True: the translator's "Submit" publishes it at once (see editorial/).
GOVSITE_TRANSLATORS_MAY_PUBLISH = False

# Static and media ---------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
# Files browsers ask for at the root of the site (/favicon.ico), served by whitenoise as they are.
WHITENOISE_ROOT = PROJECT_DIR / "public"
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
# Django serves uploads only in development and tests; production puts a web server or S3 in front.
SERVE_MEDIA = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail ------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Ban Dân tộc tỉnh Trà Vinh"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
WAGTAILADMIN_USER_LOGIN_FORM = "editorial.admin_forms.LoginForm"  # the password field's label translated
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Wagtail's database search (PostgreSQL or SQLite) with queries folded as page text is (search/).
# SEARCH_CONFIG is the PostgreSQL text-search configuration sitesearch's migration makes.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends", "SEARCH_CONFIG": "govsite_search"}}
# On PostgreSQL a query ranks at most this many of its newest matches (and as many with the query in
# their title), so a word on most pages costs no more than a rare one; 0 ranks every match
# (search.backends.postgres). SQLite and OpenSearch rank every match.
SEARCH_RANKED_MATCHES = 500
# Page models replace Page's title search fields by folded ones; search.checks checks them instead.
SILENCED_SYSTEM_CHECKS = ["wagtailsearch.W001"]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
FORMAT_MODULE_PATH = ["govsite.formats"]  # parse those formats day first, in every admin language

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Visitor statistics (visitors app): the old portal's all-time count, carried over.
VISITORS_PREVIOUS_TOTAL = 1183472

# Questions and feedback (feedback app): who is told of a new question, and how many a reader's
# address may send. The limit is counted in the default cache: give production a shared one (Redis).
FEEDBACK_NOTIFY_EMAILS = []
FEEDBACK_RATE_LIMIT = "5/h"
# When that cache does not answer, each process counts on its own (feedback.views) instead of
# django-ratelimit's default of refusing everyone.
RATELIMIT_FAIL_OPEN = True
# Its own cache alias: counters must be shared by every process or not counted there at all (in
# production that alias keeps no memory of its own while Redis is away; see pagecache.breaker).
RATELIMIT_USE_CACHE = "ratelimit"

# Caches -------------------------------------------------------------------
# Local memory by default; production.py switches them to Redis when REDIS_URL is set.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "govsite-default"},
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "govsite-renditions"},
    "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "govsite-ratelimit"},
}
# Seconds a process stops asking Redis after a failed call (pagecache.breaker, production only).
CACHE_BREAKER_SECONDS = 5
# Meanwhile each process keeps footer, menu, fragments and renditions in its own memory, at most
# this long and this many entries (pagecache.breaker.LocalFallback; never whole pages).
CACHE_FALLBACK_SECONDS = 10
CACHE_FALLBACK_MAX_ENTRIES = 2000
# Replacements of Wagtail internals (core.wagtail_overrides), each switchable back to Wagtail's own.
# Seconds each process remembers which Wagtail Site a host name is; 0: Wagtail asks every time.
SITE_LOOKUP_SECONDS = 60
# A URL's page in two queries at any depth instead of Wagtail's two per URL segment.
GOVSITE_FAST_ROUTING = True
# Slugs folded from Vietnamese titles ("Đồng bào" → "dong-bao") where Wagtail's would drop letters.
GOVSITE_SLUG_REPAIR = True
# Anonymous page views (pagecache app): how long the site and a CDN in front may keep a page.
PAGE_CACHE_ENABLED = True
PAGE_CACHE_TIMEOUT = 60 * 60
PAGE_CACHE_BROWSER_MAX_AGE = 60
PAGE_CACHE_SHARED_MAX_AGE = 60 * 10
# The query parameters pages read: pagination, the document library's filters (documents.library),
# search, the questions page's thank-you. A stored page is keyed by these alone; a request with any
# other (?utm_source=…, ?fbclid=…) gets the page stored without it and is never stored itself.
PAGE_CACHE_QUERY_PARAMETERS = ("page", "q", "type", "body", "year", "status", "topic", "sort", "sent", "p")
# A larger response is served but not stored (Redis also needs maxmemory: see README).
PAGE_CACHE_MAX_ENTRY_BYTES = 512 * 1024
# Rendered parts of a page (an article's body and related items, see pagecache_tags), kept per page
# revision and dropped by the same purges as whole pages; 0 turns them off.
PAGE_FRAGMENT_CACHE_TIMEOUT = PAGE_CACHE_TIMEOUT
# A CDN or Varnish in front is purged through wagtail.contrib.frontend_cache; none by default.
WAGTAILFRONTENDCACHE = {}
# pagecache.purge already names each language's URL: no rewriting of /km/… into /vi/… as well.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Security -----------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
# Public pages run no script of their own: scripts only from this site, never inline.
# ops.middleware relaxes the policy for the Wagtail admin, whose pages need inline scripts and styles.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
CSP_ADMIN_PREFIXES = ("/admin/",)

# Admin log-in: five failures for one account from one address lock it for an hour, until a
# moderator lifts the lock-out (Settings → Login lock-outs) or the hour passes.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "ops/lockout.html"
AXES_VERBOSE = False

# Uploads: images and documents are checked before they are stored: Wagtail checks the extensions
# and sizes above; ops.uploads also checks that the bytes are the format the extension claims.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "ops.uploads.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "ops.uploads.ImageForm"
# WAGTAILIMAGES_MAX_IMAGE_PIXELS (above) also caps what Pillow opens at all (ops.apps): a
# decompression bomb is refused instead of filling the memory.
# Every document is downloaded, never shown inline in the site's origin.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True

# Error pages that render without the database (ops.views).
HEALTHZ_PATH = "healthz"

# No avatars fetched from a third party (privacy, and the admin stays within the CSP).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin does not call home for new releases (no outside connection, and nothing for the CSP to block).
WAGTAIL_ENABLE_UPDATE_CHECK = False
