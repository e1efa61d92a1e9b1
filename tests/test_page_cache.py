"""Anonymous readers get pages from the cache; a change purges exactly the pages that show it."""

import logging
import os

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from wagtail.contrib.frontend_cache.backends import BaseBackend

from pagecache.middleware import can_store
from tests import factories
from tests.security.pages import served_from_cache, warm
from tests.translation import translate

pytestmark = pytest.mark.django_db

PURGED_URLS = []


class FakeFrontendCache(BaseBackend):
    """Stands in for Varnish or a CDN: remembers what it was asked to purge."""

    def purge(self, url):
        PURGED_URLS.append(url)


@pytest.fixture
def fake_cdn(settings):
    PURGED_URLS.clear()
    settings.WAGTAILFRONTENDCACHE = {"fake": {"BACKEND": "tests.test_page_cache.FakeFrontendCache"}}
    return PURGED_URLS


@pytest.fixture
def article(news_index):
    return factories.NewsPageFactory(parent=news_index, title="Tin gốc")


def publish_title(page, title):
    page.title = title
    page.save_revision().publish()


def test_second_anonymous_view_comes_from_the_cache_with_cdn_headers(client, article):
    first = client.get(article.url)
    assert first.headers["X-Page-Cache"] == "miss"
    assert "public" in first.headers["Cache-Control"] and "s-maxage=600" in first.headers["Cache-Control"]
    second = client.get(article.url)
    assert second.headers["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Content-Security-Policy" in second.headers  # headers added outside the cache are still there


def test_query_strings_and_languages_are_stored_apart(client, article, khmer_news_index):
    warm(client, "/tin-tuc/", "/km/tin-tuc/")
    assert not served_from_cache(client, "/tin-tuc/?page=2")
    assert client.get("/km/tin-tuc/").headers["Content-Language"] == "km"


def test_signed_in_editors_never_get_or_fill_the_cache(client, article):
    warm(client, article.url)
    editor = User.objects.create_superuser("editor", "e@example.com", "pw")
    client.force_login(editor)
    NewsPage = type(article)
    NewsPage.objects.filter(pk=article.pk).update(title="Sửa chưa xuất bản")  # a change without publishing
    response = client.get(article.url)
    assert "X-Page-Cache" not in response.headers
    assert "private" in response.headers["Cache-Control"]
    assert "Sửa chưa xuất bản" in response.content.decode()


def test_a_reader_with_a_message_waiting_gets_the_page_fresh(client, article):
    warm(client, article.url)
    client.cookies["messages"] = "pending"  # django.contrib.messages' cookie storage
    response = client.get(article.url)
    assert "X-Page-Cache" not in response.headers
    assert "private" in response.headers["Cache-Control"]


def test_a_stored_page_keeps_the_headers_of_the_middleware_it_skips(client, article):
    fresh = client.get(article.url)
    stored = client.get(article.url)
    assert stored.headers["X-Page-Cache"] == "hit"
    for header in ("X-Frame-Options", "Content-Language", "Content-Security-Policy", "Referrer-Policy"):
        assert stored.headers.get(header) == fresh.headers.get(header) is not None


def test_posts_and_responses_with_cookies_or_csrf_tokens_are_not_stored():
    factory = RequestFactory()
    assert not can_store(factory.post("/"), HttpResponse("ok"))
    with_cookie = HttpResponse("ok")
    with_cookie.set_cookie("sessionid", "x")
    assert not can_store(factory.get("/"), with_cookie)
    needs_csrf = factory.get("/")
    needs_csrf.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    assert not can_store(needs_csrf, HttpResponse("ok"))
    assert not can_store(factory.get("/"), HttpResponse("missing", status=404))
    assert can_store(factory.get("/"), HttpResponse("ok"))


def test_admin_preview_and_health_check_are_never_stored(admin_client, client, article):
    preview = admin_client.get(f"/admin/pages/{article.pk}/edit/preview/")
    assert "X-Page-Cache" not in preview.headers
    assert "X-Page-Cache" not in client.get("/healthz").headers


def test_publishing_purges_the_page_its_index_and_home_but_not_unrelated_pages(client, home, article, program_index):
    other_section = factories.ProgramPageFactory(parent=program_index)
    warm(client, article.url, "/tin-tuc/", "/", other_section.url, "/tin-tuc/?page=1")
    publish_title(article, "Tin đã sửa")
    assert "Tin đã sửa" in client.get(article.url).content.decode()
    assert not served_from_cache(client, "/tin-tuc/")
    assert not served_from_cache(client, "/tin-tuc/?page=1")
    assert not served_from_cache(client, "/")
    assert served_from_cache(client, other_section.url)


def test_a_new_item_in_a_long_section_purges_the_site_without_reading_every_sibling(
    client, monkeypatch, news_index, program_index
):
    """Every sibling's "latest news" shows the newest items: past the limit the site is purged at
    once, and the siblings are not all loaded to find that out."""
    from news.models import NewsPage
    from pagecache import purge

    monkeypatch.setattr(purge, "MAX_PAGES_PURGED_ONE_BY_ONE", 3)
    siblings = [factories.NewsPageFactory(parent=news_index, title=f"Tin cũ {n}") for n in range(8)]
    unrelated = factories.ProgramPageFactory(parent=program_index)
    warm(client, siblings[0].url, unrelated.url)
    read = []
    iterate = NewsPage.siblings_listing_it

    def counted(page):
        for sibling in iterate(page):
            read.append(sibling)
            yield sibling

    monkeypatch.setattr(NewsPage, "siblings_listing_it", counted)
    newest = factories.NewsPageFactory(parent=news_index, title="Tin mới nhất")
    publish_title(newest, "Tin mới nhất đã sửa")
    assert "Tin mới nhất đã sửa" in client.get(siblings[0].url).content.decode()
    assert not served_from_cache(client, unrelated.url)
    assert 0 < len(read) < len(siblings)


def test_publishing_a_translation_purges_both_languages(client, article, khmer_news_index):
    warm(client, article.url, "/km/tin-tuc/", "/km/")
    km_article = translate(
        article,
        {"Tin gốc": "ព័ត៌មានដើម", article.lead: "ការសួរសុខទុក្ខ", article.credit: "ព័ត៌មាន៖ Cảnh Tuân"},
    )
    # The Vietnamese page now links to its Khmer version; the Khmer list shows it.
    assert km_article.url in client.get(article.url).content.decode()
    assert "ព័ត៌មានដើម" in client.get("/km/tin-tuc/").content.decode()
    assert not served_from_cache(client, "/km/")


def test_unpublishing_and_deleting_take_the_page_out(client, news_index, article):
    kept = factories.NewsPageFactory(parent=news_index, title="Tin khác")
    warm(client, article.url, kept.url, "/tin-tuc/")
    article.unpublish()
    assert client.get(article.url).status_code == 404
    assert "Tin gốc" not in client.get("/tin-tuc/").content.decode()
    warm(client, kept.url)
    kept.delete()
    assert client.get(kept.url).status_code == 404


def test_editors_pick_on_another_page_is_purged(client, news_index, article):
    old = factories.NewsPageFactory(parent=news_index, title="Tin cũ", date=article.date.replace(year=2000))
    picker = factories.NewsPageFactory(parent=news_index, title="Tin chọn lọc")
    picker.related_news.create(page=old)
    picker.save_revision().publish()
    warm(client, picker.url)
    publish_title(old, "Tin cũ đã sửa")
    assert "Tin cũ đã sửa" in client.get(picker.url).content.decode()


def test_editing_the_footer_purges_every_page(client, article):
    footer = factories.SiteFooterFactory()
    warm(client, article.url, "/")
    footer.phone = "0294.0000000"
    footer.save()
    assert "0294.0000000" in client.get(article.url).content.decode()
    assert "0294.0000000" in client.get("/").content.decode()


def test_moving_a_page_purges_its_old_address(client, home, news_index, article):
    second_index = factories.ProgramIndexPageFactory(parent=home)
    warm(client, article.url)
    old_url = article.url
    news_index.move(second_index, pos="last-child")
    # Wagtail leaves a permanent redirect at the old address; the stored page must not hide it.
    response = client.get(old_url)
    assert response.status_code == 301 and response["Location"].startswith("/chuong-trinh/tin-tuc/")


def test_frontend_cache_is_told_about_every_page_that_shows_the_change(fake_cdn, article, khmer_news_index):
    publish_title(article, "Tin mới")
    root = "http://localhost"
    assert {f"{root}{article.url}", f"{root}/tin-tuc/", f"{root}/", f"{root}/km/"} <= set(fake_cdn)
    assert not any("/chuong-trinh/" in url for url in fake_cdn)


def test_photo_renditions_are_made_when_the_page_is_published(news_index):
    from core.images import PHOTO_RENDITION_FILTERS, THUMBNAIL_RENDITION_FILTERS

    article = factories.NewsPageFactory(
        parent=news_index, listing_image=None, **{"body__0__photo__caption": "Ảnh"}
    )
    image = article.body[0].value["image"]
    image.renditions.all().delete()
    article.save_revision().publish()
    made = set(image.renditions.values_list("filter_spec", flat=True))
    # The body's photo is also the item's listing picture: its card thumbnails are made too.
    shown = {spec.spec for spec in (*PHOTO_RENDITION_FILTERS, *THUMBNAIL_RENDITION_FILTERS)}
    assert made == shown


REDIS = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/6")


def redis_caches(location):
    options = {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
    backend = "django_redis.cache.RedisCache"
    return {
        "default": {"BACKEND": backend, "LOCATION": location, "KEY_PREFIX": "govsite-test", "OPTIONS": options},
        "renditions": {"BACKEND": backend, "LOCATION": location, "KEY_PREFIX": "govsite-test-r", "OPTIONS": options},
    }


def test_pages_are_stored_in_redis(client, article):
    with override_settings(CACHES=redis_caches(REDIS)):
        cache.clear()
        warm(client, article.url)
        publish_title(article, "Tin sửa trong Redis")
        assert "Tin sửa trong Redis" in client.get(article.url).content.decode()
        cache.clear()


def test_with_redis_unreachable_pages_are_served_from_the_database_and_the_outage_is_logged(client, article, caplog):
    with (
        override_settings(
            CACHES=redis_caches("redis://127.0.0.1:9/0"),
            DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS=True,
            DJANGO_REDIS_LOGGER="govsite.cache",
        ),
        caplog.at_level(logging.ERROR, logger="govsite.cache"),
    ):
        for _ in range(2):
            response = client.get(article.url)
            assert response.status_code == 200
            assert "Tin gốc" in response.content.decode()
        publish_title(article, "Tin khi Redis tắt")
        assert "Tin khi Redis tắt" in client.get(article.url).content.decode()
        assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "cache": "error"}
    assert any(record.name == "govsite.cache" for record in caplog.records)


def test_renaming_a_topic_purges_the_pages_that_print_it_and_no_others(client, news_index, program_index):
    topic = factories.TopicFactory(name="Giảm nghèo")
    article = factories.NewsPageFactory(parent=news_index)
    article.topics.add(topic)
    article.save_revision().publish()
    unrelated = factories.ProgramPageFactory(parent=program_index)
    warm(client, article.url, unrelated.url)
    topic.name = "Giảm nghèo bền vững"
    topic.save()
    assert "Giảm nghèo bền vững" in client.get(article.url).content.decode()
    assert served_from_cache(client, unrelated.url)


def test_a_new_notice_shows_on_stored_pages_at_once(client, vi, article):
    from notices.models import Notice

    warm(client, article.url)
    Notice.objects.create(locale=vi, message="Thông báo nghỉ Tết")
    assert "Thông báo nghỉ Tết" in client.get(article.url).content.decode()


def test_a_scheduled_notice_limits_how_long_pages_are_kept(client, vi, article):
    import datetime

    from django.utils import timezone

    from notices.models import Notice

    Notice.objects.create(
        locale=vi, message="Lịch tiếp công dân", starts_at=timezone.now() + datetime.timedelta(seconds=90)
    )
    response = client.get(article.url)
    assert "Lịch tiếp công dân" not in response.content.decode()
    assert "max-age=60" in response["Cache-Control"]
    shared_max_age = int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert 0 < shared_max_age <= 90  # a CDN must not keep the page past the notice's start


def test_answering_a_question_purges_the_feedback_page_but_a_new_question_does_not(fake_cdn, home):
    from feedback.models import FeedbackPage, Question

    page = FeedbackPage(title="Hỏi đáp", slug="hoi-dap", intro="Gửi câu hỏi.", thank_you="Cảm ơn bạn.")
    home.add_child(instance=page)
    page.save_revision().publish()
    fake_cdn.clear()
    question = Question.objects.create(name="Thạch Sô Phia", contact="0912 345 678", subject="Hỏi", question="Hỏi?")
    assert not any("/hoi-dap/" in url for url in fake_cdn)
    question.answer = "Trả lời."
    question.published = True
    question.save()
    assert "http://localhost/hoi-dap/" in fake_cdn


def test_news_of_a_programmes_topic_purges_the_programme(client, news_index, program_index):
    topic = factories.TopicFactory(name="Nước sạch")
    programme = factories.ProgramPageFactory(parent=program_index)
    programme.topics.add(topic)
    programme.save_revision().publish()
    warm(client, programme.url)
    article = factories.NewsPageFactory(parent=news_index, title="Khánh thành công trình nước sạch", live=False)
    article.topics.add(topic)
    article.save_revision().publish()
    assert "Khánh thành công trình nước sạch" in client.get(programme.url).content.decode()


def test_replacing_a_photo_purges_the_pages_that_show_it_and_no_others(client, news_index, program_index):
    from django.core.files.uploadedfile import SimpleUploadedFile

    article = factories.NewsPageFactory(parent=news_index, **{"body__0__photo__caption": "Ảnh cũ"})
    article.save_revision().publish()
    unrelated = factories.ProgramPageFactory(parent=program_index)
    warm(client, article.url, unrelated.url)
    image = article.body[0].value["image"]
    replacement = factories.ImageFactory.build().file
    image.file = SimpleUploadedFile("anh-moi.png", replacement.read(), content_type="image/png")
    image.save()
    assert not served_from_cache(client, article.url)
    assert served_from_cache(client, unrelated.url)


def test_a_new_document_type_appears_in_the_library_filters_at_once(client, home):
    library = factories.DocumentIndexPageFactory(parent=home)
    warm(client, library.url)
    factories.DocumentTypeFactory(name="Hướng dẫn liên ngành")
    assert "Hướng dẫn liên ngành" in client.get(library.url).content.decode()
