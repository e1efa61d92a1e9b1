from modelsearch.backends.database.sqlite.query import BM25
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend, SQLiteSearchQueryCompiler
from wagtail.search.models import SQLiteFTSIndexEntry

from search.backends.folding import FoldedQueries

# bm25() weights of the FTS5 table's columns, in its order (autocomplete, body, title).
COLUMN_WEIGHTS = (0.0, 1.0, 4.0)


class WeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class TitleFirstQueryCompiler(SQLiteSearchQueryCompiler):
    """One bm25() over the whole match, a title match counting four times a body match.

    Wagtail's compiler multiplies (1 + bm25) per subquery of an And; bm25 is negative in SQLite,
    so the product of two good matches ranks last."""

    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()


class SQLiteBackend(FoldedQueries, SQLiteSearchBackend):
    query_compiler_class = TitleFirstQueryCompiler
