#!/usr/bin/env bash
# scripts/ops/backup.sh DEST_DIR — a backup of the site: the PostgreSQL database
# (pg_dump, custom format) and the media files (uploaded images and documents).
# The search index and the caches are not backed up: they are rebuilt from the
# database (scripts/ops/restore.sh). See docs/operations.md, "Backup and restore".
#
# Env: DATABASE_URL (postgres://user:password@host:port/name)   MEDIA_ROOT (var/media)
set -euo pipefail
dest="${1:?usage: backup.sh DEST_DIR}"
: "${DATABASE_URL:?set DATABASE_URL}"
MEDIA_ROOT="${MEDIA_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)/var/media}"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
PG_DUMP="${PG_DUMP:-${pg_bin:+$pg_bin/}pg_dump}"
mkdir -p "$dest"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
"$PG_DUMP" --format=custom --no-owner --no-privileges --file="$dest/database-$stamp.dump" "$DATABASE_URL"
if [ -d "$MEDIA_ROOT" ]; then
    tar -C "$MEDIA_ROOT" -czf "$dest/media-$stamp.tar.gz" .
else
    tar -czf "$dest/media-$stamp.tar.gz" --files-from /dev/null
fi
echo "backup: $dest/database-$stamp.dump $dest/media-$stamp.tar.gz"
