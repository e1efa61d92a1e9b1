"""The Khmer translation status report: real numbers for the demo site, per section, and as CSV."""

import csv
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page

from news import demo_data as news_demo_data
from news.models import NewsPage
from programs import demo_data as programs_demo_data
from tests import factories

# load_demo publishes translations on commit, so this runs outside a wrapping transaction.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

UNTRANSLATED_NEWS = sum(1 for item in news_demo_data.MORE_NEWS if not item["km"])
TRANSLATED_NEWS = 1 + len(news_demo_data.MORE_NEWS) - UNTRANSLATED_NEWS  # the seed article is translated


def counts(html, section):
    row = html.split(f'data-section="{section}"')[1].split("</tr>")[0]
    return {
        key: int(row.split(f'data-count="{key}">')[1].split("<")[0])
        for key in ("total", "missing", "draft", "out_of_date", "published")
    }


def test_report_and_csv_show_the_demo_sites_numbers(client):
    call_command("load_demo", verbosity=0)
    client.force_login(factories.UserFactory(groups=["Translators"]))
    html = client.get(reverse("editorial:translation_status")).content.decode()
    news = counts(html, news_demo_data.NEWS_INDEX["vi"]["title"])
    assert news == {
        "total": 1 + TRANSLATED_NEWS + UNTRANSLATED_NEWS,
        "missing": UNTRANSLATED_NEWS,
        "draft": 0,
        "out_of_date": 0,
        "published": 1 + TRANSLATED_NEWS,
    }
    untranslated = NewsPage.objects.get(slug=next(item["slug"] for item in news_demo_data.MORE_NEWS if not item["km"]))
    assert reverse("wagtail_localize:submit_page_translation", args=[untranslated.pk]) in html  # one click to start
    programmes = counts(html, programs_demo_data.PROGRAM_INDEX["vi"]["title"])
    assert programmes["published"] == 1 + len(programs_demo_data.PROGRAMS) and programmes["missing"] == 0

    response = client.get(reverse("editorial:translation_status") + "?export=csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    vietnamese_pages = Page.objects.filter(locale__language_code="vi", depth__gt=1).count()
    assert len(rows) == 1 + vietnamese_pages  # a header, then every Vietnamese page
    seed = next(row for row in rows if row[1] == news_demo_data.SEED_ARTICLE["vi"]["title"])
    assert seed[0] == news_demo_data.NEWS_INDEX["vi"]["title"]
    assert seed[2].endswith(f"/{news_demo_data.SEED_ARTICLE['slug']}/")


def test_report_is_for_the_editorial_team_only(client):
    from django.contrib.auth.models import Permission

    user = factories.UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("editorial:translation_status"))
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response.url == reverse("wagtailadmin_home")
