from babel.numbers import format_decimal
from django import template
from django.utils.translation import get_language

from core.text import localize_digits
from visitors.counter import visitor_stats as compute_visitor_stats

register = template.Library()


@register.simple_tag
def visitor_stats():
    return compute_visitor_stats()


@register.filter
def count(value):
    """1.183.472 on Vietnamese pages, ១,១៨៣,៤៧២ on Khmer pages."""
    language = (get_language() or "vi").split("-")[0]
    language = language if language in ("vi", "km") else "vi"
    return localize_digits(format_decimal(value, locale=language), language)
