"""A backup holds password hashes and readers' e-mails and phones: only its owner may read it, from
the first byte written. Restored, every date and time is exactly what it was, to the microsecond."""

import datetime
import os
import stat
import tempfile
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import models
from wagtail.models import Page

import ops.backup
from feedback.models import Question
from ops.backup import EXCLUDED_MODELS, empty_content_tables
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

RECEIVED = datetime.datetime(2026, 3, 4, 5, 6, 7, 123456, tzinfo=datetime.UTC)
FIRST_PUBLISHED = datetime.datetime(2025, 12, 31, 23, 59, 59, 999999, tzinfo=datetime.UTC)


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def backed_up(model):
    label = model._meta.label_lower
    return not any(label == excluded or label.split(".")[0] == excluded for excluded in EXCLUDED_MODELS)


def every_datetime():
    """{(model, pk, field): value} for each date and time a backup keeps."""
    values = {}
    for model in filter(backed_up, apps.get_models()):
        fields = [
            f.attname for f in model._meta.concrete_fields if isinstance(f, models.DateTimeField | models.TimeField)
        ]
        for row in model._base_manager.values("pk", *fields) if fields else []:
            pk = row.pop("pk")
            values.update({(model._meta.label, pk, name): value for name, value in row.items()})
    return values


@pytest.fixture
def site_with_exact_times(news_index):
    article = factories.NewsPageFactory(parent=news_index, title="Hội nghị", slug="hoi-nghi")
    Page.objects.filter(pk=article.pk).update(first_published_at=FIRST_PUBLISHED)
    question = Question.objects.create(
        name="Thạch Sô Phia", contact="sophia@example.vn", subject="Học bổng", question="?", created_at=RECEIVED
    )
    factories.UserFactory(username="bien-tap-vien", groups=["Editors"])
    return article, question


@pytest.fixture
def world_readable_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_archive_is_readable_by_its_owner_only_from_the_first_byte(
    site_with_exact_times, world_readable_umask, monkeypatch
):
    folder = Path(tempfile.mkdtemp(prefix="govsite-backups-")) / "new"
    modes_while_writing = set()
    add_bytes = ops.backup.add_bytes

    def spying_add_bytes(archive, name, data):
        modes_while_writing.update(mode(path) for path in folder.iterdir())
        return add_bytes(archive, name, data)

    monkeypatch.setattr(ops.backup, "add_bytes", spying_add_bytes)
    call_command("backup", output=str(folder / "govsite.tar.gz"), verbosity=0)

    assert mode(folder / "govsite.tar.gz") == 0o600
    assert modes_while_writing == {0o600}
    assert mode(folder) == 0o700  # a folder the backup made itself


def test_writing_over_an_old_readable_archive_leaves_it_private(site_with_exact_times, world_readable_umask):
    archive = Path(tempfile.mkdtemp(prefix="govsite-backups-")) / "govsite.tar.gz"
    archive.write_bytes(b"old")
    archive.chmod(0o644)
    call_command("backup", output=str(archive), verbosity=0)
    assert mode(archive) == 0o600


def test_restore_gives_back_every_datetime_to_the_microsecond(site_with_exact_times, settings):
    article, question = site_with_exact_times
    before = every_datetime()
    assert any(value.microsecond % 1000 for value in before.values() if value)  # what milliseconds would lose

    archive = Path(tempfile.mkdtemp(prefix="govsite-backups-")) / "govsite.tar.gz"
    call_command("backup", output=str(archive), verbosity=0)
    empty_content_tables()  # a new, empty database ...
    settings.MEDIA_ROOT = tempfile.mkdtemp(prefix="govsite-restored-media-")  # ... and media folder
    call_command("restore", str(archive), verbosity=0)

    assert Page.objects.get(pk=article.pk).first_published_at == FIRST_PUBLISHED
    assert Question.objects.get(pk=question.pk).created_at == RECEIVED
    after = every_datetime()
    assert {key: (value, after.get(key)) for key, value in before.items() if after.get(key) != value} == {}
