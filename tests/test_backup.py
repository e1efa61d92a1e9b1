"""`manage.py backup` and `manage.py restore`: the demo site comes back whole in a new database and media folder."""

import tempfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import Translation

from core.models import SiteFooter
from ops.backup import empty_content_tables

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def site_snapshot():
    images = get_image_model().objects.order_by("pk")
    documents = get_document_model().objects.order_by("pk")
    return {
        "pages": sorted(
            Page.objects.values_list("translation_key", "locale__language_code", "url_path", "title", "live")
        ),
        "translations": sorted(Translation.objects.values_list("source__object_id", "target_locale__language_code")),
        "images": [(image.title, image.file.name, image.file.read()) for image in images],
        "documents": [(document.title, document.file.name, document.file.read()) for document in documents],
        "footers": sorted(SiteFooter.objects.values_list("locale__language_code", "site_name", "phone")),
    }


def test_backup_then_restore_into_a_fresh_database_and_media_folder(client, settings):
    call_command("load_demo", verbosity=0)
    get_document_model().objects.create(
        title="Kế hoạch năm 2023", file=ContentFile(b"%PDF-1.4 ke hoach", "ke-hoach.pdf")
    )
    before = site_snapshot()
    live_urls = [page.url for page in Page.objects.live().filter(depth__gte=2).specific()]
    assert len(before["pages"]) > 30 and before["translations"] and len(before["images"]) >= 3

    archive = Path(tempfile.mkdtemp()) / "govsite.tar.gz"
    call_command("backup", output=str(archive), verbosity=0)
    with pytest.raises(CommandError, match="already has content"):
        call_command("restore", str(archive), verbosity=0)

    empty_content_tables()  # a new, empty database ...
    settings.MEDIA_ROOT = tempfile.mkdtemp(prefix="govsite-restored-media-")  # ... and media folder
    assert not Page.objects.filter(depth__gte=2).exists()
    call_command("restore", str(archive), verbosity=0)

    assert site_snapshot() == before
    for url in live_urls:
        assert client.get(url).status_code == 200, url
    assert Path(settings.MEDIA_ROOT, before["images"][0][1]).exists()
    khmer = client.get("/km/tin-tuc/hoi-nghi-so-ket-cong-tac-dan-toc-6-thang-dau-nam-2022/").content.decode()
    assert "<figcaption>" in khmer and 'lang="km"' in khmer
