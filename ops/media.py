"""Uploads served by Django itself (SERVE_MEDIA: no web server or S3 in front), documents excepted:
those are served only by Wagtail's view (/documents/<id>/<name>), which checks the collection's
privacy first."""

import posixpath

from django.conf import settings
from django.http import Http404
from django.views.static import serve
from wagtail.documents import get_document_model


def private_folders():
    """The upload folders whose files no plain media URL may serve: the documents'."""
    upload_to = get_document_model()._meta.get_field("file").upload_to
    return {(upload_to if isinstance(upload_to, str) else "documents").strip("/").casefold()}


def is_private(name):
    """True for a media path inside a private folder, however it is spelled ("a/../documents/x",
    "./documents/x", "Documents/x" on a case-insensitive disk)."""
    normalized = posixpath.normpath(name.replace("\\", "/")).lstrip("/")
    return normalized.split("/", 1)[0].casefold() in private_folders()


def serve_media(request, path):
    # SERVE_MEDIA is read on each request, not when the URLs are loaded.
    if not settings.SERVE_MEDIA or is_private(path):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)
