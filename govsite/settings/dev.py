import os

from .base import *  # noqa: F403

DEBUG = True
# Development only: production.py refuses to start without a real SECRET_KEY.
SECRET_KEY = "django-insecure-dev-only-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WAGTAILADMIN_BASE_URL = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA = True
