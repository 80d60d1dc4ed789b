#!/bin/sh
# Web container start: apply migrations, make sure locales and the home pages
# exist, then serve with gunicorn. Static files are served by whitenoise.
set -e
python manage.py migrate --noinput
python manage.py setup_site --no-admin
exec gunicorn cms.wsgi:application \
    --bind "0.0.0.0:${PORT:-8000}" \
    --workers "${GUNICORN_WORKERS:-3}" \
    --timeout "${GUNICORN_TIMEOUT:-30}" \
    --access-logfile -
