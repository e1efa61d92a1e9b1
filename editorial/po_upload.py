"""Checks an uploaded PO file before wagtail-localize imports it.

wagtail-localize's own view reports an unreadable file, but a PO file without its translation id
(e.g. made by another tool) raises KeyError (a 500), and a missing file a MultiValueDictKeyError.
Every rejected upload gets a message in the user's language and changes nothing.
"""

import contextlib
import os
import tempfile

import polib
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import upload_pofile, user_can_edit_instance

TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"


def parse_po(upload):
    """The parsed file, or None when it is not a PO file. polib is given a path, never the content."""
    with tempfile.NamedTemporaryFile(delete=False, suffix=".po") as f:
        f.write(upload.read())
    try:
        return polib.pofile(f.name)
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(f.name)
        upload.seek(0)


def rejection(translation, upload):
    if upload is None:
        return _("Choose a PO file to upload.")
    po = parse_po(upload)
    if po is None:
        return _("This file is not a valid PO file. Nothing was imported.")
    if po.metadata.get(TRANSLATION_ID_HEADER) != str(translation.uuid):
        return _("This PO file was made for another page or language. Download the PO file of this translation.")
    return None


@require_POST
def checked_upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id)
    if user_can_edit_instance(request.user, translation.get_target_instance()):
        problem = rejection(translation, request.FILES.get("file"))
        if problem:
            messages.error(request, problem)
            return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")
    return upload_pofile(request, translation_id)
