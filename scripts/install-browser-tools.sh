#!/usr/bin/env bash
# What the browser tests (tests/browser/) need, installed from package
# registries only — never a browser download:
# - Debian's Chromium and its driver (apt-get), driven headless by Playwright
#   through executable_path=/usr/bin/chromium;
# - axe-core from npm (package.json / package-lock.json), injected into pages
#   for the accessibility check.
# The Python playwright package comes with the test extra (pyproject.toml).
# Idempotent: does nothing when everything is in place.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@"
}

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "browser tools: installing Debian's chromium and chromium-driver"
    apt_install chromium chromium-driver fonts-dejavu-core
fi

if ! command -v npm >/dev/null 2>&1; then
    echo "browser tools: installing npm"
    apt_install nodejs npm
fi

# npm ci again only when the lock file changed since the last install.
stamp=node_modules/.package-lock.json
if [ ! -f node_modules/axe-core/axe.min.js ] || [ package-lock.json -nt "$stamp" ]; then
    echo "browser tools: npm ci (axe-core)"
    npm ci --no-audit --no-fund --loglevel=error
fi
