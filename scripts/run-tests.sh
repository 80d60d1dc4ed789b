#!/usr/bin/env bash
# `make test`: start PostgreSQL, OpenSearch and Redis, run pytest against them, and stop
# them again whatever the outcome. A service that does not come up fails the run
# (its script prints the log tail); tests never skip for a missing service.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/services/start-for-run.sh

# Chromium, its driver and axe-core for the browser tests (tests/browser/).
scripts/install-browser-tools.sh
# Pango and the DejaVu fonts for the report PDFs (publications/).
scripts/install-pdf-tools.sh

export DATABASE_URL="${TEST_DATABASE_URL:-postgres://intranet:intranet@127.0.0.1:${POSTGRES_PORT:-5433}/intranet}"
export SEARCH_ENGINE="${TEST_SEARCH_ENGINE:-opensearch}"
export SEARCH_URL="${TEST_SEARCH_URL:-http://127.0.0.1:${OPENSEARCH_PORT:-9200}}"
export REDIS_URL="${TEST_REDIS_URL:-redis://127.0.0.1:${REDIS_PORT:-6379}/0}"
.venv/bin/python -m pytest "$@"
