import math

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from notices.cache import notices_not_over
from pagecache.middleware import expires_within

register = template.Library()


@register.simple_tag(takes_context=True)
def active_notices(context):
    now = timezone.now()
    request = context.get("request")
    notices = notices_not_over((get_language() or "vi").split("-")[0], request)
    # A stored page must not outlive the banner it shows: the next start or end limits its lifetime.
    changes = [moment for notice in notices for moment in (notice.starts_at, notice.ends_at) if moment and moment > now]
    if changes and request is not None:
        expires_within(request, math.ceil((min(changes) - now).total_seconds()))
    return [notice for notice in notices if notice.is_showing(now)]
