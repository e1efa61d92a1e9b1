"""`make run`'s development server never answers 500 to a path that climbs out of /static/, and never
sends the file: it serves static files through whitenoise, as production does, not through Django's
staticfiles handler (whose SuspiciousFileOperation escaped as a 500)."""

import pytest
from django.conf import settings
from django.core.management import get_commands, load_command_class
from django.test import RequestFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CLIMBING_PATHS = [
    "/static/../manage.py",
    "/static/%2e%2e/manage.py",
    "/static/..%2fmanage.py",
    "/static/css/../../../manage.py",
    "/static/../govsite/settings/base.py",
]
MANAGE_PY = (settings.BASE_DIR / "manage.py").read_bytes()


def development_server():
    """The WSGI application `manage.py runserver 127.0.0.1:8000` (make run) serves: the command of
    whichever installed app provides it, with the options its own parser gives."""
    command = load_command_class(get_commands()["runserver"], "runserver")
    options = command.create_parser("manage.py", "runserver").parse_args(["127.0.0.1:8000"])
    return command.get_handler(**vars(options))


def serve(application, path):
    """Status and body as runserver sends them: its wsgiref server answers 500 when the application raises."""
    statuses = []
    try:
        body = b"".join(application(RequestFactory().get(path).environ, lambda status, *_: statuses.append(status)))
    except Exception:  # what the server turns into a 500
        return 500, b""
    return int(statuses[0].split()[0]), body


@pytest.fixture
def development(settings, home):
    settings.DEBUG = True  # as under `make run` (govsite.settings.dev)
    return development_server()


@pytest.mark.parametrize("path", CLIMBING_PATHS)
def test_the_development_server_refuses_paths_out_of_static(development, path):
    status, body = serve(development, path)
    assert status in (400, 404)
    assert MANAGE_PY not in body and b"SECRET_KEY" not in body


def test_the_development_server_still_serves_static_files(development):
    status, body = serve(development, "/static/css/site.css")
    assert status == 200 and body == (settings.BASE_DIR / "govsite/static/css/site.css").read_bytes()


@pytest.mark.parametrize("path", CLIMBING_PATHS)
def test_the_test_client_gets_no_error_and_no_file_either(client, home, path):
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert MANAGE_PY not in response.content
