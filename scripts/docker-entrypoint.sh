#!/bin/sh
# Web container start: apply migrations, make sure locales and the home pages
# exist, then serve with gunicorn. Static files are served by whitenoise. The
# access log is the site's own (cms/proxies.py): it names the client, not the proxy.
set -e
python manage.py migrate --noinput
python manage.py setup_site --no-admin
# First start: fill the search index (the worker keeps it fresh from then on).
python manage.py rebuild_search_index --if-missing --no-progress \
    || echo "warning: the search index could not be built; run rebuild_search_index" >&2
exec gunicorn cms.wsgi:application --config python:cms.gunicorn \
    --bind "0.0.0.0:${PORT:-8000}" \
    --workers "${GUNICORN_WORKERS:-3}" \
    --timeout "${GUNICORN_TIMEOUT:-30}"
