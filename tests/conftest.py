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
    """The local-memory caches and the remembered sites outlive a test's database rollback (and
    SQLite gives the next test's rows the same ids: a stale rendition would pass for a new one)."""
    from django.core.cache import caches

    from core.wagtail_overrides import forget_sites

    def forget():
        for alias in ("default", "renditions"):
            caches[alias].clear()
        forget_sites()

    forget()
    yield
    forget()


@pytest.fixture
def editor(db):
    return factories.UserFactory(username="bien-tap-vien", groups=["Editors"])


@pytest.fixture
def moderator(db):
    return factories.UserFactory(username="kiem-duyet-vien", groups=["Moderators"])


@pytest.fixture
def translator(db):
    return factories.UserFactory(username="bien-dich-vien", groups=["Translators"])


@pytest.fixture
def login(client):
    def login(user):
        client.force_login(user)
        return client

    return login


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Keep the serialized test data reachable from every connection object.

    Django keeps connections per asyncio context; once Playwright's sync API runs its event loop
    in this thread, the ORM gets a new connection object without the data serialized at setup,
    so serialized rollbacks restored nothing and the second browser test found no Locale rows.
    """
    from django.db import connections

    for connection in connections.all():
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents is not None:
            type(connection)._test_serialized_contents = contents
    return django_db_setup
