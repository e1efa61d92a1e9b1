"""The OpenSearch configuration, tested as data: no OpenSearch server can run on this machine."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from news.models import NewsPage
from search.backends.opensearch import NOT_KHMER, OpenSearchBackend

PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture
def backend():
    # Creating the client opens no connection; nothing below sends a request.
    return OpenSearchBackend({"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "test_"})


def test_unfolded_text_is_folded_for_vietnamese_with_the_khmer_block_left_alone(backend):
    analysis = backend.settings["settings"]["analysis"]
    folding = analysis["filter"]["govsite_folding"]
    assert folding == {"type": "icu_folding", "unicode_set_filter": NOT_KHMER}
    assert NOT_KHMER == "[^\\u1780-\\u17ff\\u19e0-\\u19ff]"  # U+17C9–U+17D3 (the coeng among them) inside
    assert analysis["analyzer"]["default"]["filter"] == ["govsite_folding"]
    for name in ("edgengram_analyzer", "ngram_analyzer"):  # Wagtail's autocomplete analyzers, kept and folding
        assert analysis["analyzer"][name]["filter"][0] == "govsite_folding"
    assert "edgengram" in analysis["filter"] and "max_ngram_diff" in backend.settings["settings"]["index"]


def test_page_fields_arrive_cut_and_are_split_at_spaces_only(backend):
    assert backend.settings["settings"]["analysis"]["analyzer"]["govsite_units"] == {
        "type": "custom",
        "tokenizer": "whitespace",
        "filter": ["lowercase"],
    }
    mapping = backend.mapping_class(NewsPage).get_mapping()
    properties = mapping["properties"]
    title = next(value for key, value in properties.items() if key.endswith("title") and "analyzer" in value)
    assert title["analyzer"] == title["search_analyzer"] == "govsite_units"
    body = next(value for key, value in properties.items() if key.endswith("body"))
    assert body["analyzer"] == "govsite_units"


@pytest.mark.django_db
def test_a_page_document_holds_folded_words_and_khmer_cluster_tokens(backend, news_index):
    from tests import factories

    page = factories.NewsPageFactory(parent=news_index, title="Đồng bào ខេត្តត្រាវិញ", lead="Dân tộc", body=[])
    document = backend.mapping_class(NewsPage).get_document(page)
    values = [value for key, value in document.items() if key.endswith("title") and isinstance(value, str)]
    assert "dong bao km178117c1 km178f17d2178f km178f17d2179a17b6 km179c17b7 km1789" in values
    assert any(value == "dan toc" for key, value in document.items() if key.endswith("lead"))


def production_search_backend(**environment):
    """WAGTAILSEARCH_BACKENDS of the production settings, read in a separate process (they change
    shared dicts of base.py)."""
    script = (
        "import json; from govsite.settings import production as s; "
        "print(json.dumps(s.WAGTAILSEARCH_BACKENDS['default']))"
    )
    env = {key: value for key, value in os.environ.items() if key != "SEARCH_URL"}
    env.update({"SECRET_KEY": "a-production-like-secret-key-for-this-test-only-0123456789abcdef"})
    env.update({"ALLOWED_HOSTS": "bdt.travinh.gov.vn", **environment})
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", script], cwd=PROJECT, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_production_settings_choose_opensearch_from_search_url():
    backend = production_search_backend(SEARCH_URL="https://search.bdt.travinh.gov.vn:9200")
    assert backend["BACKEND"] == "search.backends.opensearch"
    assert backend["URLS"] == ["https://search.bdt.travinh.gov.vn:9200"]
    assert production_search_backend()["BACKEND"] == "search.backends"
