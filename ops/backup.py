"""One archive holds the whole site: the database as a portable fixture and every media file.

The database is dumped with Django's serializer and natural foreign keys, so an archive from
SQLite restores into PostgreSQL and back. Content types and permissions are recreated by the
restoring database itself; sessions, lock-out records and the search index are not kept (the
index is rebuilt after a restore).
"""

import io
import json
import os
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection

from ops.exact_json import ExactJSONEncoder

FORMAT_VERSION = 1
EXACT_JSON = "exact_json"  # ops.exact_json: Django's JSON with microseconds
DATABASE_MEMBER = "database.json"
MANIFEST_MEMBER = "manifest.json"
MEDIA_PREFIX = "media/"
EXCLUDED_MODELS = [
    "contenttypes",
    "auth.permission",  # written separately: see permissions()
    "sessions",
    "admin.logentry",
    "axes",
    "wagtailsearch",  # the search index: rebuilt after a restore
    "wagtailcore.pagelogentry",  # written separately: see page_log_entries()
]


def media_files(directory=""):
    """Every file name in the default storage (a local folder or S3), recursively."""
    directories, files = default_storage.listdir(directory)
    for name in files:
        yield f"{directory}/{name}" if directory else name
    for name in directories:
        yield from media_files(f"{directory}/{name}" if directory else name)


def add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.now(UTC).timestamp())
    archive.addfile(info, io.BytesIO(data))


def page_log_entries():
    """The page history, including that of deleted pages (its page key has no database constraint).

    Natural keys cannot name a deleted page, so these keep the raw page id and name only their
    content type by natural key (content type ids differ between databases).
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import PageLogEntry

    entries = serializers.serialize("python", PageLogEntry.objects.order_by("pk"))
    for entry in entries:
        content_type_id = entry["fields"]["content_type"]
        if content_type_id is not None:
            entry["fields"]["content_type"] = list(ContentType.objects.get_for_id(content_type_id).natural_key())
    return entries


def permissions():
    """All permissions by natural key: some (e.g. wagtail-localize's) are made by migrations, which a
    flushed database does not run again, and groups refer to them."""
    from django.contrib.auth.models import Permission

    return serializers.serialize(
        "python", Permission.objects.all(), use_natural_foreign_keys=True, use_natural_primary_keys=True
    )


def dump_database(path):
    serializers.register_serializer(EXACT_JSON, "ops.exact_json")
    call_command(
        "dumpdata", format=EXACT_JSON, natural_foreign=True, exclude=EXCLUDED_MODELS, output=str(path), verbosity=0
    )
    objects = permissions() + json.loads(Path(path).read_text(encoding="utf-8")) + page_log_entries()
    Path(path).write_text(json.dumps(objects, cls=ExactJSONEncoder, ensure_ascii=False), encoding="utf-8")


def private_file(path):
    """A new file only its owner can read, from the start (mkstemp creates it 0600 whatever the umask),
    next to `path`; it takes `path`'s place once complete."""
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    return os.fdopen(descriptor, "wb"), Path(name)


def write_backup(path):
    path = Path(path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(suffix=".json") as dump:
        dump_database(dump.name)
        names = list_media()
        manifest = {
            "format": FORMAT_VERSION,
            "created": datetime.now(UTC).isoformat(),
            "database_vendor": connection.vendor,
            "media_files": len(names),
        }
        output, partial = private_file(path)
        try:
            with output, tarfile.open(fileobj=output, mode="w:gz") as archive:
                write_members(archive, manifest, dump.name, names)
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    return manifest


def write_members(archive, manifest, dump_name, media_names):
    add_bytes(archive, MANIFEST_MEMBER, json.dumps(manifest, indent=2).encode())
    archive.add(dump_name, arcname=DATABASE_MEMBER)
    for name in media_names:
        with default_storage.open(name, "rb") as media:
            add_bytes(archive, MEDIA_PREFIX + name, media.read())


def list_media():
    try:
        return sorted(media_files())
    except FileNotFoundError:  # a local media folder that was never created
        return []


def site_has_content():
    """Anything beyond what `migrate` creates: pages under the root, images, documents, users."""
    from django.contrib.auth import get_user_model
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    wagtail_welcome = Page.objects.filter(depth=2, content_type__model="page")
    return (
        Page.objects.filter(depth__gte=2).exclude(pk__in=wagtail_welcome).exists()
        or get_image_model().objects.exists()
        or get_document_model().objects.exists()
        or get_user_model().objects.exists()
    )


def empty_content_tables():
    """Empty every table but content types and permissions, which `migrate` made for this database's
    models (the archive names them by natural key) and which keep their ids."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.color import no_style

    kept = {ContentType._meta.db_table, Permission._meta.db_table}
    tables = [
        table
        for table in connection.introspection.django_table_names(only_existing=True, include_views=False)
        if table not in kept
    ]
    connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), tables, reset_sequences=True))


def read_backup(path, load_database):
    with tarfile.open(path, "r:gz") as archive:
        manifest = json.load(archive.extractfile(MANIFEST_MEMBER))
        if manifest.get("format") != FORMAT_VERSION:
            raise ValueError(f"Unknown backup format {manifest.get('format')!r}")
        with tempfile.TemporaryDirectory() as scratch:
            dump = Path(scratch) / DATABASE_MEMBER
            dump.write_bytes(archive.extractfile(DATABASE_MEMBER).read())
            load_database(dump)
        restored = 0
        for member in archive.getmembers():
            if not (member.isfile() and member.name.startswith(MEDIA_PREFIX)):
                continue
            name = member.name.removeprefix(MEDIA_PREFIX)
            if ".." in Path(name).parts or name.startswith("/"):
                continue  # never write outside the media storage
            if default_storage.exists(name):
                default_storage.delete(name)
            default_storage.save(name, ContentFile(archive.extractfile(member).read()))
            restored += 1
    return manifest, restored
