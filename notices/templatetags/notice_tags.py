from django import template
from django.utils.translation import get_language

from notices.models import Notice

register = template.Library()


@register.simple_tag
def active_notices():
    return list(Notice.objects.active((get_language() or "vi").split("-")[0]))
