# Sourced by postgres.sh, opensearch.sh and redis.sh (after REPO_ROOT and log
# are defined): where a service keeps its files.
#
# service_var_dir RUN_USER INSTANCE prints var/INSTANCE in the repository,
# unless the scripts run as root and the server's own user cannot walk into
# the repository — a clone below /root or in a `mktemp -d` folder, or var/
# made 0700 by Django's file cache when `make run` came first. Then it prints a
# folder of the repository's own below /var/tmp, and says so on stderr.
service_var_dir() {
    local run_user="$1" instance="$2"
    local walk_target="$REPO_ROOT"
    [ -d "$REPO_ROOT/var" ] && walk_target="$REPO_ROOT/var"
    if [ "$(id -u)" = 0 ] && [ "$run_user" != root ] && id -u "$run_user" >/dev/null 2>&1 \
            && ! runuser -u "$run_user" -- test -x "$walk_target" 2>/dev/null; then
        local fallback
        fallback="/var/tmp/intranet-services-$(printf '%s' "$REPO_ROOT" | md5sum | cut -c1-10)/$instance"
        log "note: user '$run_user' cannot enter $REPO_ROOT; using $fallback instead"
        echo "$fallback"
    else
        echo "$REPO_ROOT/var/$instance"
    fi
}
