#!/usr/bin/env bash
# What WeasyPrint (the report PDFs, publications/) needs from the system,
# from Debian's packages: Pango for text layout and the DejaVu fonts, which
# cover æ, ø, å, ä, ö, ü and ß. Called by `make install` and `make test`.
# Idempotent: does nothing when everything is in place.
set -euo pipefail

packages=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "pdf tools: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
