"""Redis behind a circuit breaker: an outage costs speed, not service.

django-redis with IGNORE_EXCEPTIONS turns a failed call into a miss, but every call still waits for
the socket and, with logging on, writes a traceback: a page makes dozens of cache calls, so an
outage made the site crawl and flooded the log. With `BreakerClient` (OPTIONS["CLIENT_CLASS"]) the
first failed call opens the breaker for CACHE_BREAKER_SECONDS: every call of this process to that
server is then an immediate miss (a read returns nothing, a write does nothing) without touching
the network. When the interval is over, one call (the trial) sends a PING; the others keep
missing meanwhile. If Redis answers, `redis_recovered` is sent *before* anyone else may read (its
receivers, e.g. pagecache.pending, can repair what the outage left stale), then the breaker closes;
if not, it opens for another interval. One warning per interval, one line, no traceback.

While the breaker is open, reads and writes go to a small memory of the process's own
(`LocalFallback`) whose entries live at most CACHE_FALLBACK_SECONDS: footer, menu, fragments and
renditions are then computed once per process and interval instead of on every request, so an
outage serves pages at about the rate of the page cache being off. Whole pages are never kept there
(pagecache.keys.store_page): a page withdrawn during an outage is gone from every process at once.
Another process may show a footer, menu or fragment up to CACHE_FALLBACK_SECONDS old meanwhile; the
memory is emptied when Redis answers again.

There is one breaker per Redis server and process, shared by its threads and by the cache aliases
on that server (default and renditions).
"""

import functools
import logging
import threading
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.dispatch import Signal
from django_redis.cache import RedisCache
from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger("govsite.cache")

# Sent by the trial call when Redis answers again, before the breaker lets other calls through.
redis_recovered = Signal()

_calls = threading.local()


def missed_calls():
    """How many cache calls of this thread were skipped or failed so far."""
    return getattr(_calls, "missed", 0)


def _count_miss():
    _calls.missed = missed_calls() + 1


def reaches_redis(write):
    """Run `write` (cache calls); False if any of them was skipped or failed."""
    before = missed_calls()
    write()
    return missed_calls() == before


def _key_as_made(key, key_prefix, version):
    return key


class Breaker:
    def __init__(self, name):
        self.name = name
        self._lock = threading.Lock()
        self._open_until = None  # monotonic time; None: closed
        self._trial_thread = None
        # What the clients of this server keep meanwhile (one memory per process: LocMemCache
        # instances of the same name share it, whichever thread made them).
        self.fallback_memory = LocMemCache(
            f"redis-fallback-{name}-{id(self)}",
            {"OPTIONS": {"MAX_ENTRIES": settings.CACHE_FALLBACK_MAX_ENTRIES}, "KEY_FUNCTION": _key_as_made},
        )

    @property
    def is_open(self):
        """Calls are being skipped now (the trial, when one runs, is not "now" for the others)."""
        open_until = self._open_until
        return open_until is not None and (self._trial_thread is not None or time.monotonic() < open_until)

    def admit(self, client):
        if self._open_until is None:
            return True
        me = threading.get_ident()
        with self._lock:
            if self._open_until is None or self._trial_thread == me:
                return True
            if self._trial_thread is not None or time.monotonic() < self._open_until:
                return False
            self._trial_thread = me
        return self._try_again(client)

    def _try_again(self, client):
        try:
            client.get_client().ping()
        except Exception as error:  # whatever it is, Redis is not back; never leave the trial running
            self.record_failure(error)
            return False
        for receiver, error in redis_recovered.send_robust(sender=Breaker):
            if error is not None:
                logger.warning("After Redis came back, %s failed: %r", receiver.__qualname__, error)
        self.fallback_memory.clear()
        return self._close()

    def _close(self):
        """False if a call of the recovery failed meanwhile (the breaker is open again)."""
        with self._lock:
            if self._trial_thread != threading.get_ident():
                return False
            self._open_until = self._trial_thread = None
        logger.warning("Redis %s answers again: cache back in use", self.name)
        return True

    def record_failure(self, error):
        seconds = settings.CACHE_BREAKER_SECONDS
        with self._lock:
            newly_open = self._open_until is None or self._trial_thread is not None
            self._open_until = time.monotonic() + seconds
            self._trial_thread = None
        if newly_open:
            logger.warning("Redis %s does not answer (%s): cache skipped for %s s", self.name, error, seconds)


_breakers = {}
_breakers_lock = threading.Lock()


def redacted(location):
    """host:port/db, without a password."""
    parts = urlsplit(location)
    return f"{parts.hostname}:{parts.port or 6379}{parts.path}" if parts.hostname else location


def breaker_for(servers):
    location = ",".join(servers)
    with _breakers_lock:
        if location not in _breakers:
            _breakers[location] = Breaker(redacted(location))
        return _breakers[location]


def breaker_of(alias=DEFAULT_CACHE_ALIAS):
    """The breaker of a Redis cache, None for any other backend (local memory)."""
    backend = caches[alias]
    client = backend.client if isinstance(backend, RedisCache) else None
    return getattr(client, "breaker", None)


def is_skipped(alias=DEFAULT_CACHE_ALIAS):
    """Calls to this cache are being skipped now (its Redis did not answer a moment ago)."""
    breaker = breaker_of(alias)
    return breaker is not None and breaker.is_open


class LocalFallback:
    """The cache calls of one client while its Redis is away, in this process's memory, briefly.

    Keys are made by the Redis client (prefix and version included), so the cache aliases on one
    server share its breaker's memory without mixing; every entry expires within
    CACHE_FALLBACK_SECONDS whatever timeout was asked.
    """

    # Not incr: counters mean something only when shared by every process. A cache of counters (the
    # rate limits') is configured without a fallback (OPTIONS["LOCAL_FALLBACK"] = False).
    COMMANDS = {"get", "set", "add", "delete", "get_many", "set_many", "delete_many", "has_key"}

    def __init__(self, client, memory):
        self._client = client
        self._memory = memory

    def answer(self, command, *args, **kwargs):
        kwargs.pop("client", None)
        return getattr(self, command)(*args, **kwargs)

    def _key(self, key, version):
        return str(self._client.make_key(key, version=version))

    def _lifetime(self, timeout):
        if timeout is DEFAULT_TIMEOUT or timeout is None:
            return settings.CACHE_FALLBACK_SECONDS
        return min(timeout, settings.CACHE_FALLBACK_SECONDS)

    def get(self, key, default=None, version=None):
        return self._memory.get(self._key(key, version), default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None, nx=False, xx=False):
        if nx or xx:
            exists = self.has_key(key, version=version)
            if exists == nx:
                return False
        self._memory.set(self._key(key, version), value, self._lifetime(timeout))
        return True

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._memory.add(self._key(key, version), value, self._lifetime(timeout))

    def delete(self, key, version=None, prefix=None):
        return self._memory.delete(self._key(key, version))

    def has_key(self, key, version=None):
        return self._memory.has_key(self._key(key, version))

    def get_many(self, keys, version=None):
        missing = object()
        found = {key: self.get(key, missing, version=version) for key in keys}
        return {key: value for key, value in found.items() if value is not missing}

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        for key, value in data.items():
            self.set(key, value, timeout, version=version)
        return []

    def delete_many(self, keys, version=None):
        return sum(bool(self.delete(key, version=version)) for key in keys)


def guarded(command):
    name = command.__name__

    def missed(client, args, kwargs):
        _count_miss()
        if client.fallback is not None and name in LocalFallback.COMMANDS:
            return client.fallback.answer(name, *args, **kwargs)
        raise ConnectionInterrupted(connection=None)

    @functools.wraps(command)
    def call(self, *args, **kwargs):  # not `client`: the commands take a `client` keyword
        if not self.breaker.admit(self):
            return missed(self, args, kwargs)
        try:
            return command(self, *args, **kwargs)
        except ConnectionInterrupted as interrupted:
            self.breaker.record_failure(interrupted.__cause__ or interrupted)
            return missed(self, args, kwargs)

    return call


# What RedisCache asks of its client, except the calls that never touch the network.
LOCAL_CALLS = {"close", "make_key", "make_pattern"}
COMMANDS = sorted(
    name
    for name in dir(RedisCache)
    if not name.startswith("_") and name not in LOCAL_CALLS and callable(getattr(DefaultClient, name, None))
)


def each_command_guarded(client_class):
    for name in COMMANDS:
        setattr(client_class, name, guarded(getattr(DefaultClient, name)))
    return client_class


@each_command_guarded
class BreakerClient(DefaultClient):
    """django-redis' client, each command behind the breaker of its server."""

    def __init__(self, server, params, backend):
        super().__init__(server, params, backend)
        self.breaker = breaker_for(self._server)
        wanted = params.get("OPTIONS", {}).get("LOCAL_FALLBACK", True)
        self.fallback = LocalFallback(self, self.breaker.fallback_memory) if wanted else None
