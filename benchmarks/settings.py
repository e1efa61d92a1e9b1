"""The benchmark runs the production settings unchanged (kept as a module so run.py can name it),
except the Wagtail overrides named in BENCH_WAGTAIL_OVERRIDES_OFF (core.wagtail_overrides), which
run.py turns off one at a time to measure what each saves."""

import os

from govsite.settings.production import *  # noqa: F403

for _name in filter(None, os.environ.get("BENCH_WAGTAIL_OVERRIDES_OFF", "").split(",")):
    globals()[_name] = 0 if _name == "SITE_LOOKUP_SECONDS" else False

# The admin's publish is timed over plain HTTP on loopback: its cookies must come back.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
