#!/usr/bin/env bash
# Reports from the "102" app, end to end on one machine: set up (first time), start the intake server on
# the desk's database, give the simulator a fresh API key and let it send COUNT reports (default 30) at
# SPEED times real time (default 60). Start the desk first in another terminal (scripts/run-app.sh) to
# watch them arrive. The reports come as far apart as the centre's rhythm has them at this hour: at 60x,
# 30 reports take about 4 minutes in the evening peak and up to 20 at night (SPEED 600: a tenth of that).
# Usage: scripts/demo-app-reports.sh [COUNT] [PORT] [SPEED]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-30}
port=${2:-8102}
speed=${3:-60}
bash scripts/setup.sh app
python=.venv/bin/python
desk=.venv/bin/dispatch-desk
# The port must be free: otherwise the reports would go to whatever server holds it.
if ! "$python" -c "import socket, sys; s = socket.socket(); s.bind(('127.0.0.1', int(sys.argv[1])))" "$port" 2>/dev/null; then
    echo "demo-app-reports: port $port is in use; choose another, e.g. scripts/demo-app-reports.sh $count $((port + 1))" >&2
    exit 1
fi
# the demo city's administrator makes the key (another database: set DISPATCH_DESK_USER and _PASSWORD)
key=$(DISPATCH_DESK_USER="${DISPATCH_DESK_USER:-admin}" DISPATCH_DESK_PASSWORD="${DISPATCH_DESK_PASSWORD:-demo}" \
    "$desk" apikeys create "simulator-$(date +%Y%m%d-%H%M%S)" 2>/dev/null)
log=$(mktemp)
# The simulator sends every phone's reports from this one machine: lift the limit per network address.
DISPATCH_DESK_INTAKE_REPORTS_PER_ADDRESS_PER_MINUTE=${DISPATCH_DESK_INTAKE_REPORTS_PER_ADDRESS_PER_MINUTE:-100000} \
    "$desk" intake --port "$port" 2>"$log" &
intake=$!
trap 'kill $intake 2>/dev/null; wait $intake 2>/dev/null || true; rm -f "$log"' EXIT
ready=no
for _ in $(seq 150); do
    if ! kill -0 "$intake" 2>/dev/null; then
        echo "demo-app-reports: the intake server did not start:" >&2
        cat "$log" >&2
        exit 1
    fi
    if "$python" -c "import httpx,sys; sys.exit(httpx.get('http://127.0.0.1:$port/healthz').status_code != 200)" 2>/dev/null; then
        ready=yes
        break
    fi
    sleep 0.2
done
if [ "$ready" != yes ]; then
    echo "demo-app-reports: the intake server did not answer on port $port within 30 s" >&2
    exit 1
fi
"$desk" simulate --url "http://127.0.0.1:$port" --api-key "$key" --count "$count" --speed "$speed"
