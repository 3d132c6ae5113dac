#!/usr/bin/env bash
# The Qt wheels bring Qt itself; a few shared libraries come from the system. This installs the ones the
# desk cannot start without when they are missing (Debian/Ubuntu, as root); otherwise it says what to install.
# QtMultimedia (audio and video in the detail panel) links libpulse even when sound goes to ALSA.
set -euo pipefail
missing=()
ldconfig -p 2>/dev/null | grep -q 'libpulse\.so\.0' || missing+=(libpulse0)
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system libraries the desk needs: ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    exit 0
fi
echo "Missing system libraries: ${missing[*]} (install them with your distribution's package manager)." >&2
exit 1
