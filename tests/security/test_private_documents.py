"""A document in a collection restricted to signed-in readers is served only by Wagtail's checked view
(/documents/<id>/<name>), never as a plain media file, locally or on S3."""

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.test import override_settings
from django.utils.module_loading import import_string
from wagtail.models import Collection, CollectionViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db

PROJECT = Path(__file__).resolve().parents[2]
CONTENT = b"%PDF-1.4\n% noi bo\n"


@pytest.fixture
def private_document(db):
    collection = Collection.get_first_root_node().add_child(name="Văn bản nội bộ")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    return factories.WagtailDocumentFactory(
        collection=collection, file__filename="du-toan-noi-bo.pdf", file__data=CONTENT
    )


@pytest.fixture
def public_document(db):
    return factories.WagtailDocumentFactory(file__filename="ke-hoach-cong-khai.pdf", file__data=b"%PDF-1.4\n% cong khai\n")


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@override_settings(SERVE_MEDIA=True)
def test_no_document_file_is_served_from_the_media_url(client, private_document, public_document):
    for document in (private_document, public_document):
        assert document.file.name.startswith("documents/")
        response = client.get(f"/media/{document.file.name}")
        assert response.status_code == 404, document.file.name
        assert CONTENT not in body(response)


@override_settings(SERVE_MEDIA=True)
@pytest.mark.parametrize(
    "path",
    [
        "/media/images/../documents/{name}",
        "/media//documents/{name}",
        "/media/./documents/{name}",
        "/media/documents/./{name}",
        "/media/%64ocuments/{name}",
        "/media/Documents/{name}",
        "/media/documents/",
        "/media/documents",
    ],
)
def test_no_spelling_of_the_documents_folder_serves_it(client, private_document, path):
    name = private_document.file.name.removeprefix("documents/")
    response = client.get(path.format(name=name))
    assert response.status_code == 404
    assert CONTENT not in body(response)


@override_settings(SERVE_MEDIA=True)
def test_images_are_still_served_from_the_media_url(client):
    image = factories.ImageFactory()
    response = client.get(f"/media/{image.file.name}")
    assert response.status_code == 200 and body(response)


@override_settings(SERVE_MEDIA=False)
def test_without_serve_media_nothing_is_served_from_the_media_url(client):
    image = factories.ImageFactory()
    assert client.get(f"/media/{image.file.name}").status_code == 404


def test_the_checked_view_asks_anonymous_readers_to_sign_in(client, private_document):
    response = client.get(private_document.url)
    assert response.status_code == 302 and "login" in response["Location"]
    assert CONTENT not in body(response)


def test_the_checked_view_serves_a_signed_in_reader_and_no_cache_keeps_it(client, private_document):
    client.force_login(factories.UserFactory())
    response = client.get(private_document.url)
    assert response.status_code == 200
    assert body(response) == CONTENT
    assert "private" in response.headers.get("Cache-Control", "")


def test_a_public_document_still_downloads_through_the_checked_view(client, public_document):
    response = client.get(public_document.url)
    assert response.status_code == 200
    assert body(response).startswith(b"%PDF")
    assert response.headers["Content-Disposition"].startswith("attachment")


# -- S3 in production: the settings as data (no S3 here) ----------------------------------------

S3_ENVIRONMENT = {
    "SECRET_KEY": "a-production-like-secret-key-for-this-test-only-0123456789abcdef",
    "ALLOWED_HOSTS": "bdt.travinh.gov.vn",
    "AWS_STORAGE_BUCKET_NAME": "bdt-media",
    "AWS_S3_REGION_NAME": "ap-southeast-1",
    "AWS_S3_CUSTOM_DOMAIN": "media.bdt.travinh.gov.vn",
    "AWS_ACCESS_KEY_ID": "AKIAEXAMPLEEXAMPLE00",
    "AWS_SECRET_ACCESS_KEY": "example-secret-access-key-not-real",
    "SERVE_MEDIA": "true",
}


@pytest.fixture(scope="module")
def production_settings():
    """The production settings module read in a separate process (it changes shared dicts of base.py)."""
    script = (
        "import json; from govsite.settings import production as s; "
        "print(json.dumps({'STORAGES': s.STORAGES, 'WAGTAILDOCS_SERVE_METHOD': s.WAGTAILDOCS_SERVE_METHOD, "
        "'SERVE_MEDIA': s.SERVE_MEDIA}, default=str))"
    )
    environment = {key: value for key, value in os.environ.items() if not key.startswith("AWS_")}
    environment.update(S3_ENVIRONMENT)
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", script], cwd=PROJECT, env=environment, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


@pytest.fixture
def media_storage(production_settings):
    default = production_settings["STORAGES"]["default"]
    return import_string(default["BACKEND"])(**default["OPTIONS"])


def test_production_serves_documents_only_through_the_checked_view(production_settings):
    assert production_settings["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"
    assert production_settings["SERVE_MEDIA"] is False  # S3 serves the uploads, never Django's media route


def test_on_s3_document_files_are_private_objects(media_storage):
    parameters = media_storage._get_write_parameters("documents/du-toan-noi-bo.pdf")
    assert parameters.get("ACL") in ("private", "bucket-owner-full-control")
    assert "public" not in parameters.get("CacheControl", "")


def test_on_s3_a_document_url_is_signed_short_lived_and_never_the_public_cdn(media_storage):
    url = urlsplit(media_storage.url("documents/du-toan-noi-bo.pdf"))
    assert url.hostname != S3_ENVIRONMENT["AWS_S3_CUSTOM_DOMAIN"]
    assert "X-Amz-Signature=" in url.query or "Signature=" in url.query
    expires = dict(part.split("=", 1) for part in url.query.split("&")).get("X-Amz-Expires")
    assert expires is not None and int(expires) <= 600


def test_on_s3_images_stay_public_on_the_cdn(media_storage):
    url = urlsplit(media_storage.url("images/anh.fill-1200x630.jpg"))
    assert url.hostname == S3_ENVIRONMENT["AWS_S3_CUSTOM_DOMAIN"] and not url.query
    parameters = media_storage._get_write_parameters("original_images/anh.jpg")
    assert "public" in parameters["CacheControl"]
    assert parameters.get("ACL") in (None, "public-read")
