from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

from search.backends.folding import FoldedQueries


class PostgresBackend(FoldedQueries, PostgresSearchBackend):
    """Wagtail's PostgreSQL full-text search; SEARCH_CONFIG names the configuration that
    sitesearch's migration makes (`simple` with `unaccent`, for models indexed unfolded)."""
