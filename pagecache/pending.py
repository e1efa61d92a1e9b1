"""Purges that could not reach Redis, kept in the database until they are applied.

Why: a stored page is served while its tokens in Redis are current (pagecache.keys), and so are
the footer, menu, notices and page metadata kept under them. A purge made while Redis does not answer changes
nothing there, and when Redis comes back with its data (it was saved to disk, or only some workers
lost it), the withdrawn or changed page would be served again.

So a purge whose writes did not all reach Redis (`breaker.reaches_redis`) is stored as a
PendingPurge row, in the editor's transaction (it exists exactly when the change does). Every
process applies all pending rows, then deletes them:

- when its own breaker closes (`breaker.redis_recovered`): before any other call of that process
  reaches Redis again, so a process that saw the outage serves nothing of before it;
- at its first request: a worker started during or after the outage knows nothing of it;
- otherwise at the first request after CHECK_SECONDS: a process that saw no outage (no request
  during it, or only the editor's worker lost Redis) still trusts the tokens there. Checking the
  table costs one query per second per process; it bounds how long such a process may serve a
  withdrawn page to one second after the purge was recorded. A check on every request would
  close even that gap, at the price of a query on every cached page.

Several processes may apply the same row: purging twice is harmless. While the breaker is open
nothing is checked: reads are misses anyway. With the local-memory cache (development, tests) a
purge cannot fail and nothing is shared: none of this runs. If the database does not answer, the
check is skipped (logged) and the cache is used as it is: without it the site could not serve at all.
"""

import logging
import threading
import time

from django.core.cache import cache
from django.db import DatabaseError, transaction

from pagecache import breaker, keys
from pagecache.models import PendingPurge

logger = logging.getLogger("govsite.cache")

CHECK_SECONDS = 1
_lock = threading.RLock()  # re-entered when the recovery runs inside a check of this thread
_next_check = 0.0  # monotonic time; 0: at this process's first request


def forget_paths(paths):
    _durably(lambda: keys.forget_paths(paths), paths=sorted(paths))


def forget_site():
    _durably(keys.forget_site, site=True)


def _durably(write, **purge):
    global _next_check
    if not breaker.reaches_redis(write):
        PendingPurge.objects.create(**purge)
        _next_check = 0.0


def apply_if_due():
    """Called before each request reads the cache."""
    if time.monotonic() < _next_check:
        return
    redis = breaker.breaker_of()
    if redis is None or redis.is_open:
        return
    with _lock:
        if time.monotonic() >= _next_check:
            apply_pending()


def apply_pending(**signal_arguments):
    global _next_check
    with _lock:
        _next_check = time.monotonic() + CHECK_SECONDS
        try:
            with transaction.atomic():  # a savepoint when called inside an editor's transaction
                purges = list(PendingPurge.objects.order_by("pk"))
                if purges and breaker.reaches_redis(lambda: apply_purges(purges)):
                    PendingPurge.objects.filter(pk__in=[purge.pk for purge in purges]).delete()
        except DatabaseError as error:
            logger.warning("Pending purges could not be checked: %s", error)


def apply_purges(purges):
    cache_keys = sorted({key for purge in purges for key in purge.cache_keys})  # rows of older versions
    if any(purge.site for purge in purges):
        keys.forget_site()  # every path with it
    else:
        keys.forget_paths({path for purge in purges for path in purge.paths})
    if cache_keys:
        cache.delete_many(cache_keys)
