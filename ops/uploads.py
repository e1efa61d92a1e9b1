"""Uploaded documents and images are checked by their bytes, not only by their name.

Wagtail refuses extensions outside WAGTAILDOCS_EXTENSIONS and WAGTAILIMAGES_EXTENSIONS, files over
the size limits and images with too many pixels. The form bases below (named in the settings by
WAGTAILDOCS_DOCUMENT_FORM_BASE and WAGTAILIMAGES_IMAGE_FORM_BASE, so every add, edit, multiple
upload and chooser upload view uses them) also refuse a file whose content is not the format its
extension claims, e.g. a Windows program renamed prog.pdf.
"""

import zipfile
import zlib
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.forms import FileField
from django.utils.translation import gettext_lazy as _
from filetype.types import archive, image
from wagtail.documents.fields import WagtailDocumentField
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

HEAD_BYTES = 8192
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97-2003 compound file: .doc, .xls
# What a damaged, encrypted or oddly compressed zip raises while its names or a member are read.
BROKEN_ZIP = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError, NotImplementedError)
MISMATCH = _("This file is not a real %(extension)s file: its content does not match its name.")


def head(upload):
    upload.seek(0)
    return upload.read(HEAD_BYTES)


def signature(matcher):
    """A check by filetype's matcher for one format (it reads the first bytes only)."""
    return lambda upload: bool(matcher.match(head(upload)))


def is_ole2(upload):
    return head(upload).startswith(OLE2_SIGNATURE)


is_zip = signature(archive.Zip())  # at the very start: a program with a zip appended is not a document


def zip_names(upload):
    upload.seek(0)
    with zipfile.ZipFile(upload) as container:
        return container.namelist()


def office_open_xml(folder):
    """.docx and .xlsx: a zip with [Content_Types].xml and the part folder of its kind (word/, xl/)."""

    def check(upload):
        names = zip_names(upload)
        return "[Content_Types].xml" in names and any(name.startswith(folder) for name in names)

    return lambda upload: is_zip(upload) and check(upload)


def open_document(mimetype):
    """OpenDocument: a zip whose `mimetype` member holds the format's MIME type."""

    def check(upload):
        upload.seek(0)
        with zipfile.ZipFile(upload) as container:
            if "mimetype" not in container.namelist():
                return False
            with container.open("mimetype") as member:
                return member.read(len(mimetype) + 1) == mimetype.encode()

    return lambda upload: is_zip(upload) and check(upload)


DOCUMENT_CONTENT = {
    "pdf": signature(archive.Pdf()),
    "doc": is_ole2,
    "xls": is_ole2,
    "docx": office_open_xml("word/"),
    "xlsx": office_open_xml("xl/"),
    "odt": open_document("application/vnd.oasis.opendocument.text"),
}
IMAGE_CONTENT = {
    "jpg": signature(image.Jpeg()),
    "jpeg": signature(image.Jpeg()),
    "png": signature(image.Png()),
    "webp": signature(image.Webp()),
}


def content_matches(upload, check):
    try:
        return check(upload)
    except BROKEN_ZIP:
        return False
    finally:
        upload.seek(0)


def refuse_mismatched_content(upload, checks):
    extension = PurePath(upload.name or "").suffix.lower().removeprefix(".")
    check = checks.get(extension)
    if check is None:
        return  # not an allowed extension: Wagtail's own extension check refuses it
    if not content_matches(upload, check):
        raise ValidationError(
            MISMATCH, code="content_does_not_match_extension", params={"extension": extension.upper()}
        )


class ContentCheckedDocumentField(WagtailDocumentField):
    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None:
            refuse_mismatched_content(upload, DOCUMENT_CONTENT)
        return upload


class ContentCheckedImageField(WagtailImageField):
    def to_python(self, data):
        upload = FileField.to_python(self, data)  # Django's checks only, before Willow opens the image
        if upload is not None:
            refuse_mismatched_content(upload, IMAGE_CONTENT)
        return super().to_python(data)


def use_field_class(form, field_class):
    """Wagtail builds the file field itself (formfield_for_dbfield): rebuild it as the checking kind.
    The multiple uploader's edit forms have no file field."""
    field = form.fields.get("file")
    if field is not None:
        form.fields["file"] = field_class(label=field.label, required=field.required, widget=field.widget)


class DocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        use_field_class(self, ContentCheckedDocumentField)

    def _update_errors(self, errors):
        if self.has_error("file") and hasattr(errors, "error_dict"):
            # Document.clean checks the extension of the file this form already refused, now absent:
            # it would add "File extension “” is not allowed" under the real reason.
            errors.error_dict.pop("file", None)
        super()._update_errors(errors)


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        use_field_class(self, ContentCheckedImageField)
