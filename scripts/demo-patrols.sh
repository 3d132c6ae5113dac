#!/usr/bin/env bash
# The demo city's patrols drive: set up (first time), start the units' server (dispatch-desk avl) on the
# desk's database with the three trackers' protocols, and let every demo unit report its position through
# one of them each second (a third Wialon IPS, a third Teltonika, a third OsmAnd as Traccar Client sends
# it). Units sent to an incident drive to it; free units patrol a street. Start the desk first in another
# terminal (scripts/run-app.sh) to watch them move. Ctrl+C stops both.
# Usage: scripts/demo-patrols.sh [FIRST_PORT] [--panic CALL_SIGN [--panic-after SECONDS]]
#   (three ports from FIRST_PORT, default 5039, 5040, 5041; --panic presses that unit's panic input once,
#   10 s after the start unless --panic-after says otherwise: an officer-in-danger alarm on every desk)
set -euo pipefail
cd "$(dirname "$0")/.."
first=5039
if [[ ${1:-} =~ ^[0-9]+$ ]]; then
    first=$1
    shift
fi
wialon=$first
teltonika=$((first + 1))
osmand=$((first + 2))
bash scripts/setup.sh app
python=.venv/bin/python
desk=.venv/bin/dispatch-desk
for port in "$wialon" "$teltonika" "$osmand"; do
    if ! "$python" -c "import socket, sys; s = socket.socket(); s.bind(('127.0.0.1', int(sys.argv[1])))" "$port" 2>/dev/null; then
        echo "demo-patrols: port $port is in use; choose others, e.g. scripts/demo-patrols.sh $((first + 10))" >&2
        exit 1
    fi
done
log=$(mktemp)
"$desk" avl --host 127.0.0.1 --wialon-port "$wialon" --teltonika-port "$teltonika" --osmand-port "$osmand" 2>"$log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 150); do
    if ! kill -0 "$server" 2>/dev/null; then
        echo "demo-patrols: the units' server did not start:" >&2
        cat "$log" >&2
        exit 1
    fi
    if "$python" -c "import socket, sys; socket.create_connection(('127.0.0.1', int(sys.argv[1])), 1)" "$osmand" 2>/dev/null; then
        break
    fi
    sleep 0.2
done
# The demo city's shift lead binds the trackers (another database: set DISPATCH_DESK_USER and _PASSWORD).
DISPATCH_DESK_USER="${DISPATCH_DESK_USER:-shiftlead}" DISPATCH_DESK_PASSWORD="${DISPATCH_DESK_PASSWORD:-demo}" \
    "$desk" demo-patrols --wialon-port "$wialon" --teltonika-port "$teltonika" --osmand-port "$osmand" "$@"
