"""Production settings: everything that differs between deployments comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .cache import redis_caches

KNOWN_INSECURE_KEYS = {
    "",
    "changeme",
    "secret",
    "django-insecure-dev-only-key-not-for-production",
    "test-only-secret-key",
}


def required_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value


SECRET_KEY = required_env("SECRET_KEY")
if SECRET_KEY in KNOWN_INSECURE_KEYS or SECRET_KEY.startswith("django-insecure") or len(SECRET_KEY) < 40:
    raise ImproperlyConfigured("SECRET_KEY is a known default or too short: generate a random key of 50+ characters.")

DEBUG = False
ALLOWED_HOSTS = [h.strip() for h in required_env("ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]
# The site's public address: links in e-mails and the admin, the Site record's default.
BASE_URL = os.environ.get("BASE_URL", os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}"))
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", BASE_URL)


def env_flag(name, default):
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes", "on"}


# Database: DATABASE_URL (base.py) with persistent connections checked before use.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", 60))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# Caches: Redis when REDIS_URL is set. A Redis outage must not take the site down: after a failed
# call the cache is skipped for CACHE_BREAKER_SECONDS (pages come from the database, slower) and
# the outage is logged once per interval by pagecache.breaker, not once per call by django-redis.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = redis_caches(REDIS_URL)
CACHE_BREAKER_SECONDS = float(os.environ.get("CACHE_BREAKER_SECONDS", CACHE_BREAKER_SECONDS))  # noqa: F405
CACHE_FALLBACK_SECONDS = float(os.environ.get("CACHE_FALLBACK_SECONDS", CACHE_FALLBACK_SECONDS))  # noqa: F405
PAGE_CACHE_ENABLED = env_flag("PAGE_CACHE_ENABLED", "true")
PAGE_CACHE_MAX_ENTRY_BYTES = int(os.environ.get("PAGE_CACHE_MAX_ENTRY_BYTES", PAGE_CACHE_MAX_ENTRY_BYTES))  # noqa: F405
PAGE_FRAGMENT_CACHE_TIMEOUT = int(os.environ.get("PAGE_FRAGMENT_CACHE_TIMEOUT", PAGE_FRAGMENT_CACHE_TIMEOUT))  # noqa: F405

# Media: a local folder by default; S3-compatible object storage when AWS_STORAGE_BUCKET_NAME is set.
# There, images are public objects (give the CDN or a public-read policy images/ and original_images/
# only) and documents private ones, read by Wagtail's serve view (ops.storage).
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(MEDIA_ROOT))  # noqa: F405
MEDIA_URL = os.environ.get("MEDIA_URL", MEDIA_URL)  # noqa: F405
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
if AWS_STORAGE_BUCKET_NAME:
    STORAGES = {
        **STORAGES,  # noqa: F405
        "default": {
            "BACKEND": "ops.storage.MediaStorage",
            "OPTIONS": {
                "bucket_name": AWS_STORAGE_BUCKET_NAME,
                "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
                "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
                "signature_version": os.environ.get("AWS_S3_SIGNATURE_VERSION") or "s3v4",
                "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
                "access_key": os.environ.get("AWS_ACCESS_KEY_ID", ""),
                "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY", ""),
                "default_acl": None,
                "querystring_auth": False,
                "file_overwrite": False,
                "object_parameters": {"CacheControl": "public, max-age=31536000"},
            },
        },
    }
# Django serves local uploads itself only when no web server is put in front (SERVE_MEDIA=true).
SERVE_MEDIA = env_flag("SERVE_MEDIA", "false") and not AWS_STORAGE_BUCKET_NAME

# Static files: whitenoise serves hashed names with a one-year immutable Cache-Control.
WHITENOISE_MAX_AGE = 60 * 60

# A CDN or Varnish in front: FRONTEND_CACHE_URL (Varnish/nginx purge endpoint) or Cloudflare.
# Search: OpenSearch when SEARCH_URL is set (https://user:password@host:9200), the database otherwise.
# The index settings (Vietnamese folding, Khmer kept whole) are the backend's own: search/backends/opensearch.py.
SEARCH_URL = os.environ.get("SEARCH_URL", "").strip()
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.opensearch",
            "URLS": [SEARCH_URL],
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "govsite_"),
            "TIMEOUT": int(os.environ.get("SEARCH_TIMEOUT", 5)),
        }
    }

if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }
elif os.environ.get("CLOUDFLARE_API_TOKEN"):
    WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
            "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
        }
    }

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", "true")
# /healthz answers the load balancer over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
# Behind a proxy: the client address for the log-in lock-out comes from X-Forwarded-For.
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("PROXY_COUNT", 0)) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]
if AXES_IPWARE_PROXY_COUNT:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 25))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS", "false")
EMAIL_USE_SSL = env_flag("EMAIL_USE_SSL", "false")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Comma-separated addresses told of each new reader question.
FEEDBACK_NOTIFY_EMAILS = [a.strip() for a in os.environ.get("FEEDBACK_NOTIFY_EMAILS", "").split(",") if a.strip()]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO").upper()},
    "loggers": {"govsite.cache": {"level": "WARNING"}},
}
