from django import template

from visitors.counter import visitor_stats as compute_visitor_stats

register = template.Library()


@register.simple_tag
def visitor_stats():
    return compute_visitor_stats()
