import pytest
from wagtail.models import Locale, Page, Site

from tests import factories
from tests.translation import translate


@pytest.fixture
def vi():
    return Locale.objects.get(language_code="vi")


@pytest.fixture
def km():
    return Locale.objects.get(language_code="km")


@pytest.fixture
def home(db):
    """A Vietnamese home page that is the default site's root (Wagtail's welcome page removed)."""
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root)
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.save()
    welcome.delete()
    return home


@pytest.fixture
def news_index(home):
    return factories.NewsIndexPageFactory(parent=home)


@pytest.fixture
def program_index(home):
    return factories.ProgramIndexPageFactory(parent=home)


@pytest.fixture
def khmer_home(home):
    return translate(
        home,
        {
            "Trang chủ": "ទំព័រដើម",
            home.banner_title: "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ",
            home.banner_text: "ព័ត៌មានអំពីកិច្ចការជនជាតិ។",
        },
    )


@pytest.fixture
def khmer_news_index(news_index, khmer_home):
    return translate(news_index, {"Tin tức": "ព័ត៌មាន"})


@pytest.fixture(autouse=True)
def empty_cache():
    """The local-memory cache outlives a test's database rollback."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
