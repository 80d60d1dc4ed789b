#!/usr/bin/env bash
# `make test`: start PostgreSQL and OpenSearch, run pytest against them, and stop
# them again whatever the outcome. A service that does not come up fails the run
# (its script prints the log tail); tests never skip for a missing service.
set -euo pipefail
cd "$(dirname "$0")/.."

started=()
stop_services() {
    local status=$?
    for ((i=${#started[@]}-1; i>=0; i--)); do
        "scripts/services/${started[i]}.sh" stop || true
    done
    exit "$status"
}
trap stop_services EXIT INT TERM

for service in postgres opensearch; do
    # A service the developer started with `make services` is left running.
    if ! "scripts/services/${service}.sh" status >/dev/null 2>&1; then
        started+=("$service")
    fi
    "scripts/services/${service}.sh" start
done

# Chromium, its driver and axe-core for the browser tests (tests/browser/).
scripts/install-browser-tools.sh

export DATABASE_URL="${TEST_DATABASE_URL:-postgres://intranet:intranet@127.0.0.1:${POSTGRES_PORT:-5433}/intranet}"
export SEARCH_ENGINE="${TEST_SEARCH_ENGINE:-opensearch}"
export SEARCH_URL="${TEST_SEARCH_URL:-http://127.0.0.1:${OPENSEARCH_PORT:-9200}}"
.venv/bin/python -m pytest "$@"
