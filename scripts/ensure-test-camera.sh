#!/usr/bin/env bash
# The test suite's camera: GStreamer's RTSP server from the distribution, run by Debian's own Python (its
# python3-gi). Install the packages when they are missing (Debian/Ubuntu, as root), as ensure-postgresql.sh
# does for the database server.
set -euo pipefail
ready() { /usr/bin/python3 -c 'import gi; gi.require_version("GstRtspServer", "1.0"); from gi.repository import GstRtspServer; import sys; from gi.repository import Gst; Gst.init(None); sys.exit(Gst.ElementFactory.find("x264enc") is None)' 2>/dev/null; }
if ready; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing GStreamer's RTSP server for the test camera..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-gi gir1.2-gst-rtsp-server-1.0 \
        gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-ugly >/dev/null
    exit 0
fi
echo "GStreamer's RTSP server is missing: install python3-gi, gir1.2-gst-rtsp-server-1.0 and" \
    "gstreamer1.0-plugins-{base,good,ugly}." >&2
exit 1
