"""Health check for load balancers, and error pages that need neither the database nor the cache."""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponseNotFound, HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import never_cache
from wagtail.models import Site

from pagecache import breaker

logger = logging.getLogger(__name__)


def database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.exception("Health check: the database does not answer")
        return False


def cache_ok():
    """Whether the cache keeps a value. While Redis is skipped (pagecache.breaker), no, without
    asking it: the breaker has logged the outage, and the answer comes at once."""
    if breaker.is_skipped():
        return False
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", 10)
        answered = cache.get(key) == "ok"
        cache.delete(key)
    except Exception:
        logger.exception("Health check: the cache does not answer")
        return False
    if breaker.is_skipped():
        return False
    if not answered:
        logger.warning("Health check: the cache does not keep values")
    return answered


@never_cache
def healthz(request):
    """200 when the database answers (the site can serve without the cache, slower), else 503."""
    checks = {"database": "ok" if database_ok() else "error", "cache": "ok" if cache_ok() else "error"}
    status = 200 if checks["database"] == "ok" else 503
    return JsonResponse({"status": "ok" if status == 200 else "error", **checks}, status=status)


def language_of(request):
    """The language from the URL alone: /km/… is Khmer, everything else Vietnamese."""
    return "km" if request.path_info == "/km" or request.path_info.startswith("/km/") else "vi"


def render_error(request, template_name, response_class, context=None):
    with translation.override(language_of(request)):
        body = loader.get_template(template_name).render(context)
    return response_class(body)


def untranslated_original_url(request):
    """For a missing /km/… page: the URL of the live Vietnamese page at the same path, if any.

    Khmer pages mirror the Vietnamese URLs, so a 404 under /km/ is most often a page nobody has
    translated yet. Any failure (no database, no site) just means no link.
    """
    if language_of(request) != "km":
        return None
    components = [part for part in request.path_info.split("/")[2:] if part]
    try:
        site = Site.find_for_request(request)
        page = site.root_page.specific.route(request, components).page if site else None
    except (Http404, DatabaseError, AttributeError):
        return None
    return page.url if page is not None else None


def page_not_found(request, exception=None):
    context = {"original_url": untranslated_original_url(request)}
    return render_error(request, "errors/404.html", HttpResponseNotFound, context)


def server_error(request):
    return render_error(request, "errors/500.html", HttpResponseServerError)
