"""Parts of a page kept in the cache apart from the whole page.

    {% page_fragment as fragment %}
    {% wagtailpagecache fragment.timeout "news-article" fragment.version %}…{% endwagtailpagecache %}

Wagtail's `{% wagtailpagecache %}` keys a fragment by the page's id, URL and last publication
(`Page.cache_key`) and skips it in previews; `fragment.version` (keys.content_version) adds the
reader's language and the page cache's tokens for this URL, so whatever purges the page (a related
page published, a snippet edited, a move: pagecache.purge) drops its fragments as well. When the
stored page is gone, it is rebuilt from its fragments without their queries.
"""

from dataclasses import dataclass

from django import template
from django.conf import settings

from pagecache import keys

register = template.Library()


@dataclass(frozen=True)
class Fragment:
    timeout: int
    version: str | None


@register.simple_tag(takes_context=True)
def page_fragment(context):
    request = context.get("request")
    timeout = settings.PAGE_FRAGMENT_CACHE_TIMEOUT
    if not timeout:
        # Off: a key nothing was stored under (the cache tag would still serve what an earlier
        # configuration stored under the usual one).
        return Fragment(timeout=0, version=keys.new_token())
    return Fragment(timeout=timeout, version=keys.content_version(request) if request is not None else None)
