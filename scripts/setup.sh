#!/usr/bin/env bash
# Create the project's virtual environment in .venv and install Dispatch Desk into it (editable).
# Usage: scripts/setup.sh [app|dev]   (dev adds the test and lint tools). Safe to run again.
#
# A second run with nothing changed does nothing: a stamp in .venv records what the last successful set-up
# installed (the kind, the Python, the dependency list and this script). The install itself is editable, so
# a change of the code needs no set-up at all. A changed dependency list is installed again without a
# package index when everything it names is already there (a closed network can still start the desk).
# pip and the compilers write to .venv/setup.log; the terminal hears only of failures.
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-app}
python=$(bash scripts/find-python.sh) || exit 1

stamp=.venv/.setup-stamp
fingerprint() {
    { "$python" --version 2>&1; cat pyproject.toml scripts/setup.sh scripts/find-python.sh dispatch_desk/__init__.py; } | cksum
}
up_to_date() {
    [ -x .venv/bin/python ] && [ -f "$stamp" ] || return 1
    local done_kind done_print
    read -r done_kind done_print <"$stamp" || return 1
    [ "$done_print" = "$(fingerprint | tr ' ' '-')" ] || return 1
    [ "$done_kind" = "$kind" ] || [ "$done_kind" = dev ]  # dev installs everything app needs
}
compile_translations() {
    # The desk's translations: .ts sources in resources/translations, compiled to .qm when newer.
    for ts in resources/translations/*.ts; do
        qm=${ts%.ts}.qm
        if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
            .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm" >>.venv/setup.log 2>&1 || failed "compiling $ts"
        fi
    done
}
compile_code() {
    # The desk's own modules as bytecode, when newer: a start reads them instead of compiling ~150 modules
    # (0.6 s of a start where Python may not write its cache, e.g. PYTHONDONTWRITEBYTECODE); 0.05 s when current.
    .venv/bin/python -m compileall -q dispatch_desk >>.venv/setup.log 2>&1 || failed "compiling the code"
}
failed() {
    echo "Setting up Dispatch Desk failed while $1. The last lines of .venv/setup.log:" >&2
    tail -n 25 .venv/setup.log >&2
    exit 1
}

if up_to_date; then
    compile_translations
    compile_code
    exit 0
fi
if [ -f .venv/pyvenv.cfg ]; then  # made with another Python (the project moved to 3.12+): start again
    have=$(sed -n 's/^version[_info]* *= *\([0-9]*\.[0-9]*\).*/\1/p' .venv/pyvenv.cfg | head -n 1)
    want=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    if [ -n "$have" ] && [ "$have" != "$want" ]; then rm -rf .venv; fi
fi
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv || { echo "Could not create .venv with $python -m venv." >&2; exit 1; }
fi
: >.venv/setup.log
pip=(.venv/bin/python -m pip install --disable-pip-version-check --no-input)
# The build runs in this environment (no isolation), so it needs no package index once setuptools is here.
"${pip[@]}" "setuptools>=69" wheel >>.venv/setup.log 2>&1 || failed "installing setuptools"
target=.
[ "$kind" = dev ] && target=".[dev]"
"${pip[@]}" --no-build-isolation -e "$target" >>.venv/setup.log 2>&1 || failed "installing the project ($target)"
# What the Qt plugins link from the system (X11, QtWebEngine, QtMultimedia): installed as root, else named.
bash scripts/ensure-system-libs.sh .venv/bin/python
compile_translations
compile_code
echo "$kind $(fingerprint | tr ' ' '-')" >"$stamp"
