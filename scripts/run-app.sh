#!/usr/bin/env bash
# Set up (first time) and start the desk. With no database configured it uses the embedded SQLite
# database in the user's data folder and, on the very first start, builds the Pavlodar demo city.
# Extra arguments go to dispatch-desk, e.g. scripts/run-app.sh --lang kk
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
exec .venv/bin/dispatch-desk "$@"
