"""Which Wagtail Site a request is for, remembered by each process for a short while.

Wagtail's `Site.find_for_request` asks the database on every request (a query with a CASE
annotation and the root page joined) and keeps the answer only on that request. Sites change
almost never, so each process keeps the answer per host name and port for `SITE_LOOKUP_SECONDS`;
saving or deleting a Site clears it at once in the process that did it, and other processes follow
within those seconds.
"""

import pickle
import threading
import time

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http.request import split_domain_port
from wagtail.models import Site

MAX_HOSTS = 100  # a bound on what unexpected Host headers can make a process remember

_sites = {}
_lock = threading.Lock()


def site_for(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    key = (hostname, request.get_port())
    now = time.monotonic()
    found = _sites.get(key)
    if found is None or found[0] <= now:
        found = (now + settings.SITE_LOOKUP_SECONDS, pickle.dumps(Site._find_for_request(request)))
        with _lock:
            if len(_sites) >= MAX_HOSTS:
                _sites.clear()
            _sites[key] = found
    # A fresh object per request: what a request caches on its Site and root page (the root
    # page's specific version, say) must not outlive it or reach another thread.
    return pickle.loads(found[1])  # noqa: S301 - bytes this process pickled itself


def forget_sites():
    with _lock:
        _sites.clear()


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def site_changed(**kwargs):
    forget_sites()


class CachedSiteMiddleware:
    """Sets the request's Site where Wagtail looks for it first (`request._wagtail_site`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SITE_LOOKUP_SECONDS:
            request._wagtail_site = site_for(request)
        return self.get_response(request)
