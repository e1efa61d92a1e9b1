"""The apps' layers: `core` is the ground floor and imports no content app above it; `pagecache` is
the mechanism under both and imports no project app at all. Knowledge of what shows what lives in
the app owning the model (its page hook or its AppConfig.ready())."""

import ast
from pathlib import Path

from django.conf import settings

PROJECT = Path(settings.BASE_DIR)
PROJECT_APPS = {path.parent.name for path in PROJECT.glob("*/apps.py")}


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def project_imports(app):
    """(file, imported project app) of every import in `app`, at module level or inside functions."""
    found = []
    for path in sorted((PROJECT / app).rglob("*.py")):
        for module in imported_modules(path):
            top = module.split(".")[0]
            if top in PROJECT_APPS and top != app:
                found.append((str(path.relative_to(PROJECT)), module))
    return found


def test_the_project_apps_are_found():
    assert {"core", "pagecache", "news", "programs", "documents", "topics", "notices"} <= PROJECT_APPS


def test_core_imports_no_app_above_it():
    assert [(path, module) for path, module in project_imports("core") if not module.startswith("pagecache")] == []


def test_pagecache_imports_no_project_app():
    assert project_imports("pagecache") == []
