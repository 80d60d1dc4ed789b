#!/usr/bin/env bash
# scripts/ops/restore.sh DATABASE_DUMP MEDIA_TARBALL — restore a backup made by
# scripts/ops/backup.sh into the database of DATABASE_URL (an empty database,
# or one whose objects are replaced) and MEDIA_ROOT, then rebuild the search
# index from the restored database. The site's settings (DJANGO_SETTINGS_MODULE,
# SEARCH_*, ...) come from the environment, as for the site itself.
# See docs/operations.md, "Backup and restore".
set -euo pipefail
dump="${1:?usage: restore.sh DATABASE_DUMP MEDIA_TARBALL}"
media="${2:?usage: restore.sh DATABASE_DUMP MEDIA_TARBALL}"
: "${DATABASE_URL:?set DATABASE_URL}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
MEDIA_ROOT="${MEDIA_ROOT:-$repo/var/media}"
PYTHON="${PYTHON:-$repo/.venv/bin/python}"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
PG_RESTORE="${PG_RESTORE:-${pg_bin:+$pg_bin/}pg_restore}"
"$PG_RESTORE" --clean --if-exists --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" "$dump"
mkdir -p "$MEDIA_ROOT"
tar -C "$MEDIA_ROOT" -xzf "$media"
# Migrations newer than the backup, then the index from the restored pages.
(cd "$repo" && "$PYTHON" manage.py migrate --noinput && "$PYTHON" manage.py rebuild_search_index --no-progress)
echo "restore: database, media and search index restored"
