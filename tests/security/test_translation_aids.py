"""The translators' aids (GET /admin/translations/aids/<id>/) answer only those who may edit the translation.

They show earlier Khmer translations of the page and published Khmer from the rest of the site, and
draft text never leaves through them (the memory holds published translations only:
tests/test_translation_aids.py).
"""

import pytest
from django.urls import reverse
from wagtail_localize.models import Translation

from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def aids_url(news_index, khmer_news_index):
    article = factories.NewsPageFactory(parent=news_index, title="Hội nghị", slug="hoi-nghi", body=[])
    translate(article, {"Hội nghị": "សន្និសីទ", article.lead: "សេចក្តីផ្តើម។", article.credit: "ព័ត៌មាន"})
    translation = Translation.objects.get(source__object_id=article.translation_key)
    return reverse("editorial:segment_aids", args=[translation.pk])


def test_anonymous_readers_are_sent_to_the_log_in(client, aids_url):
    response = client.get(aids_url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_editors_of_the_vietnamese_tree_are_refused(client, editor, aids_url):
    client.force_login(editor)
    response = client.get(aids_url)
    assert response.status_code == 302 and response["Location"] == "/admin/"  # Wagtail's permission refusal


def test_translators_and_moderators_get_them(client, translator, moderator, aids_url):
    for user in (translator, moderator):
        client.force_login(user)
        response = client.get(aids_url)
        assert response.status_code == 200 and response["Content-Type"] == "application/json"


def test_an_unknown_or_stopped_translation_is_a_404(client, translator, aids_url):
    client.force_login(translator)
    Translation.objects.update(enabled=False)
    assert client.get(aids_url).status_code == 404
    assert client.get(reverse("editorial:segment_aids", args=[999999])).status_code == 404
