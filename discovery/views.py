from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from core.pagination import paginate
from discovery.sitemaps import PageSitemap, html_sitemap_pages
from documents.models import DocumentIndexPage
from news.models import listed_news, prefetch_thumbnails
from programs.models import live_programmes, newest_first
from topics.models import Topic

TOPIC_NEWS_PER_PAGE = 10
TOPIC_DOCUMENTS_SHOWN = 10


@require_GET
def sitemap_xml(request):
    """Stored by the page cache and purged with the pages it lists (pagecache)."""
    sitemap = PageSitemap(request)
    if "p" not in request.GET and sitemap.paginator.num_pages > 1:
        context = {"locations": sitemap.index_locations(request)}
        return TemplateResponse(request, "discovery/sitemap_index.xml", context, content_type="application/xml")
    return sitemap_views.sitemap(
        request, {"pages": sitemap}, template_name="discovery/sitemap.xml", content_type="application/xml"
    )


@require_GET
@cache_control(max_age=86400)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /tim-kiem/",
        "Disallow: /km/tim-kiem/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def html_sitemap(request):
    locale = Locale.get_active()
    topics = Topic.for_language(locale.language_code).values()
    return TemplateResponse(
        request, "discovery/html_sitemap.html", {"sitemap_pages": html_sitemap_pages(locale.pk), "topics": topics}
    )


@require_GET
def topic_index(request):
    """Every topic, in the reader's language where it is translated (marked with its own language where
    not), each with its description and a link to its page."""
    topics = Topic.for_language(Locale.get_active().language_code).values()
    return TemplateResponse(request, "discovery/topic_index.html", {"topics": topics})


@require_GET
def topic_view(request, slug):
    """One topic in the reader's language: its news (paginated), documents and programmes."""
    locale = Locale.get_active()
    topic = Topic.for_language(locale.language_code).get(slug)
    if topic is None:
        raise Http404
    news = listed_news(locale.pk).filter(topics__slug=slug).distinct()
    news_page = paginate(news, request.GET.get("page"), TOPIC_NEWS_PER_PAGE)
    prefetch_thumbnails(news_page.object_list)
    library = DocumentIndexPage.objects.live().filter(locale=locale).first()
    documents = []
    if library:
        from documents.library import library_documents

        documents = library_documents(library).filter(topics__slug=slug).distinct().order_by("-issue_date")
        documents = documents[:TOPIC_DOCUMENTS_SHOWN]
    programmes = newest_first(live_programmes(locale.pk).filter(topics__slug=slug).distinct())
    return TemplateResponse(
        request,
        "discovery/topic.html",
        {
            "topic": topic,
            "news_page": news_page,
            "documents": documents,
            "library": library,
            "programmes": programmes,
        },
    )
