#!/usr/bin/env bash
# Run every benchmark (SQLite and PostgreSQL) and print the results table. Takes several minutes:
# it loads 1,000,000 incidents and 1,000,000 change-feed rows into each database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
bash scripts/ensure-postgresql.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest benchmarks -p no:xdist --benchmark-only \
    --benchmark-columns=min,median,mean,max,rounds --benchmark-sort=name "$@"
