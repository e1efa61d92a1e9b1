"""Small genuine files of every format the site accepts, and impostors, for upload tests."""

import io
import zipfile

from PIL import Image as PILImage


def picture(image_format):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "green").save(buffer, format=image_format)
    return buffer.getvalue()


def zipped(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


WINDOWS_PROGRAM = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200 + b"This program cannot be run in DOS mode."
)
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024  # an Office 97-2003 compound file's header
PDF = picture("PDF")  # Pillow writes a genuine one-page PDF
PNG = picture("PNG")
JPEG = picture("JPEG")
WEBP = picture("WEBP")
DOCX = zipped({"[Content_Types].xml": "<Types/>", "_rels/.rels": "<Relationships/>", "word/document.xml": "<w/>"})
XLSX = zipped({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
ODT = zipped({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"})
ODS = zipped({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office/>"})

DOCUMENTS = {"pdf": PDF, "doc": OLE2, "xls": OLE2, "docx": DOCX, "xlsx": XLSX, "odt": ODT}


def document_named(name):
    """A genuine document of the kind the name's extension says (PDF bytes for any other name)."""
    return DOCUMENTS.get(name.rsplit(".", 1)[-1], PDF)
