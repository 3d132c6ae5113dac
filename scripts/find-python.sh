#!/usr/bin/env bash
# Print the newest Python 3.12 or newer on this machine: $PYTHON if set, else python3.14 … python3.12 on
# PATH, else the same under pyenv's versions (its shims answer only for the version pyenv has selected),
# else python3. Exits 1, saying why, when none is 3.12 or newer. The routing engine's wheel (pyvalhalla)
# is built for Python 3.12 and newer; setup.sh and check-wheel.sh both ask here.
set -uo pipefail
ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; }
if [ -n "${PYTHON:-}" ]; then
    ok "$PYTHON" && { echo "$PYTHON"; exit 0; }
    echo "Dispatch Desk needs Python 3.12 or newer (PYTHON=$PYTHON is $("$PYTHON" --version 2>&1))." >&2
    exit 1
fi
for minor in 14 13 12; do
    candidates=("python3.$minor")
    root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
    for found in "$root"/versions/3."$minor".*/bin/python3."$minor"; do
        [ -x "$found" ] && candidates+=("$found")
    done
    for candidate in "${candidates[@]}"; do
        if ok "$candidate"; then
            command -v "$candidate"
            exit 0
        fi
    done
done
ok python3 && { command -v python3; exit 0; }
echo "Dispatch Desk needs Python 3.12 or newer; python3 is $(python3 --version 2>&1). Install python3.12 or" \
    "newer (or set PYTHON to one)." >&2
exit 1
