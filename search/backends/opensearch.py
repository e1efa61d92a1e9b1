"""The scale-out site search: OpenSearch (settings.production, SEARCH_URL).

Page fields reach it already folded and cut (search.fields): the `govsite_units` analyzer only
splits them at spaces. Text indexed unfolded (images, documents, snippets) goes through the
default analyzer: ICU folding for Vietnamese ("Đồng" → "dong"), with the Khmer block left out of
it, since Lucene's folding strips U+17C9–U+17D3 (the coeng among them) and so merges different
Khmer words. The ICU filters need OpenSearch's analysis-icu plugin.
"""

from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend

from search.backends.folding import FoldedQueries

NOT_KHMER = "[^\\u1780-\\u17ff\\u19e0-\\u19ff]"

INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "govsite_folding": {"type": "icu_folding", "unicode_set_filter": NOT_KHMER},
            },
            "analyzer": {
                "default": {"type": "custom", "tokenizer": "icu_tokenizer", "filter": ["govsite_folding"]},
                "govsite_units": {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]},
                # Wagtail's autocomplete analyzers, folding the same way.
                "edgengram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["govsite_folding", "edgengram"],
                },
                "ngram_analyzer": {"type": "custom", "tokenizer": "standard", "filter": ["govsite_folding", "ngram"]},
            },
        }
    }
}


class OpenSearchBackend(FoldedQueries, OpenSearch3SearchBackend):
    def __init__(self, params):
        super().__init__({"INDEX_SETTINGS": INDEX_SETTINGS, **params})


SearchBackend = OpenSearchBackend
