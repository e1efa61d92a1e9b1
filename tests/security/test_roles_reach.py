"""What each editorial group reaches in the admin, through its real URLs, as README's roles section says.

Answer 200 where the README lets the group in; a 403 or Wagtail's redirect to the dashboard elsewhere.
"""

import pytest
from django.urls import reverse

from feedback.models import Question
from tests import factories
from tests.translation import translate

pytestmark = pytest.mark.django_db

EDITORS, MODERATORS, TRANSLATORS = "Editors", "Moderators", "Translators"
OPEN, DENIED = "open", "denied"

# place → (Editors, Moderators, Translators)
REACH = {
    "questions list": (OPEN, OPEN, DENIED),
    "question edit": (OPEN, OPEN, DENIED),
    "Vietnamese news add": (OPEN, OPEN, DENIED),
    "Khmer page edit": (DENIED, OPEN, OPEN),
    "Vietnamese footer edit": (OPEN, OPEN, DENIED),
    "Khmer footer edit": (OPEN, OPEN, OPEN),
    "image upload": (OPEN, OPEN, DENIED),
    "document upload": (OPEN, OPEN, DENIED),
    "translation status report": (OPEN, OPEN, OPEN),
    "login lock-outs": (DENIED, OPEN, DENIED),
    "glossary terms": (DENIED, OPEN, DENIED),
    "glossary term add": (DENIED, OPEN, DENIED),
    "glossary import": (DENIED, OPEN, DENIED),
    "glossary export": (DENIED, OPEN, DENIED),
    "terminology report": (DENIED, OPEN, DENIED),
}
GROUPS = (EDITORS, MODERATORS, TRANSLATORS)
CASES = [(place, group, REACH[place][GROUPS.index(group)]) for place in REACH for group in GROUPS]


@pytest.fixture
def question(db):
    return Question.objects.create(
        name="Thạch Sô Phia", contact="0912 345 678", subject="Học bổng", question="Xin hỏi về học bổng?"
    )


@pytest.fixture
def footers(khmer_home):
    footer = factories.SiteFooterFactory()
    khmer = translate(
        footer,
        {
            footer.site_name: "គេហទំព័រ",
            footer.agency_name: "គណៈកម្មាធិការជនជាតិ",
            footer.address: "អាសយដ្ឋាន",
            footer.responsible_person: "លោក Kiên Ninh",
            footer.reuse_notice: "សូមបញ្ជាក់ប្រភព។",
        },
    )
    return footer, khmer


@pytest.fixture
def urls(question, footers, news_index, khmer_news_index):
    footer, khmer_footer = footers
    return {
        "questions list": reverse("wagtailsnippets_feedback_question:list"),
        "question edit": reverse("wagtailsnippets_feedback_question:edit", args=[question.pk]),
        "Vietnamese news add": reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk]),
        "Khmer page edit": reverse("wagtailadmin_pages:edit", args=[khmer_news_index.pk]),
        "Vietnamese footer edit": reverse("wagtailsnippets_core_sitefooter:edit", args=[footer.pk]),
        "Khmer footer edit": reverse("wagtailsnippets_core_sitefooter:edit", args=[khmer_footer.pk]),
        "image upload": reverse("wagtailimages:add"),
        "document upload": reverse("wagtaildocs:add"),
        "translation status report": reverse("editorial:translation_status"),
        "login lock-outs": reverse("login_lockouts:index"),
        "glossary terms": reverse("glossary_glossaryterm:index"),
        "glossary term add": reverse("glossary_glossaryterm:add"),
        "glossary import": reverse("glossary:import"),
        "glossary export": reverse("glossary:export"),
        "terminology report": reverse("glossary:report"),
    }


def reach(response):
    if response.status_code == 200:
        return OPEN
    if response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home")):
        return DENIED
    return f"unexpected {response.status_code}"


@pytest.mark.parametrize(("place", "group", "expected"), CASES)
def test_each_group_reaches_what_the_readme_says(client, urls, place, group, expected):
    client.force_login(factories.UserFactory(groups=[group]))
    assert reach(client.get(urls[place])) == expected


@pytest.mark.parametrize("group", [EDITORS, MODERATORS])
def test_editors_and_moderators_answer_and_publish_a_readers_question(client, question, group):
    client.force_login(factories.UserFactory(groups=[group]))
    listing = client.get(reverse("wagtailsnippets_feedback_question:list")).content.decode()
    assert "Học bổng" in listing
    response = client.post(
        reverse("wagtailsnippets_feedback_question:edit", args=[question.pk]),
        {
            "name": question.name,
            "contact": question.contact,
            "language": "vi",
            "created_at": "01/12/2026 08:00",
            "subject": question.subject,
            "question": question.question,
            "answer": "Học sinh được hỗ trợ theo Nghị định 81.",
            "published": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    question.refresh_from_db()
    assert question.published and question.answer.startswith("Học sinh") and question.answered_at


def test_translators_cannot_answer_questions(client, question):
    client.force_login(factories.UserFactory(groups=[TRANSLATORS]))
    client.post(
        reverse("wagtailsnippets_feedback_question:edit", args=[question.pk]),
        {"subject": question.subject, "answer": "x", "published": "on"},
    )
    question.refresh_from_db()
    assert not question.published and not question.answer
