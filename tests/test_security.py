"""Security headers, the admin log-in lock-out, upload limits, the health check and error pages."""

import io
import json

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from ops.views import server_error
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(news_index):
    return factories.NewsPageFactory(parent=news_index)


def csp_directives(response):
    policy = response.headers["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def test_public_pages_send_the_security_headers_and_a_strict_script_policy(client, article):
    response = client.get(article.url)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "camera=()" in response.headers["Permissions-Policy"]
    directives = csp_directives(response)
    assert directives["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in directives["style-src"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert "<script>" not in response.content.decode()  # nothing inline the policy would block


def test_the_admin_gets_the_policy_it_needs(admin_client, article):
    response = admin_client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in csp_directives(response)["script-src"]


def login(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password})


def test_repeated_failed_logins_lock_the_account_until_a_moderator_lifts_it(client):
    User.objects.create_user("bientap", "b@example.com", "dung-mat-khau", is_staff=True).groups.add(
        Group.objects.get(name="Editors")
    )
    moderator = User.objects.create_user("kiemduyet", "k@example.com", "mat-khau-kiem-duyet", is_staff=True)
    moderator.groups.add(Group.objects.get(name="Moderators"))

    for _ in range(5):
        login(client, "bientap", "sai")
    locked = login(client, "bientap", "dung-mat-khau")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session

    client.force_login(moderator)
    listing = client.get("/admin/login_lockouts/")
    assert listing.status_code == 200 and "bientap" in listing.content.decode()
    attempt = AccessAttempt.objects.get(username="bientap")
    client.post(f"/admin/login_lockouts/delete/{attempt.pk}/")
    assert not AccessAttempt.objects.filter(username="bientap").exists()
    client.logout()

    assert login(client, "bientap", "dung-mat-khau").status_code == 302


def png_bytes(size):
    buffer = io.BytesIO()
    PILImage.new("1", size).save(buffer, format="PNG")
    return buffer.getvalue()


def upload_image(admin_client, name, content, content_type):
    return admin_client.post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, content, content_type=content_type)},
    )


def test_svg_images_are_refused(admin_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = upload_image(admin_client, "logo.svg", svg, "image/svg+xml")
    assert response.status_code == 200  # the form again, with the error
    assert not get_image_model().objects.exists()


def test_a_decompression_bomb_is_refused_with_a_clear_message(admin_client):
    bomb = png_bytes((20_000, 20_000))  # 400 megapixels in a few kilobytes
    assert len(bomb) < 100_000
    response = upload_image(admin_client, "bomb.png", bomb, "image/png")
    assert not get_image_model().objects.exists()
    assert "quá nhiều điểm ảnh" in response.content.decode()  # Wagtail's message, in the admin's Vietnamese


def test_oversized_images_are_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    response = upload_image(admin_client, "big.png", png_bytes((400, 400)) + b"\0" * 2000, "image/png")
    assert response.status_code == 200
    assert not get_image_model().objects.exists()


def test_documents_only_with_allowed_extensions_and_always_downloaded(admin_client, client):
    refused = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Chương trình", "file": SimpleUploadedFile("setup.exe", b"MZ", "application/octet-stream")},
    )
    assert refused.status_code == 200 and not get_document_model().objects.exists()

    admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Kế hoạch", "file": SimpleUploadedFile("ke-hoach.pdf", b"%PDF-1.4\n%%EOF", "application/pdf")},
    )
    document = get_document_model().objects.get()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_health_check_reports_database_and_cache_and_nothing_else(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response.headers["Cache-Control"]


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/khong-co-trang-nay/", "Không tìm thấy trang"), ("/km/khong-co-trang-nay/", "រកមិនឃើញទំព័រ")],
)
def test_not_found_page_in_the_readers_language(client, home, path, heading):
    response = client.get(path)
    assert response.status_code == 404
    assert heading in response.content.decode()


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [("/tin-tuc/", "vi", "Hệ thống đang gặp sự cố"), ("/km/tin-tuc/", "km", "ប្រព័ន្ធកំពុងមានបញ្ហា")],
)
def test_server_error_page_in_both_languages_without_touching_the_database(
    django_assert_num_queries, path, lang, heading
):
    with django_assert_num_queries(0):
        response = server_error(RequestFactory().get(path))
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html and heading in html


def test_an_unexpected_error_shows_the_500_page(client, article, monkeypatch):
    from news.models import NewsPage

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(NewsPage, "get_context", broken)
    client.raise_request_exception = False
    response = client.get(article.url)
    assert response.status_code == 500
    assert "Hệ thống đang gặp sự cố" in response.content.decode()
