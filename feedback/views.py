import logging
import time

from django.conf import settings
from django.core.cache.backends.locmem import LocMemCache
from django.core.mail import send_mail
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django_ratelimit.core import _split_rate, get_usage

from core.pagination import paginate
from feedback.forms import QuestionForm
from feedback.models import Question

logger = logging.getLogger(__name__)
QUESTIONS_PER_PAGE = 10


def client_ip(group, request):
    return request.META.get("REMOTE_ADDR", "")


def too_many(request):
    """Per-address limit in the default cache, shared by every worker (Redis in production)."""
    usage = get_usage(
        request, group="feedback", key=client_ip, rate=settings.FEEDBACK_RATE_LIMIT, method="POST", increment=True
    )
    if usage is None:  # the shared cache did not answer (RATELIMIT_FAIL_OPEN)
        return too_many_from_this_process(request)
    return usage["should_limit"]


# While the shared cache is down, each process counts on its own: readers can still send their
# questions, and one address sending many is still refused.
LOCAL_COUNTS = LocMemCache("feedback-rate-limit", {})


def too_many_from_this_process(request):
    limit, period = _split_rate(settings.FEEDBACK_RATE_LIMIT)  # django-ratelimit's own "5/h" format
    key = f"{client_ip('feedback', request)}:{int(time.time()) // period}"
    if LOCAL_COUNTS.add(key, 1, period):
        return limit < 1
    try:
        return LOCAL_COUNTS.incr(key) > limit
    except ValueError:  # the window ended between the two calls
        return False


def notify(question):
    recipients = settings.FEEDBACK_NOTIFY_EMAILS
    if not recipients:
        return
    # The committee's staff read Vietnamese, whatever the reader's language.
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New question from the website: %(subject)s") % {"subject": question.subject}
        body = render_to_string("feedback/notification.txt", {"question": question})
    try:
        send_mail(subject.replace("\n", " ")[:200], body, None, recipients)
    except OSError:
        logger.exception("Could not send the feedback notification for question %s", question.pk)


def serve_feedback_page(page, request):
    response = feedback_response(page, request)
    add_never_cache_headers(response)  # it carries a CSRF token and the reader's own errors
    return response


def feedback_response(page, request):
    language = page.locale.language_code
    status = 200
    if request.method == "POST":
        form = QuestionForm(request.POST)
        if too_many(request):
            form.add_error(None, _("You have sent several questions in a short time. Please try again later."))
            status = 429
        elif form.is_valid():
            if not form.is_spam:
                question = form.save(commit=False)
                question.language = language
                question.save()
                notify(question)
            return HttpResponseRedirect(page.url + "?sent=1")
        else:
            status = 400
    else:
        form = QuestionForm()
    answered = paginate(Question.objects.published_in(language), request.GET.get("page"), QUESTIONS_PER_PAGE)
    context = page.get_context(request)
    context.update({"form": form, "sent": request.GET.get("sent") == "1", "answered": answered})
    return TemplateResponse(request, page.get_template(request), context, status=status)
