#!/usr/bin/env bash
# scripts/services/opensearch.sh — a real OpenSearch server for tests and local development.
#
# Why it looks like this (see shared docs "search-engine.md"):
#   * Production runs Elasticsearch; these machines have no Docker and reach only package
#     registries. Elasticsearch's analysis-common module is not on Maven Central, OpenSearch's is,
#     so tests run against OpenSearch (Wagtail's search layer supports both).
#   * We fetch the official minimal distribution `org.opensearch.distribution.integ-test-zip:
#     opensearch:<v>:zip` plus `org.opensearch.plugin:analysis-common:<v>` (jar only) with Maven
#     (cached in ~/.m2) and assemble them in the git-ignored var/opensearch/dist-<v>/: the jar
#     becomes modules/analysis-common/ with a plugin-descriptor.properties written here. That
#     module holds the lowercase tokenizer, asciifolding, (edge_)ngram and the language analyzers
#     (german, danish, ...) that Wagtail's index settings need.
#   * The integ-test-zip bundles no JDK: we pick a JDK the version can run on (2.x: Java 11-23,
#     the security manager is gone in 24+; 3.x: Java 21+).
#   * OpenSearch refuses to run as root, so when called as root the server runs as the system
#     user ${OPENSEARCH_USER:-opensearch} (created on demand). Its config, data, logs and pid file
#     live in var/opensearch/{config,data,logs,run,tmp}, owned by that user; the dist stays read-only.
#   * A test run without the engine is a failed run: `start` waits for health, checks that
#     analysis-common is loaded and that the analyzers work, and otherwise prints the log tail
#     and exits non-zero.
#
#   * A cluster of 2 or 3 nodes on 127.0.0.1 (`cluster-start`, OPENSEARCH_NODES): each node is
#     this script again with a port pair, a node name and a folder of its own
#     (<instance>-cluster-node-N), sharing the assembled distribution; they find each other through
#     discovery.seed_hosts (the transport ports). HTTP ports are OPENSEARCH_PORT, +10, +20 and
#     transport ports OPENSEARCH_PORT+100, +110, +120 unless OPENSEARCH_CLUSTER_HTTP_PORTS /
#     OPENSEARCH_CLUSTER_TRANSPORT_PORTS (comma-separated) say otherwise. All nodes are
#     launched before any is waited for: the first cluster-manager election needs them all.
#     `node-stop N` / `node-start N` stop and restart one node (the fault tests use them).
#
# Usage: scripts/services/opensearch.sh install|start|stop|restart|status|var-dir
#        scripts/services/opensearch.sh cluster-start|cluster-stop|cluster-status|cluster-urls
#        scripts/services/opensearch.sh node-start N|node-stop N
# Env:   OPENSEARCH_VERSION (2.19.6)   OPENSEARCH_PORT (9200)   OPENSEARCH_JAVA_OPTS (-Xms1g -Xmx1g)
#        OPENSEARCH_JAVA_HOME (auto)   OPENSEARCH_USER (opensearch, only when run as root)
#        OPENSEARCH_VAR_DIR (<repo>/var/opensearch)   OPENSEARCH_START_TIMEOUT (90 s)
#        OPENSEARCH_CLUSTER_NAME (intranet-search)    MVN (mvn)
#        OPENSEARCH_NODES (2, cluster-* only)   OPENSEARCH_CLUSTER_HTTP_PORTS   OPENSEARCH_CLUSTER_TRANSPORT_PORTS
#        OPENSEARCH_FRESH (1: start with an empty data folder, for throw-away test servers)
#        Set by cluster-start for each node (not by hand): OPENSEARCH_TRANSPORT_PORT OPENSEARCH_NODE_NAME
#        OPENSEARCH_SEED_HOSTS OPENSEARCH_INITIAL_MANAGERS OPENSEARCH_DIST_DIR OPENSEARCH_NO_WAIT
#        OPENSEARCH_INSTANCE (opensearch): the folder under var/ (or under the /var/tmp fallback)
#        of a second server, e.g. the engine-outage test's; prefer it to OPENSEARCH_VAR_DIR,
#        which bypasses the fallback.
# `var-dir` prints the folder the server's files go to (and changes nothing).
set -euo pipefail
umask 022   # the server user must be able to read what we unpack and walk the folders we create

OPENSEARCH_VERSION="${OPENSEARCH_VERSION:-2.19.6}"

OPENSEARCH_PORT="${OPENSEARCH_PORT:-9200}"
OPENSEARCH_START_TIMEOUT="${OPENSEARCH_START_TIMEOUT:-90}"
OPENSEARCH_CLUSTER_NAME="${OPENSEARCH_CLUSTER_NAME:-intranet-search}"
OPENSEARCH_JAVA_OPTS="${OPENSEARCH_JAVA_OPTS:--Xms1g -Xmx1g}"
MVN="${MVN:-mvn}"
MVN_DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
DIST_ARTIFACT="org.opensearch.distribution.integ-test-zip:opensearch:${OPENSEARCH_VERSION}:zip"
ANALYSIS_ARTIFACT="org.opensearch.plugin:analysis-common:${OPENSEARCH_VERSION}:jar"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd -P)"
cd /   # every path below is absolute; do not depend on (or lock) the caller's cwd

log()  { echo "opensearch: $*" >&2; }
die()  { echo "opensearch: ERROR: $*" >&2; exit 1; }
URL="http://127.0.0.1:${OPENSEARCH_PORT}"

# --- who runs the server and where its files live ---------------------------------------------
if [ "$(id -u)" = 0 ]; then
    RUN_USER="${OPENSEARCH_USER:-opensearch}"
else
    RUN_USER="$(id -un)"
fi

ensure_run_user() {
    [ "$(id -u)" = 0 ] || return 0
    if ! id -u "$RUN_USER" >/dev/null 2>&1; then
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$RUN_USER" >/dev/null 2>&1 \
            || die "cannot create system user '$RUN_USER' to run OpenSearch (it refuses to run as root)"
    fi
}

as_run_user() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$RUN_USER" -- "$@"; else "$@"; fi
}

source "$SCRIPT_DIR/var-dir.sh"

pick_var_dir() {
    if [ -n "${OPENSEARCH_VAR_DIR:-}" ]; then
        VAR_DIR="$OPENSEARCH_VAR_DIR"
    else
        local instance="${OPENSEARCH_INSTANCE:-opensearch}"
        case "$instance" in ""|*/*|.*) die "OPENSEARCH_INSTANCE=$instance must be a plain folder name" ;; esac
        VAR_DIR="$(service_var_dir "$RUN_USER" "$instance")"
    fi
    DIST_DIR="${OPENSEARCH_DIST_DIR:-$VAR_DIR/dist-$OPENSEARCH_VERSION}"
    CONF_DIR="$VAR_DIR/config"
    DATA_DIR="$VAR_DIR/data"
    LOG_DIR="$VAR_DIR/logs"
    RUN_DIR="$VAR_DIR/run"
    TMP_DIR="$VAR_DIR/tmp"   # java.io.tmpdir (else the launcher leaves a new /tmp/opensearch-* per start)
    PID_FILE="$RUN_DIR/opensearch.pid"
    STARTUP_OUT="$LOG_DIR/startup.out"
    SERVER_LOG="$LOG_DIR/$OPENSEARCH_CLUSTER_NAME.log"
}

need_cmd() {  # need_cmd COMMAND DEBIAN_PACKAGE
    command -v "$1" >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "installing missing '$1' (apt package $2)"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"; } >/dev/null 2>&1 || true
    fi
    command -v "$1" >/dev/null 2>&1 || die "'$1' is required (Debian package '$2')"
}

# --- Java ------------------------------------------------------------------------------------
java_major() {  # java_major JAVA_HOME -> prints the feature version (8, 11, 17, 21, 25 ...)
    local v
    v="$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)" || return 1
    [ -n "$v" ] || return 1
    case "$v" in 1.*) v="${v#1.}" ;; esac
    echo "${v%%[.+-]*}"
}

pick_java_home() {
    local min max cand major
    case "$OPENSEARCH_VERSION" in
        1.*|2.*) min=11; max=23 ;;
        *)       min=21; max=99 ;;
    esac
    if [ -n "${OPENSEARCH_JAVA_HOME:-}" ]; then
        major="$(java_major "$OPENSEARCH_JAVA_HOME")" || die "OPENSEARCH_JAVA_HOME=$OPENSEARCH_JAVA_HOME has no working bin/java"
        [ "$major" -ge "$min" ] && [ "$major" -le "$max" ] \
            || die "OPENSEARCH_JAVA_HOME is Java $major; OpenSearch $OPENSEARCH_VERSION needs Java $min-$max"
        JAVA_HOME_FOR_OS="$OPENSEARCH_JAVA_HOME"; return 0
    fi
    local cands=()
    [ -n "${JAVA_HOME:-}" ] && cands+=("$JAVA_HOME")
    if command -v java >/dev/null 2>&1; then
        cands+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
    fi
    for cand in /usr/lib/jvm/*; do cands+=("$cand"); done
    for cand in "${cands[@]}"; do
        [ -x "$cand/bin/java" ] || continue
        major="$(java_major "$cand" 2>/dev/null)" || continue
        if [ "$major" -ge "$min" ] && [ "$major" -le "$max" ]; then
            JAVA_HOME_FOR_OS="$cand"; return 0
        fi
    done
    die "no JDK $min-$max found for OpenSearch $OPENSEARCH_VERSION (set OPENSEARCH_JAVA_HOME; Debian: apt-get install openjdk-17-jdk-headless)"
}

# --- install: fetch from Maven Central and assemble -----------------------------------------
is_assembled() { [ -f "$DIST_DIR/.assembled" ]; }

cmd_install() {
    if is_assembled; then
        log "OpenSearch $OPENSEARCH_VERSION already assembled in $DIST_DIR"
        return 0
    fi
    need_cmd mvn maven
    need_cmd unzip unzip
    mkdir -p "$VAR_DIR"
    local work; work="$(mktemp -d "$VAR_DIR/.install.XXXXXX")"
    trap 'rm -rf "$work"' EXIT
    log "fetching $DIST_ARTIFACT and $ANALYSIS_ARTIFACT via Maven (cached in ~/.m2)"
    local a
    for a in "$DIST_ARTIFACT" "$ANALYSIS_ARTIFACT"; do
        if ! (cd "$work" && "$MVN" -B -q -ntp -Dstyle.color=never "$MVN_DEPENDENCY_PLUGIN:copy" \
                "-Dartifact=$a" "-DoutputDirectory=$work/download") >"$work/mvn.log" 2>&1; then
            tail -n 30 "$work/mvn.log" >&2
            die "Maven could not fetch $a (see output above)"
        fi
    done
    local zip="$work/download/opensearch-$OPENSEARCH_VERSION.zip"
    local jar="$work/download/analysis-common-$OPENSEARCH_VERSION.jar"
    [ -f "$zip" ] && [ -f "$jar" ] || die "Maven did not deliver $zip and $jar"

    unzip -q "$zip" -d "$work/unpacked" || die "cannot unpack $zip"
    local dist="$work/unpacked/opensearch-$OPENSEARCH_VERSION"
    [ -x "$dist/bin/opensearch" ] || die "unexpected layout in $zip (no bin/opensearch)"

    # modules/analysis-common: the jar plus a descriptor. Only the keys below are accepted
    # (any other key fails start-up); opensearch.version must equal the server version exactly.
    local classname
    classname="$(unzip -Z1 "$jar" | sed -n 's#^\(org/opensearch/analysis/common/[A-Za-z]*Plugin\)\.class$#\1#p' | head -n1 | tr / .)"
    [ -n "$classname" ] || die "no org.opensearch.analysis.common.*Plugin class in $jar"
    mkdir -p "$dist/modules/analysis-common"
    cp "$jar" "$dist/modules/analysis-common/"
    # extended.plugins stays empty: lang-painless is not part of this distribution (the real
    # module extends it only for painless-scripted token filters, which we do not use).
    cat >"$dist/modules/analysis-common/plugin-descriptor.properties" <<EOF
# Written by scripts/services/opensearch.sh (the Maven artifact is a bare jar).
description=Adds "built in" analyzers to OpenSearch.
version=$OPENSEARCH_VERSION
name=analysis-common
classname=$classname
java.version=11
opensearch.version=$OPENSEARCH_VERSION
custom.foldername=
extended.plugins=
has.native.controller=false
EOF
    chmod -R a+rX "$dist"
    touch "$dist/.assembled"
    rm -rf "$DIST_DIR"
    mv "$dist" "$DIST_DIR"
    rm -rf "$work"; trap - EXIT
    log "assembled OpenSearch $OPENSEARCH_VERSION (+ analysis-common, $classname) in $DIST_DIR"
}

# --- runtime helpers -------------------------------------------------------------------------
# A killed server that nobody has reaped yet (a zombie) is not alive.
pid_alive() {
    [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null \
        && [ "$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)" != Z ]
}
read_pid()  { [ -s "$PID_FILE" ] && tr -dc 0-9 <"$PID_FILE" || true; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$OPENSEARCH_PORT") 2>/dev/null; }
http()      { curl -fsS --max-time "${HTTP_TIMEOUT:-10}" "$@"; }
# Pids of java processes started with our config dir (found even before the pid file exists).
launched_pids() {
    local f p
    for f in $(grep -lxzF -- "-Dopensearch.path.conf=$CONF_DIR" /proc/[0-9]*/cmdline 2>/dev/null); do
        p="${f#/proc/}"; p="${p%/cmdline}"
        [ "$(cat "/proc/$p/comm" 2>/dev/null)" = java ] && echo "$p"   # not this grep itself
    done
    return 0
}

# Prints the pid of the node answering on our port if it is OUR server (same path.home), else nothing.
our_server_pid() {
    local body home pid
    body="$(HTTP_TIMEOUT=5 http "$URL/_nodes/_local/settings,process?filter_path=nodes.*.settings.path.home,nodes.*.process.id" 2>/dev/null)" || return 0
    home="$(printf '%s' "$body" | sed -n 's/.*"home":"\([^"]*\)".*/\1/p')"
    pid="$(printf '%s' "$body" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')"
    [ -n "$home" ] && [ "$(readlink -f "$home")" = "$(readlink -f "$DIST_DIR")" ] && echo "$pid"
    return 0
}

print_log_tail() {
    local f
    for f in "$STARTUP_OUT" "$SERVER_LOG"; do
        [ -s "$f" ] || continue
        echo "----- last lines of $f -----" >&2
        tail -n 40 "$f" >&2
    done
}

fail_start() { print_log_tail; die "$*"; }

write_config() {
    mkdir -p "$CONF_DIR/jvm.options.d"
    cp "$DIST_DIR/config/log4j2.properties" "$CONF_DIR/log4j2.properties"
    # The stock jvm.options writes gc logs, crash files and heap dumps relative to the dist
    # folder, which the server user cannot write to: point them at our logs/data folders.
    sed -e "s#file=logs/gc.log#file=$LOG_DIR/gc.log#" \
        -e "s#-XX:ErrorFile=logs/#-XX:ErrorFile=$LOG_DIR/#" \
        -e "s#-XX:HeapDumpPath=data#-XX:HeapDumpPath=$DATA_DIR#" \
        -e "s#-Xloggc:logs/gc.log#-Xloggc:$LOG_DIR/gc.log#" \
        "$DIST_DIR/config/jvm.options" >"$CONF_DIR/jvm.options"
    local discovery="discovery.type: single-node"
    if [ -n "${OPENSEARCH_SEED_HOSTS:-}" ]; then
        # A node of a cluster (cluster-start): its own transport port, the others' addresses.
        discovery="transport.port: $OPENSEARCH_TRANSPORT_PORT
discovery.seed_hosts: [$OPENSEARCH_SEED_HOSTS]
cluster.initial_cluster_manager_nodes: [$OPENSEARCH_INITIAL_MANAGERS]"
    fi
    cat >"$CONF_DIR/opensearch.yml" <<EOF
# Generated by scripts/services/opensearch.sh on every start; edit the script, not this file.
cluster.name: $OPENSEARCH_CLUSTER_NAME
node.name: ${OPENSEARCH_NODE_NAME:-intranet-node-1}
network.host: 127.0.0.1
http.port: $OPENSEARCH_PORT
$discovery
path.data: $DATA_DIR
path.logs: $LOG_DIR
cluster.routing.allocation.disk.threshold_enabled: false
action.auto_create_index: true
EOF
}

# POST /_analyze and require each expected token in the answer.
check_analyze() {  # check_analyze LABEL JSON TOKEN...
    local label="$1" body="$2" out tok; shift 2
    out="$(http -H 'Content-Type: application/json' -X POST "$URL/_analyze" -d "$body" 2>&1)" \
        || { echo "$out" >&2; die "self-check '$label' failed: /_analyze rejected $body"; }
    for tok in "$@"; do
        case "$out" in
            *"\"token\":\"$tok\""*) ;;
            *) echo "$out" >&2; die "self-check '$label' failed: expected token '$tok'" ;;
        esac
    done
}

self_check() {
    local plugins
    plugins="$(http "$URL/_nodes/plugins?filter_path=nodes.*.modules.name")" \
        || fail_start "GET /_nodes/plugins failed on $URL"
    case "$plugins" in
        *'"analysis-common"'*) ;;
        *) fail_start "analysis-common is not loaded (modules: $plugins)" ;;
    esac
    check_analyze german '{"analyzer":"german","text":"Clustern"}' clust
    check_analyze danish '{"analyzer":"danish","text":"klyngerne"}' klyng
    check_analyze asciifolding \
        '{"tokenizer":"lowercase","filter":["asciifolding"],"text":"Ærø Straße Ünïcödé"}' aero strasse unicode
    check_analyze edge_ngram \
        '{"tokenizer":"lowercase","filter":[{"type":"edge_ngram","min_gram":2,"max_gram":4}],"text":"Intra"}' in int intr
}

# --- subcommands -----------------------------------------------------------------------------
cmd_start() {
    need_cmd curl curl
    local pid our
    pid="$(read_pid)"
    if ! pid_alive "$pid" && port_open; then
        our="$(our_server_pid)"
        if [ -n "$our" ]; then
            pid="$our"
            [ -d "$RUN_DIR" ] && echo "$pid" >"$PID_FILE" 2>/dev/null || true
        else
            die "port $OPENSEARCH_PORT is already in use by another program (not our OpenSearch in $DIST_DIR); set OPENSEARCH_PORT"
        fi
    fi

    if ! pid_alive "$pid" && [ -d "$CONF_DIR" ]; then
        pid="$(launched_pids | head -n1)"   # launched a moment ago (cluster-start), no pid file yet
    fi
    if pid_alive "$pid"; then
        log "already running (pid $pid), checking health"
    else
        ensure_run_user
        cmd_install
        pick_java_home
        if [ -n "${OPENSEARCH_FRESH:-}" ]; then
            rm -rf "$DATA_DIR"   # a throw-away cluster (tests): no state of an earlier one
        fi
        mkdir -p "$CONF_DIR" "$DATA_DIR" "$LOG_DIR" "$RUN_DIR" "$TMP_DIR"
        write_config
        rm -f "$PID_FILE"
        : >"$STARTUP_OUT"
        if [ "$(id -u)" = 0 ]; then
            chown -R "$RUN_USER:" "$CONF_DIR" "$DATA_DIR" "$LOG_DIR" "$RUN_DIR" "$TMP_DIR"
            chmod 755 "$VAR_DIR"
        fi
        log "starting OpenSearch $OPENSEARCH_VERSION on $URL as user $RUN_USER (Java $(java_major "$JAVA_HOME_FOR_OS"): $JAVA_HOME_FOR_OS)"
        # setsid: the daemon must not die with the calling shell, make or CI step.
        if ! (cd "$DIST_DIR" && as_run_user env \
                OPENSEARCH_JAVA_HOME="$JAVA_HOME_FOR_OS" JAVA_HOME="$JAVA_HOME_FOR_OS" \
                OPENSEARCH_PATH_CONF="$CONF_DIR" OPENSEARCH_JAVA_OPTS="$OPENSEARCH_JAVA_OPTS" \
                OPENSEARCH_TMPDIR="$TMP_DIR" \
                setsid "$DIST_DIR/bin/opensearch" -d -p "$PID_FILE" \
                >>"$STARTUP_OUT" 2>&1 </dev/null); then
            fail_start "bin/opensearch failed to launch"
        fi
    fi
    if [ -n "${OPENSEARCH_NO_WAIT:-}" ]; then
        log "launched on $URL (not waiting: the other nodes of the cluster start next)"
        return 0
    fi

    local deadline=$((SECONDS + OPENSEARCH_START_TIMEOUT)) seen_pid="" gone=0
    until HTTP_TIMEOUT=5 http "$URL/_cluster/health?wait_for_status=yellow&timeout=2s" >/dev/null 2>&1; do
        pid="$(read_pid)"
        [ -n "$pid" ] && seen_pid="$pid"
        if [ -n "$seen_pid" ] && ! pid_alive "$seen_pid"; then
            fail_start "OpenSearch (pid $seen_pid) exited during start-up"
        fi
        if [ -z "$seen_pid" ] && [ -z "$(launched_pids)" ]; then
            gone=$((gone + 1))   # seen 3 times in a row: not a race with the launcher's exec
            [ "$gone" -lt 3 ] || fail_start "OpenSearch exited during start-up (before writing its pid file)"
        else
            gone=0
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            fail_start "OpenSearch did not become healthy (yellow) on $URL within ${OPENSEARCH_START_TIMEOUT}s"
        fi
        sleep 1
    done
    our="$(our_server_pid)"
    [ -n "$our" ] || fail_start "something answers on $URL, but it is not the OpenSearch in $DIST_DIR"
    self_check
    log "running: $URL (pid $our, cluster $OPENSEARCH_CLUSTER_NAME, analysis-common OK)"
}

cmd_stop() {
    local pid
    pid="$(read_pid)"
    if ! pid_alive "$pid"; then
        pid="$(our_server_pid)"   # running without (or with a stale) pid file?
    fi
    if ! pid_alive "$pid"; then
        pid="$(launched_pids | head -n1)"   # started but not (yet) answering HTTP?
    fi
    if ! pid_alive "$pid"; then
        rm -f "$PID_FILE"
        log "not running"
        return 0
    fi
    log "stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 60))
    while pid_alive "$pid"; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            log "still alive after 60s, sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            sleep 1
            break
        fi
        sleep 0.5
    done
    pid_alive "$pid" && die "could not stop pid $pid"
    rm -f "$PID_FILE"
    log "stopped"
}

cmd_status() {
    local pid health
    pid="$(read_pid)"
    pid_alive "$pid" || pid="$(our_server_pid)"
    if pid_alive "$pid" && health="$(HTTP_TIMEOUT=5 http "$URL/_cluster/health" 2>/dev/null)"; then
        echo "opensearch: running (pid $pid) on $URL: $health"
        return 0
    elif pid_alive "$pid"; then
        echo "opensearch: process $pid alive but $URL does not answer"
        return 1
    fi
    echo "opensearch: not running (port $OPENSEARCH_PORT)"
    return 3
}

# --- a cluster of several nodes on 127.0.0.1 ---------------------------------------------------
cluster_ports() {
    local n="${OPENSEARCH_NODES:-2}" i
    case "$n" in 2|3) ;; *) die "OPENSEARCH_NODES=$n: a cluster here has 2 or 3 nodes" ;; esac
    if [ -n "${OPENSEARCH_CLUSTER_HTTP_PORTS:-}" ]; then
        IFS=, read -r -a HTTP_PORTS <<<"$OPENSEARCH_CLUSTER_HTTP_PORTS"
    else
        HTTP_PORTS=(); for ((i=0; i<n; i++)); do HTTP_PORTS+=($((OPENSEARCH_PORT + 10 * i))); done
    fi
    if [ -n "${OPENSEARCH_CLUSTER_TRANSPORT_PORTS:-}" ]; then
        IFS=, read -r -a TRANSPORT_PORTS <<<"$OPENSEARCH_CLUSTER_TRANSPORT_PORTS"
    else
        TRANSPORT_PORTS=(); for ((i=0; i<n; i++)); do TRANSPORT_PORTS+=($((OPENSEARCH_PORT + 100 + 10 * i))); done
    fi
    [ "${#HTTP_PORTS[@]}" = "$n" ] && [ "${#TRANSPORT_PORTS[@]}" = "$n" ] \
        || die "OPENSEARCH_NODES=$n but ${#HTTP_PORTS[@]} HTTP and ${#TRANSPORT_PORTS[@]} transport ports"
    NODE_COUNT="$n"
}

# node_env N: the environment of node N (1-based) for a run of this script.
node_env() {
    local i="$1" seeds="" managers="" j
    for ((j=0; j<NODE_COUNT; j++)); do
        seeds+="${seeds:+, }\"127.0.0.1:${TRANSPORT_PORTS[j]}\""
        managers+="${managers:+, }\"$OPENSEARCH_CLUSTER_NAME-node-$((j + 1))\""
    done
    echo "OPENSEARCH_PORT=${HTTP_PORTS[i-1]}"
    echo "OPENSEARCH_TRANSPORT_PORT=${TRANSPORT_PORTS[i-1]}"
    echo "OPENSEARCH_NODE_NAME=$OPENSEARCH_CLUSTER_NAME-node-$i"
    echo "OPENSEARCH_SEED_HOSTS=$seeds"
    echo "OPENSEARCH_INITIAL_MANAGERS=$managers"
    echo "OPENSEARCH_INSTANCE=${OPENSEARCH_INSTANCE:-opensearch}-cluster-node-$i"
    echo "OPENSEARCH_DIST_DIR=$DIST_DIR"
}

run_node() {  # run_node N ACTION [extra env...]
    local i="$1" action="$2"; shift 2
    [ "$i" -ge 1 ] && [ "$i" -le "$NODE_COUNT" ] || die "no node $i in a cluster of $NODE_COUNT"
    local -a envs
    mapfile -t envs < <(node_env "$i")
    env -u OPENSEARCH_VAR_DIR "${envs[@]}" "$@" "$SCRIPT_DIR/opensearch.sh" "$action"
}

cluster_urls() {
    local i urls=""
    for ((i=0; i<NODE_COUNT; i++)); do urls+="${urls:+,}http://127.0.0.1:${HTTP_PORTS[i]}"; done
    echo "$urls"
}

cmd_cluster_start() {
    cmd_install   # once, before the nodes share the distribution
    local i
    for ((i=1; i<=NODE_COUNT; i++)); do run_node "$i" start OPENSEARCH_NO_WAIT=1; done
    for ((i=1; i<=NODE_COUNT; i++)); do run_node "$i" start; done
    local deadline=$((SECONDS + OPENSEARCH_START_TIMEOUT)) health
    until health="$(HTTP_TIMEOUT=5 http "http://127.0.0.1:${HTTP_PORTS[0]}/_cluster/health?wait_for_nodes=$NODE_COUNT&timeout=2s" 2>/dev/null)" \
            && case "$health" in *'"timed_out":false'*) true ;; *) false ;; esac; do
        [ "$SECONDS" -lt "$deadline" ] || die "the $NODE_COUNT nodes did not form one cluster: $health"
        sleep 1
    done
    log "cluster of $NODE_COUNT nodes running: $(cluster_urls)"
}

cmd_cluster_stop() {
    local i
    for ((i=NODE_COUNT; i>=1; i--)); do run_node "$i" stop; done
}

cmd_cluster_status() {
    local i status=0
    for ((i=1; i<=NODE_COUNT; i++)); do run_node "$i" status || status=$?; done
    return "$status"
}

ensure_run_user
pick_var_dir
case "${1:-}" in
    cluster-start)  cluster_ports; cmd_cluster_start; exit ;;
    cluster-stop)   cluster_ports; cmd_cluster_stop; exit ;;
    cluster-status) cluster_ports; cmd_cluster_status; exit ;;
    cluster-urls)   cluster_ports; cluster_urls; exit ;;
    node-start)     cluster_ports; run_node "${2:?node number}" start; exit ;;
    node-stop)      cluster_ports; run_node "${2:?node number}" stop; exit ;;
esac
case "${1:-}" in
    install) cmd_install ;;
    start)   cmd_start ;;
    stop)    cmd_stop ;;
    restart) cmd_stop; cmd_start ;;
    status)  cmd_status ;;
    var-dir) echo "$VAR_DIR" ;;
    *) echo "usage: $0 install|start|stop|restart|status|var-dir|cluster-start|cluster-stop|cluster-status|cluster-urls|node-start N|node-stop N" >&2; exit 2 ;;
esac
