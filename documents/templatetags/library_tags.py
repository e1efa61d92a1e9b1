from django import template
from django.utils.translation import get_language

from core import privacy
from documents.models import DocumentPage

register = template.Library()


@register.simple_tag
def library_entry(document):
    """The library page describing a Wagtail document, in the reader's language, if there is one."""
    if document is None:
        return None
    pages = DocumentPage.objects.live().filter(file=document, alias_of__isnull=True)
    pages = privacy.public(pages).select_related("locale")
    by_language = {page.locale.language_code: page for page in pages}
    return by_language.get(get_language())
