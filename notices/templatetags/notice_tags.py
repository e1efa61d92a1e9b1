from django import template
from django.utils import timezone
from django.utils.translation import get_language

from notices.cache import notices_not_over

register = template.Library()


@register.simple_tag
def active_notices():
    now = timezone.now()
    return [notice for notice in notices_not_over((get_language() or "vi").split("-")[0]) if notice.is_showing(now)]
