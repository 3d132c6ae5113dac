#!/usr/bin/env bash
# A call from the "102" app, end to end on one machine: set up (first time), start the intake server on
# the desk's database, make an API key and print the address of the reference client (/call) with the key
# and a caller in Pavlodar filled in. Open it in a browser on this machine (a browser allows the camera
# and microphone on http://127.0.0.1; another machine needs HTTPS), press "Call" and answer on the desk
# (scripts/run-app.sh in another terminal; F6 answers). Ctrl+C stops the server.
# Usage: scripts/demo-app-call.sh [PORT]   (the desk reaches the intake at its setting intake_url,
# http://127.0.0.1:8102 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-8102}
bash scripts/setup.sh app
python=.venv/bin/python
desk=.venv/bin/dispatch-desk
if ! "$python" -c "import socket, sys; s = socket.socket(); s.bind(('127.0.0.1', int(sys.argv[1])))" "$port" 2>/dev/null; then
    echo "demo-app-call: port $port is in use; choose another: scripts/demo-app-call.sh $((port + 1))" >&2
    echo "(and set the desk's intake_url to http://127.0.0.1:$((port + 1)))" >&2
    exit 1
fi
key=$(DISPATCH_DESK_USER="${DISPATCH_DESK_USER:-admin}" DISPATCH_DESK_PASSWORD="${DISPATCH_DESK_PASSWORD:-demo}" \
    "$desk" apikeys create "call-demo-$(date +%Y%m%d-%H%M%S)" 2>/dev/null)
"$desk" intake --port "$port" &
intake=$!
trap 'kill $intake 2>/dev/null; wait $intake 2>/dev/null || true' EXIT
for _ in $(seq 150); do
    if ! kill -0 "$intake" 2>/dev/null; then
        echo "demo-app-call: the intake server did not start" >&2
        exit 1
    fi
    if "$python" -c "import httpx,sys; sys.exit(httpx.get('http://127.0.0.1:$port/healthz').status_code != 200)" 2>/dev/null; then
        break
    fi
    sleep 0.2
done
echo
echo "Open this in a browser on this machine, press Call, then answer on the desk (F6):"
echo "  http://127.0.0.1:$port/call?key=$key&name=%D0%94%D0%B0%D0%BD%D0%B8%D1%8F%D1%80&phone=%2B77015551234&lat=52.28712&lon=76.96811&accuracy=12"
echo
wait "$intake"
