"""`make run`: the site as readers get it, on this machine.

The production settings (DEBUG off, whitenoise's hashed and compressed static files, the bilingual
404 and 500 pages, the page cache, the security headers) with what a single machine needs instead of
a deployment's environment: SQLite unless DATABASE_URL says otherwise, plain HTTP on 127.0.0.1,
uploads served by Django (SERVE_MEDIA), e-mails printed on the console, and a secret key generated
on the first run and kept in the gitignored `.local-secret-key` (readable by its owner only).
Every variable production.py reads can still be set in the environment.
"""

import os
from pathlib import Path

from django.core.management.utils import get_random_secret_key

CHECKOUT = Path(__file__).resolve().parents[2]
SECRET_KEY_FILE = Path(os.environ.get("LOCAL_SECRET_KEY_FILE", CHECKOUT / ".local-secret-key"))
PORT = os.environ.get("PORT", "8000")


def local_secret_key(path):
    """This checkout's own key: made once, then read back, so sessions outlive a restart."""
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    key = get_random_secret_key()
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first
        return path.read_text().strip()
    with os.fdopen(descriptor, "w") as file:
        file.write(key)
    return key


for name, value in {
    "ALLOWED_HOSTS": "127.0.0.1,localhost,[::1]",
    "BASE_URL": f"http://127.0.0.1:{PORT}",
    "CSRF_TRUSTED_ORIGINS": f"http://127.0.0.1:{PORT},http://localhost:{PORT}",
    "SECURE_SSL_REDIRECT": "false",
    "SECURE_HSTS_SECONDS": "0",
    "SERVE_MEDIA": "true",
    "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
}.items():
    os.environ.setdefault(name, value)
if not os.environ.get("SECRET_KEY"):
    os.environ["SECRET_KEY"] = local_secret_key(SECRET_KEY_FILE)

from .production import *  # noqa: E402, F403

# Plain HTTP: cookies marked Secure would not come back and nobody could sign in to the admin.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
