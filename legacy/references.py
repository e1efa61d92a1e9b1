"""Official documents an article cites ("Kế hoạch số 35/KH-BDT", "Thông tư số 01/2021/TT-UBDT").

Recognising the numbers is plain text work; `find_document(number)` looks them up in the documents
library, so the importer links what exists and leaves the rest as text.
"""

import re

from django.conf import settings

# number[/year]/TYPE-ISSUER[-…]: 35/KH-BDT, 01/2021/TT-UBDT, 224/2026/NĐ-CP, 1719/QĐ-TTg
DOCUMENT_NUMBER = re.compile(r"(?<![\w/])\d{1,5}(?:/\d{4})?/[A-ZĐ]{1,6}(?:-[A-ZĐ][A-Za-zĐđ0-9]*){1,3}(?![\w/-])")


def document_numbers(text):
    """The distinct document numbers in a text, in the order they first appear."""
    return list(dict.fromkeys(DOCUMENT_NUMBER.findall(text or "")))


def find_document(number):
    """The live Vietnamese entry of the documents library with this number and symbol, or None."""
    from documents.models import DocumentPage

    return (
        DocumentPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE, number__iexact=number)
        .first()
    )


def link_markup(document):
    """Rich text link to a found document: Wagtail's own link types keep it valid if the URL moves."""
    from wagtail.documents import get_document_model
    from wagtail.models import Page

    if isinstance(document, Page):
        return f'<a linktype="page" id="{document.pk}">'
    if isinstance(document, get_document_model()):
        return f'<a linktype="document" id="{document.pk}">'
    return f'<a href="{document.get_absolute_url()}">'
