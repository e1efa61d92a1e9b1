import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core.views import redirect_default_language_prefix
from discovery import urls as discovery_urls
from discovery.views import robots_txt, sitemap_xml
from editorial.urls import checked_admin_urls
from ops.media import serve_media
from ops.views import healthz
from visitors.views import beacon

handler404 = "ops.views.page_not_found"
handler500 = "ops.views.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Wagtail's own admin routes that can publish a translation, checked first (editorial.guards).
    path("admin/", include(checked_admin_urls)),
    path("admin/", include(wagtailadmin_urls)),
    # The login page's language choice (Django's set_language: a POST that sets the language cookie).
    path("i18n/", include("django.conf.urls.i18n")),
    path("documents/", include(wagtaildocs_urls)),
    path("thong-ke/dem.gif", beacon, name="visitor_beacon"),
    path("sitemap.xml", sitemap_xml, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Vietnamese is served without a prefix: /vi/… is a permanent redirect to /…
    re_path(rf"^{settings.LANGUAGE_CODE}/(?P<rest>.*)$", redirect_default_language_prefix),
]

media_prefix = settings.MEDIA_URL.strip("/")
if settings.MEDIA_URL.startswith("/") and media_prefix:
    # django.conf.urls.static.static() is a no-op when DEBUG is off; `make serve-prod` needs it too.
    # The view serves only with SERVE_MEDIA, and never a document file.
    urlpatterns.append(re_path(rf"^{re.escape(media_prefix)}/(?P<path>.*)$", serve_media))

urlpatterns += i18n_patterns(
    path("", include(discovery_urls)),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
