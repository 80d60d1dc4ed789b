# Sourced by scripts/run-tests.sh and scripts/bench.sh: start PostgreSQL,
# OpenSearch and Redis for this run and stop, on exit (also on failure or Ctrl-C), the
# ones this run started. Services already running (`make services`, another
# run) are left running. A service that does not come up fails the run (its
# script prints the log tail).
started_services=()
stop_started_services() {
    local status=$?
    for ((i=${#started_services[@]}-1; i>=0; i--)); do
        "scripts/services/${started_services[i]}.sh" stop || true
    done
    exit "$status"
}
trap stop_started_services EXIT INT TERM

for service in postgres opensearch redis; do
    if ! "scripts/services/${service}.sh" status >/dev/null 2>&1; then
        started_services+=("$service")
    fi
    "scripts/services/${service}.sh" start
done
