#!/usr/bin/env bash
# Set up (first time) and run the whole test suite, on SQLite and on a PostgreSQL server the tests start.
# Extra arguments go to pytest, e.g. scripts/run-tests.sh -k demo
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
bash scripts/ensure-postgresql.sh
bash scripts/ensure-test-camera.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -n 2 "$@"
