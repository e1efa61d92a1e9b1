"""Production settings plus a stand-in search page (this branch has no public search view of its own)."""

from govsite.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
