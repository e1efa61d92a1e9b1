"""The site's URLs plus /tim-kiem/?q=…: Wagtail's database search backend over live pages of the
reader's language, as the search page of the Wagtail project template does."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import path
from django.utils.html import escape
from wagtail.models import Locale, Page

from govsite.urls import handler404, handler500  # noqa: F401
from govsite.urls import urlpatterns as site_urlpatterns


def search(request):
    query = request.GET.get("q", "")[:200]
    results = Page.objects.live().filter(locale=Locale.get_active()).search(query)[:10] if query else []
    items = "".join(f'<li><a href="{escape(page.url)}">{escape(page.title)}</a></li>' for page in results)
    return HttpResponse(f"<!doctype html><title>{escape(query)}</title><ol>{items}</ol>")


urlpatterns = i18n_patterns(path("tim-kiem/", search), prefix_default_language=False) + site_urlpatterns
