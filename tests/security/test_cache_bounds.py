"""The page cache is bounded: links with parameters no page reads (?utm_source=…, ?fbclid=…)
cannot fill it, and no single entry is huge."""

import pytest
from django.conf import settings
from django.core.cache import caches

from documents.library import PARAMETERS as LIBRARY_PARAMETERS
from tests import factories
from tests.security.pages import served_from_cache, warm

pytestmark = pytest.mark.django_db


def stored_pages():
    return [key for key in caches["default"]._cache if "pagecache:page:" in key]  # the local-memory cache


def test_links_with_tracking_parameters_store_nothing_and_get_the_stored_page(client, article):
    responses = [client.get(f"{article.url}?utm_source=zalo&utm_id={n}") for n in range(50)]
    assert [response.status_code for response in responses] == [200] * 50
    assert len(stored_pages()) <= 1
    warm(client, article.url)
    assert served_from_cache(client, f"{article.url}?fbclid=IwAR3x")
    assert len(stored_pages()) == 1


def test_parameters_a_page_reads_are_stored_apart_in_any_order(client, home, news_index, article):
    library = factories.DocumentIndexPageFactory(parent=home)
    warm(client, "/tin-tuc/", "/tin-tuc/?page=2", f"{library.url}?type=quyet-dinh&year=2021")
    assert len(stored_pages()) == 3
    assert served_from_cache(client, f"{library.url}?year=2021&type=quyet-dinh&utm_source=zalo")
    assert not served_from_cache(client, f"{library.url}?type=quyet-dinh")


def test_an_oversized_page_is_not_stored(client, article, settings):
    settings.PAGE_CACHE_MAX_ENTRY_BYTES = 2_000
    assert not served_from_cache(client, article.url)
    assert not served_from_cache(client, article.url)
    assert stored_pages() == []
    settings.PAGE_CACHE_MAX_ENTRY_BYTES = 512 * 1024
    warm(client, article.url)


def test_every_parameter_the_pages_read_is_part_of_the_key():
    read = {*LIBRARY_PARAMETERS, "page", "q", "sent"}
    assert read <= set(settings.PAGE_CACHE_QUERY_PARAMETERS)
