#!/usr/bin/env bash
# `make bench`: measure the platform against its baselines (docs/benchmarks.md).
#
# Starts PostgreSQL and OpenSearch (scripts/services/; the ones it started are
# stopped again at the end, also on failure), installs wrk from Debian if it is
# missing, creates the dedicated benchmark database `intranet_bench` on the
# PostgreSQL server (never the development SQLite file, never a test database),
# migrates it, generates the synthetic corpus or reuses it (same seed and
# scale), then runs `manage.py run_benchmarks`: the site under gunicorn, load
# from wrk, the baselines mounted by cms/settings/bench.py. Prints the tables
# and writes var/bench/results-<timestamp>.json.
#
# Env: PAGES (pages per language, default 5000)   SEED (42)   BENCH_SECONDS (10 per load cell)
#      BENCH_WORKERS (2 gunicorn workers)   BENCH_PORT (8765)   BENCH_DATABASE_URL   BENCH_SEARCH_INDEX_PREFIX
set -euo pipefail
cd "$(dirname "$0")/.."

PAGES="${PAGES:-5000}"
SEED="${SEED:-42}"
PY=.venv/bin/python

source scripts/services/start-for-run.sh

scripts/install-wrk.sh

export DJANGO_SETTINGS_MODULE=cms.settings.bench
export BENCH_DATABASE_URL="${BENCH_DATABASE_URL:-postgres://intranet:intranet@127.0.0.1:${POSTGRES_PORT:-5433}/intranet_bench}"
export SEARCH_ENGINE="${BENCH_SEARCH_ENGINE:-opensearch}"
export SEARCH_URL="${BENCH_SEARCH_URL:-http://127.0.0.1:${OPENSEARCH_PORT:-9200}}"

# The benchmark database, created once on the server (the app role may create databases).
"$PY" - <<'PYTHON'
import os
import dj_database_url
import psycopg
from psycopg import sql

config = dj_database_url.parse(os.environ["BENCH_DATABASE_URL"])
with psycopg.connect(host=config["HOST"], port=config["PORT"] or 5432, user=config["USER"],
                     password=config["PASSWORD"], dbname="postgres", autocommit=True) as connection:
    exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]).fetchone()
    if not exists:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
        print(f"bench: created database {config['NAME']}")
PYTHON

"$PY" manage.py migrate --noinput >/dev/null
# No static files are requested by the load; an empty STATIC_ROOT keeps whitenoise quiet.
mkdir -p var/static
"$PY" manage.py generate_corpus --pages "$PAGES" --seed "$SEED" --no-index
"$PY" manage.py run_benchmarks
