"""Django's RedisCache, with one redis-py client kept per connection pool.

Django's RedisCacheClient makes a new `redis.Redis` client for every cache call; making one took
about 140 µs with redis-py 8.1 here, a sixth of a public page answered from the cache (bench:
`CACHE_URL=redis://... bench/results_page.py --pages-only`, docs/performance.md). A client holds no
state of its own beyond its pool and is safe to share between threads, so one per pool is kept.
"""

from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
