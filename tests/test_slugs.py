"""A title with Đ and tone marks gets the same folded slug however the page is made."""

import pytest

from core.wagtail_overrides import VietnameseSlugInput
from news.models import NewsPage
from tests import factories

pytestmark = pytest.mark.django_db

TITLE = "Đồng bào Khmer đón Tết Chôl Chnăm Thmây"
SLUG = "dong-bao-khmer-don-tet-chol-chnam-thmay"


def test_a_page_made_in_code_without_a_slug_gets_the_folded_slug(news_index):
    page = factories.NewsPageFactory(parent=news_index, title=TITLE, slug="")
    assert NewsPage.objects.get(pk=page.pk).slug == SLUG


@pytest.mark.parametrize(
    "browser_slug", ["djng-bao-khmer-djon-tt-chol-chnam-thmay", "dng-bao-khmer-dn-tt-chol-chnm-thmy"]
)
def test_the_slug_wagtails_script_would_have_made_is_repaired(news_index, browser_slug):
    page = factories.NewsPageFactory.build(title=TITLE, slug=browser_slug)
    news_index.add_child(instance=page)
    assert NewsPage.objects.get(pk=page.pk).slug == SLUG


def test_an_editors_own_slug_is_kept(news_index):
    page = factories.NewsPageFactory.build(title=TITLE, slug="tet-chol-chnam-thmay-2026")
    news_index.add_child(instance=page)
    assert NewsPage.objects.get(pk=page.pk).slug == "tet-chol-chnam-thmay-2026"


def test_the_page_editors_slug_field_folds_vietnamese_before_wagtails_script():
    form = NewsPage.get_edit_handler().get_form_class()
    widget = form.base_fields["slug"].widget
    assert isinstance(widget, VietnameseSlugInput)
    assert "\\u0111" in widget.attrs["data-w-slug-formatters-value"]  # đ
