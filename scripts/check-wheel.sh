#!/usr/bin/env bash
# Build the wheel, install it (not editable) into a fresh virtual environment outside the checkout and
# run the desk from there: the demo city, an offscreen screenshot, and one report through the intake.
# Proves that everything the program reads at run time travels as package data. Run after setup.sh
# (which compiles the translations the wheel carries).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill "${intake:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
.venv/bin/python -m pip wheel --quiet --disable-pip-version-check --no-deps -w "$work/dist" . 2>/dev/null
python=$(bash scripts/find-python.sh)
"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$work"/dist/dispatch_desk-*.whl
cd "$work"  # nothing of the checkout on the path from here on
export DISPATCH_DESK_DATA_DIR="$work/data" DISPATCH_DESK_CONFIG_DIR="$work/config" QT_QPA_PLATFORM=offscreen
unset DISPATCH_DESK_RESOURCES DISPATCH_DESK_DB
desk="$work/venv/bin/dispatch-desk"
"$work/venv/bin/python" -c 'import dispatch_desk.resources as r, sys; d = r.resources_dir(); print("resources:", d); sys.exit(0 if "site-packages" in str(d) and (d / "translations" / "dispatch_desk_kk.qm").is_file() else 1)'
"$desk" db init --demo
units=$(DISPATCH_DESK_PASSWORD=demo "$desk" units list --lang ru --user operator)
case "$units" in ПОЗЫВНОЙ*) ;; *) echo "the installed command line does not speak Russian" >&2; exit 1 ;; esac
DISPATCH_DESK_PASSWORD=demo "$desk" screenshot "$work/desk.png" --lang kk --user operator >/dev/null 2>&1
test -s "$work/desk.png"
key=$(DISPATCH_DESK_PASSWORD=demo "$desk" apikeys create wheel-check --user admin 2>/dev/null)
port=$("$work/venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$desk" intake --port "$port" >"$work/intake.log" 2>&1 &
intake=$!
for _ in $(seq 1 100); do
    "$work/venv/bin/python" -c "import httpx, sys; sys.exit(httpx.get('http://127.0.0.1:$port/healthz').status_code != 200)" 2>/dev/null && break
    sleep 0.2
done
"$work/venv/bin/python" - "$port" "$key" <<'PY'
import sys

import httpx

port, key = sys.argv[1], sys.argv[2]
answer = httpx.post(f"http://127.0.0.1:{port}/v2/requests.json", timeout=10,
                    data={"api_key": key, "service_code": "theft", "lat": "52.2873", "long": "76.9674",
                          "description": "Проверка установки"})
assert answer.status_code == 201, answer.text
number, secret = answer.json()[0]["service_request_id"], answer.json()[0]["report_secret"]
status = httpx.get(f"http://127.0.0.1:{port}/v2/requests/{number}.json", timeout=10,
                   headers={"X-Report-Secret": secret}).json()[0]  # the author reads the precinct
assert status["agency_responsible"], status
print("wheel check: report", number, "accepted, precinct", status["agency_responsible"])
PY
DISPATCH_DESK_PASSWORD=demo "$desk" incidents list --limit 1 --user operator | tail -1
echo "wheel check passed: installed wheel ran db init --demo, screenshot and the intake"
