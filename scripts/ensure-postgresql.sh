#!/usr/bin/env bash
# The test suite starts its own PostgreSQL server from the machine's server binaries.
# Install them from the distribution when they are missing (Debian/Ubuntu, as root).
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the PostgreSQL server for the test suite..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    exit 0
fi
echo "PostgreSQL server binaries (pg_ctl) are missing: install your distribution's postgresql package." >&2
exit 1
