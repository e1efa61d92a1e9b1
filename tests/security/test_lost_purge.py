"""No purge is lost: what an editor withdrew or changed while Redis was down is not served from
the copy Redis kept once it comes back, in this process or in any other."""

import time

import pytest
from django.urls import reverse

from tests import factories
from tests.security.pages import served_from_cache, warm

pytestmark = pytest.mark.django_db


@pytest.fixture
def short_outages(settings):
    settings.CACHE_BREAKER_SECONDS = 0.2


def wait_for_the_breaker():
    time.sleep(0.3)


def test_a_page_unpublished_while_redis_was_down_is_gone_when_redis_comes_back_with_its_data(
    client, admin_client, article, production_caches, short_outages
):
    warm(client, article.url)
    production_caches.stop(save=True)
    response = admin_client.post(reverse("wagtailadmin_pages:unpublish", args=[article.pk]))
    assert response.status_code == 302
    assert client.get(article.url).status_code == 404
    production_caches.start()  # with the stored page and the tokens of before the unpublishing
    wait_for_the_breaker()
    assert client.get(article.url).status_code == 404


def test_the_worker_that_saw_the_outage_purges_before_it_reads_redis_again(
    client, admin_client, article, production_caches, short_outages, monkeypatch
):
    from pagecache import pending

    monkeypatch.setattr(pending, "apply_if_due", lambda: None)  # only the breaker's recovery is left
    warm(client, article.url)
    production_caches.stop(save=True)
    admin_client.post(reverse("wagtailadmin_pages:unpublish", args=[article.pk]))
    production_caches.start()
    wait_for_the_breaker()
    assert client.get(article.url).status_code == 404


def test_a_page_retitled_while_redis_was_down_has_no_trace_of_its_old_title_when_it_comes_back(
    client, article, production_caches, short_outages
):
    warm(client, article.url)
    production_caches.stop(save=True)
    article.title = "Tin đã sửa khi Redis tắt"
    article.save_revision().publish()
    production_caches.start()
    wait_for_the_breaker()
    page = client.get(article.url).content.decode()
    assert "Tin đã sửa khi Redis tắt" in page
    assert "Tin gốc" not in page  # nor in the cached metadata (discovery.cache): title, JSON-LD


def test_a_footer_edited_while_redis_was_down_shows_on_every_page_when_it_comes_back(
    client, home, article, production_caches, short_outages
):
    footer = factories.SiteFooterFactory()
    warm(client, article.url, "/")
    production_caches.stop(save=True)
    footer.phone = "0294.3999999"
    footer.save()
    production_caches.start()
    wait_for_the_breaker()
    assert "0294.3999999" in client.get(article.url).content.decode()
    assert "0294.3999999" in client.get("/").content.decode()


def test_a_purge_another_process_could_not_make_is_applied_by_this_one(client, article, production_caches):
    from pagecache import pending
    from pagecache.models import PendingPurge

    warm(client, article.url)
    # Another worker changed the page while it could not reach Redis; this one never saw an outage.
    type(article).objects.filter(pk=article.pk).update(title="Tin đã sửa ở tiến trình khác")
    PendingPurge.objects.create(paths=[article.url])
    time.sleep(pending.CHECK_SECONDS)
    assert "Tin đã sửa ở tiến trình khác" in client.get(article.url).content.decode()
    assert not PendingPurge.objects.exists()
    assert served_from_cache(client, article.url)
