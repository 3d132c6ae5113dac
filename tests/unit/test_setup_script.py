"""scripts/setup.sh, the first half of the README's two commands: a second start with nothing changed
runs no pip at all, a changed dependency list installs without build isolation (no package index needed
once the environment has setuptools), the desk's own modules are compiled to bytecode (a start never
compiles them), and the terminal hears only of failures."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Stands in for .venv/bin/python: records each call; `-m pip install` fails when FAIL_PIP is set.
RECORDER = """#!/usr/bin/env bash
echo "python $*" >> "$CALLS"
if [ "$1" = -m ] && [ "$2" = pip ]; then
    echo "pip: a long harmless log line"
    [ -z "${FAIL_PIP:-}" ] || { echo "ERROR: no matching distribution" >&2; exit 1; }
fi
exit 0
"""
COMPILE = "python -m compileall -q dispatch_desk"  # what a start with nothing changed still runs (0.05 s)
LRELEASE = """#!/usr/bin/env bash
echo "lrelease $*" >> "$CALLS"
touch "$4"
"""


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    for name in ("pyproject.toml", "scripts/setup.sh", "scripts/find-python.sh", "dispatch_desk/__init__.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / "scripts" / "ensure-system-libs.sh").write_text('echo "system-libs" >> "$CALLS"\n')
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources" / "translations" / "dispatch_desk_kk.ts").write_text("<TS/>")
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    for name, text in (("python", RECORDER), ("pyside6-lrelease", LRELEASE)):
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    return tmp_path


def _setup(
    checkout: Path, kind: str = "app", **env: str
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    calls = checkout / "calls.log"
    calls.unlink(missing_ok=True)
    done = subprocess.run(
        ["bash", "scripts/setup.sh", kind],
        cwd=checkout,
        capture_output=True,
        text=True,
        env={**os.environ, "CALLS": str(calls), **env},
        timeout=60,
    )
    return done, calls.read_text().splitlines() if calls.exists() else []


def test_a_second_start_with_nothing_changed_installs_nothing(checkout: Path):
    first, calls = _setup(checkout)
    assert first.returncode == 0, first.stderr
    assert (first.stdout, first.stderr) == ("", "")  # quiet when all is well
    installs = [c for c in calls if " pip install " in c]
    assert installs[-1].endswith("--no-build-isolation -e .")  # the build needs no index
    assert any("setuptools>=69" in c for c in installs)
    assert "system-libs" in calls and any(c.startswith("lrelease") for c in calls)
    assert "pip: a long harmless log line" in (checkout / ".venv" / "setup.log").read_text()

    assert COMPILE in calls  # the desk's bytecode, so that no start compiles it
    again, calls = _setup(checkout)
    assert again.returncode == 0 and calls == [COMPILE]  # no pip, no lrelease, no library check


def test_dev_covers_app_but_not_the_other_way_round(checkout: Path):
    _setup(checkout, "app")
    done, calls = _setup(checkout, "dev")
    assert done.returncode == 0 and any(c.endswith("-e .[dev]") for c in calls)
    _, calls = _setup(checkout, "app")
    assert calls == [COMPILE]


def test_a_changed_dependency_list_or_translation_is_installed_again(checkout: Path):
    _setup(checkout)
    pyproject = checkout / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + "\n# a new dependency\n")
    _, calls = _setup(checkout)
    assert any(c.endswith("--no-build-isolation -e .") for c in calls)

    ts = checkout / "resources" / "translations" / "dispatch_desk_kk.ts"
    os.utime(ts, (ts.stat().st_mtime + 10, ts.stat().st_mtime + 10))
    _, calls = _setup(checkout)
    assert [c.split()[0] for c in calls] == ["lrelease", "python"]  # the changed translation, the bytecode
    assert calls[1] == COMPILE


def test_a_failed_install_says_so_and_leaves_no_stamp(checkout: Path):
    done, _ = _setup(checkout, FAIL_PIP="1")
    assert done.returncode == 1
    assert "Setting up Dispatch Desk failed while installing" in done.stderr
    assert "no matching distribution" in done.stderr  # the log's tail, where the reason is
    assert not (checkout / ".venv" / ".setup-stamp").exists()
    _, calls = _setup(checkout)
    assert any(" pip install " in c for c in calls)  # tried again next time
