# Two commands do everything on a fresh clone: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# pytest creates test_<name>; give parallel checkouts their own name.
PG_DATABASE ?= govsite
MANAGE := $(PY) manage.py

.PHONY: run dev setup test test-postgres lint messages upstream-messages check-messages clean serve-prod benchmark

$(VENV)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

## Install, migrate, compile messages, collect static, load the demo, create the admin, and serve the
## site as readers get it: production settings (DEBUG off, whitenoise, the real 404/500 pages) under
## gunicorn, on SQLite, with a local secret key (govsite/settings/local.py).
# One worker: without Redis each process has its own cache, and a purge would reach only one of them.
run: setup
	@echo "Serving on http://127.0.0.1:$(PORT)/ (Khmer: /km/, admin: /admin/); 'make dev' for the debug server"
	DJANGO_SETTINGS_MODULE=govsite.settings.local PORT=$(PORT) BIND=127.0.0.1:$(PORT) \
		WEB_CONCURRENCY=$${WEB_CONCURRENCY:-1} GUNICORN_THREADS=$${GUNICORN_THREADS:-4} \
		$(VENV)/bin/gunicorn --config gunicorn.conf.py

## The same set-up, then Django's development server (DEBUG on: tracebacks, templates reloaded).
dev: setup
	@echo "Debug server on http://127.0.0.1:$(PORT)/ (Khmer: /km/, admin: /admin/)"
	PORT=$(PORT) $(MANAGE) runserver 127.0.0.1:$(PORT)

setup: $(VENV)/.runtime
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0
	$(MANAGE) migrate --noinput --verbosity 0
	$(MANAGE) collectstatic --noinput --verbosity 0
	PORT=$(PORT) $(MANAGE) load_demo
	$(MANAGE) create_admin

# axe-core (accessibility checks in the browser tests), pinned in package-lock.json.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

# Browser tests run in their own pytest process: after a live_server test, the serialized-rollback
# tests that follow cannot restore the test database (Locale.DoesNotExist at set-up).
PYTEST := $(PY) -m pytest --ignore=tests/browser && $(PY) -m pytest tests/browser

## Install the test tools and run every test (SQLite).
test: $(VENV)/.dev node_modules/.package-lock.json
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0
	$(PYTEST)

## The same suite against the PostgreSQL on 127.0.0.1:5432.
test-postgres: $(VENV)/.dev node_modules/.package-lock.json
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0
	export DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(PG_DATABASE) && $(PYTEST)

## Production settings under gunicorn against the local PostgreSQL and Redis (reads .env if present).
serve-prod: $(VENV)/.runtime
	PORT=$(PORT) bin/serve-prod

## Load test of the production server (PostgreSQL + Redis + gunicorn + wrk); writes benchmarks/RESULTS.md.
PAGES ?= 0 2000 20000
benchmark: $(VENV)/.runtime
	$(PY) benchmarks/run.py --pages $(PAGES)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .

## Refresh both catalogues after adding strings (then translate the new entries).
messages: $(VENV)/.runtime
	$(MANAGE) makemessages -l vi -l km --no-obsolete --ignore=.venv --ignore=node_modules --ignore=staticfiles --ignore=media --ignore=tests --ignore=editorial/templates/wagtailadmin/*

## After moving a pin: add the packages' new msgids to locale_upstream/ (then translate them; the catalogue test fails until then).
upstream-messages: $(VENV)/.runtime
	$(PY) locale_upstream/refresh.py

clean:
	rm -rf $(VENV) staticfiles media db.sqlite3 .local-secret-key
