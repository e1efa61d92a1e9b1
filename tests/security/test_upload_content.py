"""Uploads are judged by their bytes, not their name: a Windows program renamed prog.pdf is refused,
in the editor's admin language, and nothing is stored; real documents and pictures go in."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import UploadedFile
from wagtail.users.models import UserProfile

from tests.samples import DOCX, JPEG, ODS, ODT, OLE2, PDF, PNG, WEBP, WINDOWS_PROGRAM, XLSX, zipped

pytestmark = pytest.mark.django_db

REFUSED = {
    "vi": "Tệp này không phải là tệp PDF thật",
    "km": "ឯកសារនេះមិនមែនជាឯកសារ PDF ពិតប្រាកដទេ",
    "en": "This file is not a real PDF file",
}


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def stored_files(folder):
    root = Path(settings.MEDIA_ROOT, folder)
    return sorted(path.name for path in root.rglob("*") if path.is_file()) if root.exists() else []


def add_document(client, name, content):
    return client.post("/admin/documents/add/", {"title": name, "file": SimpleUploadedFile(name, content)})


def add_documents(client, name, content):
    return client.post("/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile(name, content)}).json()


def add_image(client, name, content):
    return client.post("/admin/images/add/", {"title": name, "file": SimpleUploadedFile(name, content)})


def add_images(client, name, content):
    return client.post("/admin/images/multiple/add/", {"files[]": SimpleUploadedFile(name, content)}).json()


@pytest.mark.parametrize("language", ["vi", "km", "en"])
def test_a_program_renamed_pdf_is_refused_in_the_editors_language_and_not_stored(login, editor, language):
    prefer(editor, language)
    client = login(editor)
    before = stored_files("documents")

    response = add_document(client, "prog.pdf", WINDOWS_PROGRAM)
    assert response.status_code == 200 and REFUSED[language] in response.content.decode()
    multiple = add_documents(client, "prog.pdf", WINDOWS_PROGRAM)
    assert multiple["success"] is False and REFUSED[language] in multiple["error_message"]

    assert not get_document_model().objects.exists() and not UploadedFile.objects.exists()
    assert stored_files("documents") == before


def test_a_real_pdf_is_accepted_by_both_upload_views(login, editor):
    client = login(editor)
    assert add_document(client, "ke-hoach.pdf", PDF).status_code == 302
    assert add_documents(client, "bao-cao.pdf", PDF)["success"] is True
    assert sorted(get_document_model().objects.values_list("title", flat=True)) == ["bao-cao.pdf", "ke-hoach.pdf"]


GENUINE_DOCUMENTS = {
    "quyet-dinh.doc": OLE2,
    "bang-tinh.xls": OLE2,
    "van-ban.docx": DOCX,
    "so-lieu.xlsx": XLSX,
    "ke-hoach.odt": ODT,
}
MISNAMED_DOCUMENTS = {
    "prog.doc": WINDOWS_PROGRAM,
    "anh.pdf": PNG,
    "bang-tinh.docx": XLSX,  # a spreadsheet named as a Word file
    "van-ban.xlsx": DOCX,
    "nen.docx": zipped({"readme.txt": "not a document"}),
    "tu-giai-nen.docx": WINDOWS_PROGRAM + DOCX,  # a self-extracting program with a document inside
    "bang-tinh.odt": ODS,
    "van-ban.odt": DOCX,
    "hong.xlsx": b"PK\x03\x04 broken",
}
MISNAMED_IMAGES = {"anh-png.jpg": PNG, "anh-jpeg.png": JPEG, "van-ban.webp": PDF}


@pytest.mark.parametrize("name", GENUINE_DOCUMENTS)
def test_each_allowed_document_format_is_accepted(login, editor, name):
    assert add_documents(login(editor), name, GENUINE_DOCUMENTS[name])["success"] is True


@pytest.mark.parametrize("name", MISNAMED_DOCUMENTS)
def test_documents_whose_bytes_are_another_format_are_refused(login, editor, name):
    answer = add_documents(login(editor), name, MISNAMED_DOCUMENTS[name])
    assert answer["success"] is False
    assert "không phải là tệp" in answer["error_message"]
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize("language", ["vi", "km"])
def test_a_program_renamed_png_is_refused_in_the_editors_language_and_not_stored(login, editor, language):
    prefer(editor, language)
    client = login(editor)
    expected = REFUSED[language].replace("PDF", "PNG")
    before = stored_files("original_images")

    response = add_image(client, "prog.png", WINDOWS_PROGRAM)
    assert response.status_code == 200 and expected in response.content.decode()
    multiple = add_images(client, "prog.png", WINDOWS_PROGRAM)
    assert multiple["success"] is False and expected in multiple["error_message"]

    assert not get_image_model().objects.exists() and not UploadedFile.objects.exists()
    assert stored_files("original_images") == before


@pytest.mark.parametrize("name", MISNAMED_IMAGES)
def test_images_whose_bytes_are_another_format_are_refused(login, editor, name):
    answer = add_images(login(editor), name, MISNAMED_IMAGES[name])
    assert answer["success"] is False and "không phải là tệp" in answer["error_message"]


def test_real_pictures_are_accepted_by_both_upload_views(login, editor):
    client = login(editor)
    assert add_image(client, "hoi-nghi.png", PNG).status_code == 302
    for name, content in (("dai-bieu.jpg", JPEG), ("quang-canh.jpeg", JPEG), ("toan-canh.webp", WEBP)):
        assert add_images(client, name, content)["success"] is True, name
    assert get_image_model().objects.count() == 4


def test_every_allowed_extension_has_a_content_check():
    from ops.uploads import DOCUMENT_CONTENT, IMAGE_CONTENT

    assert set(settings.WAGTAILDOCS_EXTENSIONS) <= set(DOCUMENT_CONTENT)
    assert set(settings.WAGTAILIMAGES_EXTENSIONS) <= set(IMAGE_CONTENT)
