#!/usr/bin/env bash
# wrk, the HTTP load generator of `make bench` and `make loadtest`, from
# Debian's package. Idempotent: does nothing when wrk is there. Fails with one
# line (and the tail of apt's log) when it cannot install it.
set -euo pipefail

command -v wrk >/dev/null 2>&1 && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! command -v apt-get >/dev/null 2>&1 || { [ -n "$sudo" ] && ! command -v sudo >/dev/null 2>&1; }; then
    echo "wrk is missing; install Debian's wrk package (apt-get install wrk)" >&2
    exit 1
fi
echo "installing wrk (Debian package)" >&2
log="$(mktemp)"
if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "apt-get install wrk failed" >&2
    exit 1
fi
rm -f "$log"
