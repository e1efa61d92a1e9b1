"""The benchmark runs the production settings unchanged (kept as a module so run.py can name it)."""

from govsite.settings.production import *  # noqa: F403
