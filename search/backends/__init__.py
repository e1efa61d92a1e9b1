"""Wagtail's database search backend, with queries folded and cut as page text is (search.fields).

`WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}` picks the PostgreSQL or the
SQLite version for the default database, as `wagtail.search.backends.database` does;
`search.backends.opensearch` is the scale-out version (settings.production).
"""

from django.core.exceptions import ImproperlyConfigured
from django.db import connection


def SearchBackend(params):
    if connection.vendor == "postgresql":
        from search.backends.postgres import PostgresBackend

        return PostgresBackend(params)
    if connection.vendor == "sqlite":
        from search.backends.sqlite import SQLiteBackend

        return SQLiteBackend(params)
    raise ImproperlyConfigured(f"No site search backend for the {connection.vendor} database.")
