"""The Wagtail admin keeps working under the site's Content Security Policy."""

import pytest
from django.contrib.auth.models import User

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_admin_editor_runs_its_scripts_without_csp_violations(browser, live_server, news_index):
    article = factories.NewsPageFactory(parent=news_index)
    User.objects.create_superuser("admin", "a@example.com", "mat-khau-dai-de-thu")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "mat-khau-dai-de-thu")
    page.click(".login-form button[type=submit]")
    page.wait_for_url("**/admin/")
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/", wait_until="networkidle")
    # The sidebar and the StreamField editor are built by the admin's JavaScript.
    page.wait_for_selector(".sidebar-main-menu", timeout=10_000)
    page.wait_for_selector("[data-streamfield-stream-container], .c-sf-container", timeout=10_000)
    page.close()
    assert violations == []
