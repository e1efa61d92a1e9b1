"""Production's Redis caches, as a function: tests configure the very same caches against a Redis
server of their own (tests/security)."""

# Redis runs next to the site: a healthy one connects in well under a millisecond and answers a
# page in a few. Waiting longer only delays the moment the breaker (pagecache.breaker) opens.
CONNECT_TIMEOUT_SECONDS = 0.1
READ_TIMEOUT_SECONDS = 0.25


def redis_cache(url, key_prefix, local_fallback=True):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": key_prefix,
        "OPTIONS": {
            "CLIENT_CLASS": "pagecache.breaker.BreakerClient",
            # A call the breaker skips, or that fails, is a miss, never an error page.
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": CONNECT_TIMEOUT_SECONDS,
            "SOCKET_TIMEOUT": READ_TIMEOUT_SECONDS,
            # While Redis is away, keep footer, menu, fragments in the process's memory briefly.
            "LOCAL_FALLBACK": local_fallback,
        },
    }


def redis_caches(url):
    """Default cache (pages, footer, menu), renditions and the rate limits' counters, in Redis at `url`."""
    return {
        "default": redis_cache(url, "govsite"),
        "renditions": redis_cache(url, "govsite-renditions"),
        "ratelimit": redis_cache(url, "govsite-ratelimit", local_fallback=False),
    }
