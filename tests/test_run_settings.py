"""`make run` (govsite.settings.local) serves the site as readers get it: DEBUG off, whitenoise, the
site's own bilingual error pages, uploads served, SQLite, and a secret key of its own."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

CHECKOUT = Path(__file__).resolve().parents[1]
READ_SETTINGS = """
import json, django
django.setup()
from django.conf import settings
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "SERVE_MEDIA": settings.SERVE_MEDIA,
    "MIDDLEWARE": settings.MIDDLEWARE,
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "ENGINE": settings.DATABASES["default"]["ENGINE"],
    "STATICFILES": settings.STORAGES["staticfiles"]["BACKEND"],
    "SECRET_KEY": settings.SECRET_KEY,
    "SESSION_COOKIE_SECURE": settings.SESSION_COOKIE_SECURE,
    "SECURE_SSL_REDIRECT": settings.SECURE_SSL_REDIRECT,
}))
"""


def run_settings(key_file):
    """The local settings as a fresh clone gets them: no SECRET_KEY, ALLOWED_HOSTS or DATABASE_URL set."""
    env = {
        name: value for name, value in os.environ.items() if name not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}
    }
    env.update(DJANGO_SETTINGS_MODULE="govsite.settings.local", LOCAL_SECRET_KEY_FILE=str(key_file))
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", READ_SETTINGS], cwd=CHECKOUT, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    key_file = tmp_path_factory.mktemp("run") / ".local-secret-key"
    values = run_settings(key_file)
    values["key_file"] = key_file
    return values


def test_the_run_settings_are_production_like_on_sqlite(local):
    assert local["DEBUG"] is False
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in local["MIDDLEWARE"]
    assert local["STATICFILES"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert local["SERVE_MEDIA"] is True
    assert local["ENGINE"] == "django.db.backends.sqlite3"
    assert "127.0.0.1" in local["ALLOWED_HOSTS"]
    # Plain HTTP on this machine: no redirect to HTTPS, and the admin's session cookie comes back.
    assert local["SECURE_SSL_REDIRECT"] is False and local["SESSION_COOKIE_SECURE"] is False


def test_the_secret_key_is_generated_once_and_kept_private(local):
    key_file = local["key_file"]
    assert len(local["SECRET_KEY"]) >= 50 and key_file.read_text() == local["SECRET_KEY"]
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert run_settings(key_file)["SECRET_KEY"] == local["SECRET_KEY"]


def test_a_missing_khmer_page_gives_the_sites_bilingual_404(client, settings, local, news_index, khmer_news_index):
    settings.DEBUG = local["DEBUG"]
    settings.MIDDLEWARE = local["MIDDLEWARE"]
    article = factories.NewsPageFactory(parent=news_index, body=[])
    response = client.get(f"/km{article.url}")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="km">' in html and "Page not found at" not in html  # not Django's debug page
    assert f'<a href="{article.url}" hreflang="vi" lang="vi">Tiếng Việt</a>' in html


def test_uploaded_photos_are_served(client, settings, local):
    settings.DEBUG = local["DEBUG"]
    settings.SERVE_MEDIA = local["SERVE_MEDIA"]
    image = factories.ImageFactory()
    response = client.get(image.file.url)
    assert response.status_code == 200 and response["Content-Type"].startswith("image/")
