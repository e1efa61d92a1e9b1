from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = _("Questions and feedback")

    def ready(self):
        from feedback.models import Question
        from pagecache.dependencies import purge_when_changed

        purge_when_changed(Question, pages_showing_question)


def pages_showing_question(question, **signal):
    """Readers' new questions are private: only a moderator's answer can change what pages show."""
    from feedback.models import FeedbackPage

    if not (question.answer or question.published):
        return []
    return list(FeedbackPage.objects.all())
