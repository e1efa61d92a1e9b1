from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.models import BasePage, NormalizedTextMixin
from search.fields import page_search_fields


class QuestionQuerySet(models.QuerySet):
    def published_in(self, language_code):
        return self.filter(language=language_code, published=True).exclude(answer="").order_by("-answered_at", "-pk")


class Question(NormalizedTextMixin, index.Indexed, models.Model):
    """A reader's question or comment, in the language they wrote it; published with its answer when answered."""

    name = models.CharField(pgettext_lazy("govsite", "name"), max_length=120)
    contact = models.CharField(
        _("e-mail or phone"), max_length=120, help_text=_("Where we can send the answer. Not published.")
    )
    subject = models.CharField(pgettext_lazy("govsite", "subject"), max_length=200)
    question = models.TextField(_("question"), max_length=5000)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="vi")
    created_at = models.DateTimeField(_("received"), default=timezone.now)
    answer = models.TextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    published = models.BooleanField(
        _("published"), default=False, help_text=_("Show the question and its answer in the public list.")
    )

    objects = QuestionQuerySet.as_manager()

    search_fields = [index.SearchField("subject"), index.SearchField("question"), index.SearchField("name")]

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("contact"), FieldPanel("language"), FieldPanel("created_at")],
            heading=_("Sender"),
        ),
        FieldPanel("subject"),
        FieldPanel("question"),
        MultiFieldPanel([FieldPanel("answer"), FieldPanel("published")], heading=_("Answer")),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("question")
        verbose_name_plural = _("questions and feedback")

    def __str__(self):
        return self.subject

    def save(self, *args, **kwargs):
        if self.answer and not self.answered_at:
            self.answered_at = timezone.now()
        return super().save(*args, **kwargs)


class FeedbackPage(BasePage):
    """Hỏi đáp / Góp ý: the form, then the questions already answered in the page's language."""

    intro = models.TextField(_("introduction"), blank=True)
    thank_you = models.TextField(
        _("thank-you message"), default="", blank=True, help_text=_("Shown after a question has been sent.")
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("thank_you")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro"), TranslatableField("thank_you")]
    search_fields = page_search_fields()

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("questions and feedback page")
        verbose_name_plural = _("questions and feedback pages")

    def serve(self, request, *args, **kwargs):
        from feedback.views import serve_feedback_page

        return serve_feedback_page(self, request)
