#!/usr/bin/env bash
# Reports from the "102" app, end to end on one machine: set up (first time), start the intake server on
# the desk's database, give the simulator a fresh API key and let it send COUNT reports (default 30) at
# 60× real time. Start the desk first in another terminal (scripts/run-app.sh) to watch them arrive.
# Usage: scripts/demo-app-reports.sh [COUNT] [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-30}
port=${2:-8102}
bash scripts/setup.sh app
desk=.venv/bin/dispatch-desk
key=$("$desk" apikeys create "simulator-$(date +%Y%m%d-%H%M%S)" 2>/dev/null)
"$desk" intake --port "$port" &
intake=$!
trap 'kill $intake 2>/dev/null; wait $intake 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    if .venv/bin/python -c "import httpx,sys; sys.exit(httpx.get('http://127.0.0.1:$port/healthz').status_code != 200)" 2>/dev/null; then
        break
    fi
    sleep 0.2
done
"$desk" simulate --url "http://127.0.0.1:$port" --api-key "$key" --count "$count" --speed 60
