from functools import reduce

from django.conf import settings
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend, PostgresSearchQueryCompiler
from modelsearch.query import Fuzzy, MatchAll, Not

from search.backends.folding import FoldedQueries


def ranked_matches_limit():
    """SEARCH_RANKED_MATCHES: how many matches of a query are ranked at most (0: all of them)."""
    return getattr(settings, "SEARCH_RANKED_MATCHES", 0)


class NewestMatchesRankedCompiler(PostgresSearchQueryCompiler):
    """Wagtail's ranking (ts_rank of title and body) over at most SEARCH_RANKED_MATCHES + 1 of the
    newest matches, and the newest as many with the query in their title.

    ts_rank reads every match, so a word on most pages ("dân tộc" on an Ethnic Minorities
    Committee's site) made a search cost as much as the archive is long (350 ms at 20,000 pages
    per language, benchmarks/RESULTS.md); the newest matches are found walking the pages newest
    first, and stop. With at most the limit of matches the results are Wagtail's, in Wagtail's
    order; with more, older pages with the words only in their body are left out and the count
    is more than the limit (search.query.RankedResults says so to the reader)."""

    def search(self, config, start, stop, score_field=None, backend=None):
        limit = ranked_matches_limit()
        plain = isinstance(self.query, MatchAll | Not | Fuzzy) or self.fields is not None
        if not limit or not self.order_by_relevance or plain:
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        whole_queryset = self.queryset
        # The results' count and each slice of them search again with this compiler: found once.
        if getattr(self, "_candidates", None) is None:
            self._candidates = self._candidate_ids(config, limit)
        self.queryset = whole_queryset.filter(pk__in=self._candidates)
        try:
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        finally:
            self.queryset = whole_queryset

    def _candidate_ids(self, config, limit):
        search_query = self.build_tsquery(self.query, config=config)
        vectors = [vector for vector, _boost in self.get_search_vectors(search_query)]
        whole = reduce(lambda left, right: left._combine(right, "||", False), vectors)
        newest_first = ("-first_published_at", "-pk")

        def newest(vector, count):
            matches = self.queryset.annotate(_match_vector_=vector).filter(_match_vector_=search_query)
            return list(matches.order_by(*newest_first).values_list("pk", flat=True)[:count])

        return {*newest(whole, limit + 1), *newest(vectors[0], limit)}


class PostgresBackend(FoldedQueries, PostgresSearchBackend):
    """Wagtail's PostgreSQL full-text search; SEARCH_CONFIG names the configuration that
    sitesearch's migration makes (`simple` with `unaccent`, for models indexed unfolded)."""

    query_compiler_class = NewestMatchesRankedCompiler

    @property
    def ranked_matches_limit(self):
        """SEARCH_RANKED_MATCHES: how many matches of a query are ranked at most (0: all of them)."""
        return ranked_matches_limit()
