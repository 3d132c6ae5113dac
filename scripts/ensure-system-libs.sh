#!/usr/bin/env bash
# The Qt wheels bring Qt itself; the shared libraries its plugins link come from the system. This asks
# the loader (ldd) what the desk's Qt parts lack - the X11 platform plugin, QtWebEngine (the map),
# QtMultimedia (the player and the chime) - and installs the Debian/Ubuntu packages that hold them when
# it runs as root; otherwise it prints the exact apt-get command and stops.
# Usage: scripts/ensure-system-libs.sh [PYTHON]   (the virtual environment's python; default .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-.venv/bin/python}
qt=$("$python" -c 'import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).parent / "Qt")')

# Library (soname) -> the Debian package that holds it.
declare -A package=(
    [libxcb-icccm.so.4]=libxcb-icccm4 [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxcb-cursor.so.0]=libxcb-cursor0
    [libxcb-xinerama.so.0]=libxcb-xinerama0 [libxcb-image.so.0]=libxcb-image0 [libxcb-randr.so.0]=libxcb-randr0
    [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-shape.so.0]=libxcb-shape0 [libxcb-xkb.so.1]=libxcb-xkb1
    [libxcb-xfixes.so.0]=libxcb-xfixes0 [libxcb-sync.so.1]=libxcb-sync1 [libxcb-shm.so.0]=libxcb-shm0
    [libxcb-render.so.0]=libxcb-render0 [libxcb-glx.so.0]=libxcb-glx0 [libxcb-xinput.so.0]=libxcb-xinput0
    [libxcb-randr.so.0]=libxcb-randr0 [libxcb.so.1]=libxcb1 [libX11-xcb.so.1]=libx11-xcb1 [libX11.so.6]=libx11-6
    [libXext.so.6]=libxext6 [libXfixes.so.3]=libxfixes3 [libXcomposite.so.1]=libxcomposite1
    [libXdamage.so.1]=libxdamage1 [libXrandr.so.2]=libxrandr2 [libXtst.so.6]=libxtst6 [libxkbfile.so.1]=libxkbfile1
    [libxshmfence.so.1]=libxshmfence1 [libxkbcommon.so.0]=libxkbcommon0 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
    [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1 [libOpenGL.so.0]=libopengl0 [libgbm.so.1]=libgbm1 [libdrm.so.2]=libdrm2
    [libfontconfig.so.1]=libfontconfig1 [libfreetype.so.6]=libfreetype6 [libdbus-1.so.3]=libdbus-1-3
    [libglib-2.0.so.0]=libglib2.0-0 [libnss3.so]=libnss3 [libnssutil3.so]=libnss3 [libsmime3.so]=libnss3
    [libnspr4.so]=libnspr4 [libexpat.so.1]=libexpat1 [libasound.so.2]=libasound2 [libpulse.so.0]=libpulse0
    [libwayland-client.so.0]=libwayland-client0 [libwayland-cursor.so.0]=libwayland-cursor0
    [libwayland-egl.so.1]=libwayland-egl1
)

missing_libs=()
for part in "$qt"/plugins/platforms/libqxcb.so "$qt"/lib/libQt6XcbQpa.so.6 "$qt"/lib/libQt6WebEngineCore.so.6 \
            "$qt"/libexec/QtWebEngineProcess "$qt"/lib/libQt6Multimedia.so.6 "$qt"/plugins/multimedia/*.so; do
    [ -e "$part" ] || continue
    while read -r soname; do
        missing_libs+=("$soname")
    done < <(LD_LIBRARY_PATH="$qt/lib" ldd "$part" 2>/dev/null | awk '/=> not found/ {print $1}')
done
[ ${#missing_libs[@]} -eq 0 ] && exit 0

packages=() unknown=()
for soname in $(printf '%s\n' "${missing_libs[@]}" | sort -u); do
    if [ -n "${package[$soname]:-}" ]; then packages+=("${package[$soname]}"); else unknown+=("$soname"); fi
done
packages=($(printf '%s\n' "${packages[@]}" | sort -u))
if [ ${#unknown[@]} -gt 0 ]; then
    echo "The desk's Qt libraries need ${unknown[*]}, which this script cannot name a package for" >&2
    echo "(find it with: apt-file search ${unknown[0]})." >&2
fi
if [ ${#packages[@]} -eq 0 ]; then
    exit 1
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the system libraries the desk's Qt needs: ${packages[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
    [ ${#unknown[@]} -eq 0 ]
    exit $?
fi
echo "The desk cannot start without these system libraries. Install them, then run this again:" >&2
echo "    sudo apt-get install ${packages[*]}" >&2
exit 1
