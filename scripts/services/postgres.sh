#!/usr/bin/env bash
# scripts/services/postgres.sh — a throw-away PostgreSQL cluster for tests and local development.
#
# Why it looks like this:
#   * No Docker and no systemd here, so we run our own cluster with Debian's binaries
#     (/usr/lib/postgresql/<major>/bin; `install` apt-gets the `postgresql` package if missing).
#   * It is a private cluster (not Debian's "main" one) in the git-ignored var/postgres/, on
#     127.0.0.1:${POSTGRES_PORT:-5433} — not 5432, so it never clashes with a system cluster.
#     Its Unix socket lives in var/postgres/run, not /var/run/postgresql (absent without systemd).
#   * initdb/postgres refuse to run as root: when called as root everything server-side runs as
#     the `postgres` OS user (created by the Debian package), which owns var/postgres/.
#   * Local socket logins use peer auth (used here to create the app role); TCP logins need a
#     password (scram-sha-256). The app gets role `intranet` (LOGIN CREATEDB, so Django's test
#     runner can create test_* databases) and database `intranet` owned by it:
#       postgresql://intranet:intranet@127.0.0.1:5433/intranet
#   * Durability is traded for speed (fsync=off etc.): this data is disposable.
#   * `start` is idempotent and fails loudly (log tail + one ERROR line) if the server is not ready.
#
# Usage: scripts/services/postgres.sh install|start|stop|restart|status
# Env:   POSTGRES_PORT (5433)   POSTGRES_DB (intranet)   POSTGRES_USER (intranet)
#        POSTGRES_PASSWORD (intranet)   POSTGRES_VAR_DIR (<repo>/var/postgres)
#        POSTGRES_START_TIMEOUT (60 s)
set -euo pipefail
umask 022

POSTGRES_PORT="${POSTGRES_PORT:-5433}"
POSTGRES_DB="${POSTGRES_DB:-intranet}"
POSTGRES_USER="${POSTGRES_USER:-intranet}"
POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-intranet}"
POSTGRES_START_TIMEOUT="${POSTGRES_START_TIMEOUT:-60}"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd -P)"
cd /   # every path below is absolute; the postgres user may not be able to enter the caller's cwd

log() { echo "postgres: $*" >&2; }
die() { echo "postgres: ERROR: $*" >&2; exit 1; }

if [ "$(id -u)" = 0 ]; then RUN_USER=postgres; else RUN_USER="$(id -un)"; fi
as_run_user() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$RUN_USER" -- "$@"; else "$@"; fi
}

find_bindir() {  # newest installed major version
    PG_BINDIR=""
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
        [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && PG_BINDIR="$d"
    done
    [ -n "$PG_BINDIR" ]
}

source "$SCRIPT_DIR/var-dir.sh"

pick_var_dir() {
    VAR_DIR="${POSTGRES_VAR_DIR:-$(service_var_dir postgres postgres)}"
    PGDATA_DIR="$VAR_DIR/data"
    SOCKET_DIR="$VAR_DIR/run"
    # Unix socket paths are limited to ~107 bytes.
    if [ "${#SOCKET_DIR}" -gt 80 ]; then
        SOCKET_DIR="/tmp/intranet-pg-$(printf '%s' "$VAR_DIR" | md5sum | cut -c1-10)"
    fi
    LOG_FILE="$VAR_DIR/postgres.log"
}

cmd_install() {
    if find_bindir; then
        log "PostgreSQL binaries present: $PG_BINDIR"
        return 0
    fi
    [ "$(id -u)" = 0 ] || die "PostgreSQL is not installed and we are not root: apt-get install postgresql"
    log "installing PostgreSQL from Debian (apt-get install postgresql)"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } \
            >/tmp/intranet-postgres-apt.log 2>&1; then
        tail -n 20 /tmp/intranet-postgres-apt.log >&2
        die "apt-get install postgresql failed (log: /tmp/intranet-postgres-apt.log)"
    fi
    find_bindir || die "postgresql installed but no /usr/lib/postgresql/*/bin/initdb found"
    log "installed: $PG_BINDIR"
}

pg_ctl_() { as_run_user "$PG_BINDIR/pg_ctl" -D "$PGDATA_DIR" "$@"; }
is_running() { [ -f "$PGDATA_DIR/PG_VERSION" ] && pg_ctl_ status >/dev/null 2>&1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$POSTGRES_PORT") 2>/dev/null; }
ready() { "$PG_BINDIR/pg_isready" -q -h 127.0.0.1 -p "$POSTGRES_PORT" -t 2 >/dev/null 2>&1; }
# psql as the cluster superuser over our private socket (peer auth)
psql_super() {
    as_run_user "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$POSTGRES_PORT" \
        -U postgres -d postgres "$@"
}

print_log_tail() {
    if [ -s "$LOG_FILE" ]; then
        echo "----- last lines of $LOG_FILE -----" >&2
        tail -n 30 "$LOG_FILE" >&2
    fi
}
fail_start() { print_log_tail; die "$*"; }

init_cluster() {
    local major locale_opt
    major="$(basename "$(dirname "$PG_BINDIR")")"
    if [ -f "$PGDATA_DIR/PG_VERSION" ]; then
        [ "$(cat "$PGDATA_DIR/PG_VERSION")" = "$major" ] \
            || die "$PGDATA_DIR was made by PostgreSQL $(cat "$PGDATA_DIR/PG_VERSION"), binaries are $major: remove $VAR_DIR (throw-away data) and start again"
        return 0
    fi
    # A UTF-8 ctype so that upper()/lower()/ILIKE fold non-ASCII letters (ä, ø, ...).
    if locale -a 2>/dev/null | grep -qix 'c.utf-\?8'; then locale_opt="--locale=C.UTF-8"; else locale_opt="--no-locale"; fi
    rm -rf "$PGDATA_DIR"
    mkdir -p "$PGDATA_DIR"
    [ "$(id -u)" = 0 ] && chown "$RUN_USER:" "$PGDATA_DIR"
    chmod 700 "$PGDATA_DIR"
    log "initdb (PostgreSQL $major) in $PGDATA_DIR"
    if ! as_run_user "$PG_BINDIR/initdb" -D "$PGDATA_DIR" -U postgres --encoding=UTF8 $locale_opt \
            --auth-local=peer --auth-host=scram-sha-256 >"$VAR_DIR/initdb.log" 2>&1; then
        tail -n 20 "$VAR_DIR/initdb.log" >&2
        rm -rf "$PGDATA_DIR"
        die "initdb failed (log: $VAR_DIR/initdb.log)"
    fi
}

ensure_role_and_db() {
    psql_super -v u="$POSTGRES_USER" -v pw="$POSTGRES_PASSWORD" -v db="$POSTGRES_DB" <<'SQL' \
        || fail_start "could not create role/database $POSTGRES_USER/$POSTGRES_DB"
SELECT format('CREATE ROLE %I LOGIN', :'u')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'u', :'pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'u')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
    # Check the way the application will connect (TCP + password).
    PGPASSWORD="$POSTGRES_PASSWORD" "$PG_BINDIR/psql" -X -q -w -h 127.0.0.1 -p "$POSTGRES_PORT" \
        -U "$POSTGRES_USER" -d "$POSTGRES_DB" -tAc 'select 1' >/dev/null 2>&1 \
        || fail_start "cannot log in as $POSTGRES_USER to $POSTGRES_DB on 127.0.0.1:$POSTGRES_PORT"
}

cmd_start() {
    mkdir -p "$VAR_DIR" "$SOCKET_DIR"
    if [ "$(id -u)" = 0 ]; then chown "$RUN_USER:" "$VAR_DIR" "$SOCKET_DIR"; fi
    if is_running; then
        log "already running ($PGDATA_DIR)"
    else
        port_open && die "port $POSTGRES_PORT is already in use by another program (not the cluster in $PGDATA_DIR); set POSTGRES_PORT"
        init_cluster
        [ "$(id -u)" = 0 ] && touch "$LOG_FILE" && chown "$RUN_USER:" "$LOG_FILE"
        log "starting PostgreSQL on 127.0.0.1:$POSTGRES_PORT ($PGDATA_DIR)"
        # setsid: the server must not die with the calling shell, make or CI step.
        if ! as_run_user setsid "$PG_BINDIR/pg_ctl" -D "$PGDATA_DIR" -l "$LOG_FILE" -w \
                -t "$POSTGRES_START_TIMEOUT" start -o "-p $POSTGRES_PORT -c listen_addresses=127.0.0.1 \
-c unix_socket_directories='$SOCKET_DIR' -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=200" >/dev/null 2>&1 </dev/null; then
            fail_start "pg_ctl start failed"
        fi
    fi
    local deadline=$((SECONDS + POSTGRES_START_TIMEOUT))
    until ready; do
        [ "$SECONDS" -lt "$deadline" ] || fail_start "PostgreSQL not ready on 127.0.0.1:$POSTGRES_PORT after ${POSTGRES_START_TIMEOUT}s"
        is_running || fail_start "PostgreSQL exited during start-up"
        sleep 1
    done
    ensure_role_and_db
    log "running: postgresql://$POSTGRES_USER:***@127.0.0.1:$POSTGRES_PORT/$POSTGRES_DB"
}

cmd_stop() {
    if ! find_bindir || ! is_running; then
        log "not running"
        return 0
    fi
    log "stopping ($PGDATA_DIR)"
    pg_ctl_ stop -m fast -w -t 60 >/dev/null 2>&1 || pg_ctl_ stop -m immediate -w -t 30 >/dev/null 2>&1 \
        || die "could not stop the cluster in $PGDATA_DIR"
    log "stopped"
}

cmd_status() {
    if find_bindir && is_running; then
        if ready; then
            echo "postgres: running on 127.0.0.1:$POSTGRES_PORT ($PGDATA_DIR)"
            return 0
        fi
        echo "postgres: process running but not accepting connections on 127.0.0.1:$POSTGRES_PORT"
        return 1
    fi
    echo "postgres: not running (port $POSTGRES_PORT)"
    return 3
}

# The var dir is chosen after `install`: installing PostgreSQL creates the postgres user it checks.
case "${1:-}" in
    install) cmd_install ;;
    start)   cmd_install; pick_var_dir; cmd_start ;;
    stop)    pick_var_dir; cmd_stop ;;
    restart) cmd_install; pick_var_dir; cmd_stop; cmd_start ;;
    status)  pick_var_dir; cmd_status ;;
    *) echo "usage: $0 install|start|stop|restart|status" >&2; exit 2 ;;
esac
