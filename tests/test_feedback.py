"""Questions and feedback: the form in both languages, spam defences, notification, published answers."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from feedback.models import FeedbackPage, Question
from tests.translation import translate

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Thạch Sô Phia",
    "contact": "0912 345 678",
    "subject": "Chính sách hỗ trợ",
    "question": "Xin hỏi về chính sách hỗ trợ học sinh dân tộc thiểu số.",
    "website": "",
}


@pytest.fixture
def feedback_page(home):
    page = FeedbackPage(title="Hỏi đáp", slug="hoi-dap", intro="Gửi câu hỏi.", thank_you="Cảm ơn bạn.")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def khmer_feedback_page(feedback_page, khmer_home):
    return translate(
        feedback_page,
        {"Hỏi đáp": "សំណួរ-ចម្លើយ", "Gửi câu hỏi.": "ផ្ញើសំណួរ។", "Cảm ơn bạn.": "សូមអរគុណ។"},
    )


def post(client, page, data, address="203.0.113.9"):
    return client.post(page.url, data, REMOTE_ADDR=address)


def test_a_question_is_stored_notified_and_thanked(client, feedback_page, settings):
    settings.FEEDBACK_NOTIFY_EMAILS = ["bdt@travinh.gov.vn"]
    response = post(client, feedback_page, VALID)
    assert response.status_code == 302 and response["Location"] == feedback_page.url + "?sent=1"
    question = Question.objects.get()
    assert (question.name, question.contact, question.language, question.published) == (
        "Thạch Sô Phia",
        "0912 345 678",
        "vi",
        False,
    )
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["bdt@travinh.gov.vn"]
    assert "Chính sách hỗ trợ" in mail.outbox[0].subject and "Xin hỏi về chính sách" in mail.outbox[0].body
    assert "Cảm ơn bạn." in client.get(response["Location"]).content.decode()


def test_missing_fields_get_clear_messages_in_vietnamese(client, feedback_page):
    response = post(client, feedback_page, {**VALID, "name": "", "contact": "không có"})
    html = response.content.decode()
    assert response.status_code == 400 and not Question.objects.exists()
    assert "Vui lòng nhập họ và tên." in html
    assert "Nhập địa chỉ thư điện tử hợp lệ" in html
    assert 'role="alert"' in html and 'aria-invalid="true"' in html


def test_khmer_readers_get_the_form_and_messages_in_khmer(client, khmer_feedback_page):
    khmer_feedback_page.save_revision().publish()
    page = client.get(khmer_feedback_page.url).content.decode()
    assert '<html lang="km">' in page and "ផ្ញើ" in page
    response = post(client, khmer_feedback_page, {**VALID, "question": ""})
    assert "សូមសរសេរសំណួរ" in response.content.decode()
    post(client, khmer_feedback_page, VALID, address="198.51.100.1")
    assert Question.objects.get().language == "km"


def test_the_honeypot_discards_bots_silently(client, feedback_page, settings):
    settings.FEEDBACK_NOTIFY_EMAILS = ["bdt@travinh.gov.vn"]
    response = post(client, feedback_page, {**VALID, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not Question.objects.exists() and not mail.outbox


def test_one_address_is_limited_per_hour(client, feedback_page, settings):
    cache.clear()
    settings.FEEDBACK_RATE_LIMIT = "2/h"
    for _ in range(2):
        assert post(client, feedback_page, VALID).status_code == 302
    refused = post(client, feedback_page, VALID)
    assert refused.status_code == 429
    assert "Bạn đã gửi nhiều câu hỏi" in refused.content.decode()
    assert post(client, feedback_page, VALID, address="198.51.100.2").status_code == 302
    assert Question.objects.count() == 3


def test_only_answered_and_published_questions_of_the_language_are_listed(client, feedback_page):
    Question.objects.create(
        name="A", contact="a@b.vn", subject="Đã trả lời", question="?", answer="Trả lời.", published=True
    )
    Question.objects.create(name="B", contact="a@b.vn", subject="Chưa duyệt", question="?", answer="Trả lời.")
    Question.objects.create(name="C", contact="a@b.vn", subject="Chưa trả lời", question="?", published=True)
    Question.objects.create(
        name="D",
        contact="a@b.vn",
        subject="Câu hỏi tiếng Khmer",
        question="?",
        answer="x",
        published=True,
        language="km",
    )
    html = client.get(feedback_page.url).content.decode()
    assert "Đã trả lời" in html and "Trả lời." in html
    for hidden in ("Chưa duyệt", "Chưa trả lời", "Câu hỏi tiếng Khmer", "a@b.vn"):
        assert hidden not in html


def test_strange_input_never_breaks_the_page(client, feedback_page):
    response = client.post(feedback_page.url, {"name": ["x"] * 3, "question": "\x00" * 10}, REMOTE_ADDR="")
    assert response.status_code in (400, 429) and not Question.objects.exists()


def test_questions_are_listed_in_the_admin(admin_client):
    Question.objects.create(name="A", contact="a@b.vn", subject="Hỏi về học bổng", question="?", language="km")
    html = admin_client.get(reverse("wagtailsnippets_feedback_question:list"), {"language": "km"}).content.decode()
    assert "Hỏi về học bổng" in html
