# The two commands a new user needs: `make run` and `make test` (see README).
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test services stop-services install setup check-deploy clean css messages bench loadtest

## Install the project into .venv (again only when pyproject.toml or constraints.txt change).
install: $(STAMP)
$(STAMP): pyproject.toml constraints.txt
	scripts/install-pdf-tools.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	@touch $@

## Migrate, create locales, home pages, seed content and an admin account (idempotent).
setup: $(STAMP)
	@mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py setup_site
	$(PY) manage.py load_seed_content

## Serve the site with demo content on http://127.0.0.1:8000 (SQLite + database search unless configured).
run: setup
	@# Addresses in API answers and webhooks (html_url, detail_url) start
	@# with WAGTAILADMIN_BASE_URL, by default where runserver listens.
	@# The worker (search outbox, scheduled publishing, webhooks) runs in the
	@# background and stops with runserver. With an engine configured, the index
	@# is built first if it is missing.
	@if [ "$${SEARCH_ENGINE:-database}" != database ]; then \
		$(PY) manage.py rebuild_search_index --if-missing --no-progress || exit 1; \
	fi; \
	export WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}"; \
	$(PY) manage.py run_worker & worker=$$!; \
	trap 'kill -TERM $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

## The whole test suite against real PostgreSQL and OpenSearch servers.
test: $(STAMP)
	scripts/run-tests.sh

## Measure search, API, pages and indexing against the baselines (docs/benchmarks.md); PAGES=30000 for full scale.
bench: $(STAMP)
	PAGES="$(PAGES)" SEED="$(SEED)" scripts/bench.sh

## 16 clients for 5 minutes (70 % pages, 20 % API, 10 % search) against gunicorn while an editor publishes (docs/operations.md).
loadtest: $(STAMP)
	scripts/loadtest.sh

## Build the stylesheet frontend_templates/static/css/site.css from frontend_templates/static_src/css/.
css:
	python3 scripts/build_css.py

## Compile the UI translations (locale/*/LC_MESSAGES/django.po → .mo; needs gettext).
messages: $(STAMP)
	$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules

## PostgreSQL (127.0.0.1:5433), OpenSearch (127.0.0.1:9200) and Redis (127.0.0.1:6379) for development.
services:
	scripts/services/postgres.sh start
	scripts/services/opensearch.sh start
	scripts/services/redis.sh start

stop-services:
	-scripts/services/redis.sh stop
	-scripts/services/opensearch.sh stop
	-scripts/services/postgres.sh stop

clean:
	rm -rf $(VENV) var/static
