"""Official documents an article cites ("Kế hoạch số 35/KH-BDT", "Thông tư số 01/2021/TT-UBDT").

Recognising the numbers is plain text work. Finding the document is delegated to the documents
library when it is installed (another app): `find_document(number)` returns something with a URL
or None, so the importer links what exists and leaves the rest as text.
"""

import re

from django.apps import apps
from django.conf import settings
from django.utils.module_loading import import_string

# number[/year]/TYPE-ISSUER[-…]: 35/KH-BDT, 01/2021/TT-UBDT, 224/2026/NĐ-CP, 1719/QĐ-TTg
DOCUMENT_NUMBER = re.compile(r"(?<![\w/])\d{1,5}(?:/\d{4})?/[A-ZĐ]{1,6}(?:-[A-ZĐ][A-Za-zĐđ0-9]*){1,3}(?![\w/-])")
# Fields a document model may keep its number and symbol (số ký hiệu) in.
NUMBER_FIELDS = ("number", "document_number", "symbol", "reference", "code")


def document_numbers(text):
    """The distinct document numbers in a text, in the order they first appear."""
    return list(dict.fromkeys(DOCUMENT_NUMBER.findall(text or "")))


def find_document(number):
    """The library's document with this number, or None (also when there is no library)."""
    lookup = getattr(settings, "LEGACY_DOCUMENT_LOOKUP", None)
    if lookup:
        return import_string(lookup)(number)
    return find_in_documents_app(number)


def find_in_documents_app(number):
    if not apps.is_installed("documents"):
        return None
    for model in apps.get_app_config("documents").get_models():
        names = {f.name for f in model._meta.get_fields()}
        for field_name in NUMBER_FIELDS:
            if field_name in names:
                queryset = model.objects.filter(**{f"{field_name}__iexact": number})
                if hasattr(queryset, "live"):
                    queryset = queryset.live()
                found = queryset.first()
                if found is not None:
                    return found
    return None


def link_markup(document):
    """Rich text link to a found document: Wagtail's own link types keep it valid if the URL moves."""
    from wagtail.documents import get_document_model
    from wagtail.models import Page

    if isinstance(document, Page):
        return f'<a linktype="page" id="{document.pk}">'
    if isinstance(document, get_document_model()):
        return f'<a linktype="document" id="{document.pk}">'
    return f'<a href="{document.get_absolute_url()}">'
