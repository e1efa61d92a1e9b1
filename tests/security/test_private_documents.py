"""A document in a collection restricted to signed-in readers is served only by Wagtail's checked view
(/documents/<id>/<name>), never as a plain media file, locally or on S3."""


import pytest
from django.test import override_settings
from wagtail.models import Collection, CollectionViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db

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
