"""Production's Redis caches, as a function: tests configure the very same caches against a Redis
server of their own (tests/security)."""


def redis_cache(url, key_prefix):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": key_prefix,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }


def redis_caches(url):
    """The default cache (pages, footer, menu, rate limits) and the renditions cache, both in Redis at `url`."""
    return {"default": redis_cache(url, "govsite"), "renditions": redis_cache(url, "govsite-renditions")}
