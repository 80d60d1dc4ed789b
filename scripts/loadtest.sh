#!/usr/bin/env bash
# `make loadtest`: the site under a realistic load, with figures (docs/operations.md).
#
# Starts PostgreSQL, OpenSearch and Redis (scripts/services/; the ones it started
# are stopped again at the end), installs wrk from Debian if missing, sets up the
# dedicated database `intranet_loadtest` as `make run` would (migrate, setup_site,
# seed content) and its search index, then serves it with gunicorn and the
# deployment's settings (cms.settings.production, cms/gunicorn.py, Redis cache)
# on 127.0.0.1 with the background worker beside it, and runs scripts/loadtest.py:
# 70 % pages, 20 % API, 10 % searches at LOADTEST_CLIENTS clients for
# LOADTEST_SECONDS while an editor publishes every LOADTEST_PUBLISH_EVERY seconds.
#
# Env: LOADTEST_SECONDS (300)  LOADTEST_CLIENTS (16)  LOADTEST_PUBLISH_EVERY (10)
#      GUNICORN_WORKERS (3)  LOADTEST_PORT (a free port)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

source scripts/services/start-for-run.sh

scripts/install-wrk.sh

export DJANGO_SETTINGS_MODULE=cms.settings.production
export SECRET_KEY="${LOADTEST_SECRET_KEY:-loadtest-only-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
export ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=false
export DATABASE_URL="postgres://intranet:intranet@127.0.0.1:${POSTGRES_PORT:-5433}/intranet_loadtest"
export SEARCH_ENGINE=opensearch
export SEARCH_URL="http://127.0.0.1:${OPENSEARCH_PORT:-9200}"
export SEARCH_INDEX_PREFIX=intranet_loadtest_
export REDIS_URL="redis://127.0.0.1:${REDIS_PORT:-6379}/0"
export CACHE_KEY_PREFIX=intranet_loadtest
export STATIC_ROOT="$PWD/var/loadtest/static"
export MEDIA_ROOT="$PWD/var/loadtest/media"
export LOG_LEVEL=WARNING
# All load comes from one address: the anonymous API limit (120/min) would answer
# 429s within a second. The throttle still runs (and counts, on Redis).
export API_THROTTLE_ANON_RATE=100000000/min
export GUNICORN_WORKERS="${GUNICORN_WORKERS:-3}"
port="${LOADTEST_PORT:-$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
export LOADTEST_URL="http://127.0.0.1:$port"
mkdir -p var/loadtest

"$PY" - <<'PYTHON'
import os
import dj_database_url
import psycopg
from psycopg import sql

config = dj_database_url.parse(os.environ["DATABASE_URL"])
with psycopg.connect(host=config["HOST"], port=config["PORT"] or 5432, user=config["USER"],
                     password=config["PASSWORD"], dbname="postgres", autocommit=True) as connection:
    if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]).fetchone():
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
        print(f"loadtest: created database {config['NAME']}")
PYTHON
"$PY" manage.py migrate --noinput >/dev/null
"$PY" manage.py setup_site --no-admin >/dev/null
"$PY" manage.py load_seed_content >/dev/null
"$PY" manage.py collectstatic --noinput -v 0
"$PY" manage.py rebuild_search_index --no-progress

"$PY" -m gunicorn cms.wsgi:application --config python:cms.gunicorn --bind "127.0.0.1:$port" \
    --workers "$GUNICORN_WORKERS" --timeout 30 >var/loadtest/gunicorn.log 2>&1 &
gunicorn_pid=$!
"$PY" manage.py run_worker >var/loadtest/worker.log 2>&1 &
worker_pid=$!
stop_site() { kill -TERM "$worker_pid" "$gunicorn_pid" 2>/dev/null || true; wait "$worker_pid" "$gunicorn_pid" 2>/dev/null || true; }
trap 'status=$?; stop_site; (exit $status); stop_started_services' EXIT INT TERM

for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "$LOADTEST_URL/en/" 2>/dev/null && break
    kill -0 "$gunicorn_pid" 2>/dev/null || { tail -n 30 var/loadtest/gunicorn.log >&2; echo "loadtest: gunicorn exited" >&2; exit 1; }
    sleep 0.5
done
echo "loadtest: site on $LOADTEST_URL ($GUNICORN_WORKERS gunicorn workers), worker running"
"$PY" scripts/loadtest.py
