"""The site search moves to Wagtail's index: SearchEntry goes; on PostgreSQL a text-search
configuration for it (`simple` plus `unaccent`, settings SEARCH_CONFIG) and a GIN index on the
title and body vectors together, the expression Wagtail's backend matches against."""

from django.db import migrations

SEARCH_CONFIG = "govsite_search"
GIN_INDEX = "govsite_search_title_body_gin"

POSTGRES_FORWARD = f"""
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION {SEARCH_CONFIG}
    ALTER MAPPING FOR asciihword, asciiword, hword, hword_asciipart, hword_part, word WITH unaccent, simple;
CREATE INDEX IF NOT EXISTS {GIN_INDEX} ON wagtailsearch_indexentry USING gin ((title || body));
"""
POSTGRES_BACKWARD = f"""
DROP INDEX IF EXISTS {GIN_INDEX};
DROP TEXT SEARCH CONFIGURATION IF EXISTS {SEARCH_CONFIG};
"""


def postgres_forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_FORWARD)


def postgres_backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_BACKWARD)


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0001_search_entries"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.DeleteModel(name="SearchEntry"),
        migrations.RunPython(postgres_forward, postgres_backward),
    ]
