#!/usr/bin/env bash
# Collect the user-visible strings of the desk and the command line (dispatch_desk/cli: its tr(…) has the
# empty context) into the Kazakh and Russian .ts files (new ones come in
# unfinished; translate them, e.g. with Qt Linguist, before committing).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate $(git ls-files 'dispatch_desk/ui/*.py' 'dispatch_desk/ui/**/*.py' 'dispatch_desk/cli/*.py') \
    -ts resources/translations/dispatch_desk_kk.ts resources/translations/dispatch_desk_ru.ts
