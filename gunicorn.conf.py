"""gunicorn settings for production (`make serve-prod`, the benchmark). Every value can be overridden
from the environment: WEB_CONCURRENCY, GUNICORN_THREADS, GUNICORN_TIMEOUT, BIND."""

import multiprocessing
import os

wsgi_app = "govsite.wsgi:application"
bind = os.environ.get("BIND", "127.0.0.1:8000")

# Threads let one worker keep HTTP keep-alive connections and overlap database and Redis waits;
# two workers per core keep the CPU busy while a worker waits. Rendering a page is mostly Python
# (one thread at a time per process): with 4 threads per worker uncached pages were served about
# 20 % slower on the benchmark machine than with 2, so 2 it is.
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2))
threads = int(os.environ.get("GUNICORN_THREADS", 2))

# A request that takes longer than this is a bug or an attack: the worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5

# Recycle workers now and then so a slow leak cannot grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 5000))
max_requests_jitter = 500

# Load the application before forking: faster start, shared memory.
preload_app = True

# Limits on what a client may send (the same spirit as DATA_UPLOAD_MAX_MEMORY_SIZE).
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# Behind a reverse proxy on the same machine, trust its X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# No runtime control socket: several instances (the benchmark runs two) would share its path.
control_socket_disable = True
