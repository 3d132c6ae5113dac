#!/usr/bin/env bash
# The set-up every start ran before the stamp (kept to measure against): pip upgrade, editable install
# in an isolated build, the library check and every translation compiled.
set -euo pipefail
cd "$(dirname "$0")/../.."
kind=${1:-app}
python=${PYTHON:-python3}

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Dispatch Desk needs Python 3.11 or newer ($python is $("$python" --version 2>&1))." >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
if [ "$kind" = dev ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
else
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
fi
# What the Qt plugins link from the system (X11, QtWebEngine, QtMultimedia): installed as root, else named.
bash scripts/ensure-system-libs.sh .venv/bin/python
# The desk's translations: .ts sources in resources/translations, compiled to .qm here.
for ts in resources/translations/*.ts; do
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
