#!/usr/bin/env bash
# The demo city's cameras: their registry (resources/demo/pavlodar/cameras.csv) points at one live test
# picture on this machine, rtsp://127.0.0.1:8554/demo, served here by GStreamer's RTSP server until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-test-camera.sh
echo "Serving the demo cameras' picture at rtsp://127.0.0.1:8554/demo (Ctrl+C to stop)." >&2
exec /usr/bin/python3 scripts/test_camera.py 8554 --path /demo --pattern smpte
