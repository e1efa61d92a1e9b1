"""Vietnamese news and programmes go through moderation: editors submit, moderators approve and publish."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision
from wagtail.test.utils.form_data import querydict_from_html

from news.models import NewsPage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_article(news_index):
    article = factories.NewsPageFactory(parent=news_index, title="Tin chờ duyệt", slug="tin-cho-duyet", live=False)
    article.save_revision()
    return article


def edit_form(client, page):
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form").copy()
    data["body-count"] = "0"  # the StreamField's form is built by JavaScript; this article has no blocks
    return data


def submit(client, page, **changes):
    data = edit_form(client, page)
    for key, value in changes.items():
        data[key] = value
    data["action-submit"] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def approve(client, page):
    page = NewsPage.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""})


def test_editor_submits_and_moderator_approves_and_publishes(client, editor, moderator, draft_article):
    client.force_login(editor)
    response = submit(client, draft_article, title="Tin đã được duyệt")
    assert response.status_code == 302
    article = NewsPage.objects.get(pk=draft_article.pk)
    assert not article.live
    assert article.current_workflow_state.workflow.name == "Moderation"
    assert client.get(article.url or "/tin-tuc/tin-cho-duyet/").status_code == 404

    client.force_login(moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Tin đã được duyệt" in dashboard  # "awaiting your review"
    assert approve(client, article).status_code in (200, 302)
    article.refresh_from_db()
    assert article.live
    assert article.title == "Tin đã được duyệt"
    assert client.get("/tin-tuc/tin-cho-duyet/").status_code == 200


def test_editor_cannot_approve_their_own_submission(client, editor, draft_article):
    client.force_login(editor)
    submit(client, draft_article)
    approve(client, draft_article)
    assert not NewsPage.objects.get(pk=draft_article.pk).live


def test_scheduled_article_goes_live_when_publish_scheduled_runs_after_its_time(client, draft_article):
    go_live = timezone.now() + datetime.timedelta(hours=2)
    draft_article.go_live_at = go_live
    draft_article.save_revision().publish()
    article = NewsPage.objects.get(pk=draft_article.pk)
    assert not article.live
    assert article.get_latest_revision().approved_go_live_at == go_live

    call_command("publish_scheduled", verbosity=0)
    assert not NewsPage.objects.get(pk=article.pk).live  # not yet

    # Two hours later: move the schedule into the past rather than waiting.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision = Revision.objects.get(pk=article.get_latest_revision().pk)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled", verbosity=0)
    assert NewsPage.objects.get(pk=article.pk).live
    assert client.get("/tin-tuc/tin-cho-duyet/").status_code == 200


@pytest.mark.parametrize("admin_language", ["vi", "km", "en"])
def test_dates_typed_day_first_are_saved_day_first(client, editor, draft_article, admin_language):
    """05/03/2023 is 5 March in the admin of every language, never 3 May."""
    from wagtail.users.models import UserProfile

    UserProfile.objects.update_or_create(user=editor, defaults={"preferred_language": admin_language})
    client.force_login(editor)
    data = edit_form(client, draft_article)
    data["date"] = "05/03/2023 09:30"
    client.post(reverse("wagtailadmin_pages:edit", args=[draft_article.pk]), data)
    saved = NewsPage.objects.get(pk=draft_article.pk).get_latest_revision_as_object().date
    assert timezone.localtime(saved).strftime("%d %m %Y %H:%M") == "05 03 2023 09:30"

def test_dates_typed_as_the_date_picker_writes_them_are_accepted(client, editor, draft_article):
    """dd/mm/yyyy HH:MM, as in WAGTAIL_DATETIME_FORMAT: Django's vi locale has no input formats of its own."""
    client.force_login(editor)
    response = submit(client, draft_article, date="26/11/2026 03:30")
    assert response.status_code == 302
    revision = NewsPage.objects.get(pk=draft_article.pk).get_latest_revision_as_object()
    assert timezone.localtime(revision.date).strftime("%d/%m/%Y %H:%M") == "26/11/2026 03:30"
