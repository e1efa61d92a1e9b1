"""Builds the demo site (`manage.py load_demo`): the home page, then each app's own demo
(APP/demo.py with APP/demo_data.py), in Vietnamese with Khmer translations. Running it again
changes nothing (core.demo)."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site

from agency import demo as agency_demo
from core import demo as core_demo
from core.demo import DemoBuilder, add_published
from documents import demo as documents_demo
from feedback import demo as feedback_demo
from glossary import demo as glossary_demo
from home import demo_data
from home.models import HomePage, HomePageFeaturedProgramme
from news import demo as news_demo
from programs import demo as programs_demo
from topics import demo as topics_demo


class DemoSiteBuilder(DemoBuilder):
    def home(self):
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        home = HomePage.objects.filter(locale=self.vietnamese).first()
        if home is None:
            root = Page.get_first_root_node()
            texts = demo_data.HOME["vi"]
            home = HomePage(
                title=texts["title"],
                slug="trang-chu",
                banner_title=texts["banner_title"],
                banner_text=texts["banner_text"],
            )
            add_published(root, home)
            self.log("Created the Vietnamese home page")
        if site is None:
            site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        if site.root_page_id != home.pk:
            # Absolute links (hreflang) use the Site's address: make it the one the demo is served on.
            address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
            site.hostname = address.hostname
            site.port = address.port or (443 if address.scheme == "https" else 80)
            previous = site.root_page
            site.root_page = home
            site.site_name = core_demo.demo_data.FOOTER["vi"]["site_name"]
            site.save()
            # Wagtail's "Welcome" placeholder from its initial migration.
            if previous.specific_class is Page and previous.depth == 2 and not previous.get_children().exists():
                previous.delete()
        self.remember(demo_data.HOME, ["title", "banner_title", "banner_text"])
        return home

    def feature_programmes(self, home, programmes):
        if not home.featured_programmes.exists():
            for order, programme in enumerate(programmes):
                HomePageFeaturedProgramme.objects.create(source=home, programme=programme, sort_order=order)
            home.save_revision().publish()

    def build(self):
        # Not one big transaction: wagtail-localize publishes each translation on commit,
        # and a later commit would publish stale copies of parents. Each step is idempotent.
        home = self.home()
        news_index, seed, news = news_demo.build(self, home)
        programme_index, programmes = programs_demo.build(self, home)
        footer = core_demo.footer(self)
        news_demo.link_related_news(seed, news)
        programs_demo.link_related_news(programmes, seed)
        self.feature_programmes(home, programmes)
        agency_pages = agency_demo.build(self, home) + feedback_demo.build(self, home)
        topics = topics_demo.build(self)
        library, library_snippets, documents = documents_demo.build(self, home, topics)
        news_demo.link_documents_and_topics(seed, news, documents, topics)
        programs_demo.link_documents_and_topics(self, programmes, documents, topics)
        glossary_demo.build(self)  # the official Khmer names of agencies and programmes

        # Snippets and documents first: translated pages point at their Khmer versions.
        snippets = [*topics.values(), *library_snippets]
        for instance in [home, news_index, programme_index, library, *snippets, *documents.values()]:
            self.translate(instance)
        for instance in [seed, *programmes, footer, *agency_pages]:
            self.translate(instance)
        for page, has_khmer in news:
            if has_khmer:
                self.translate(page)
        return seed
