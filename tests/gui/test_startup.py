"""Start-up in stages: the log file, a desk without its sound library, an uncaught error that keeps the call."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from dispatch_desk.ui import app as staged
from dispatch_desk.ui.notify import sound_unavailable

pytestmark = pytest.mark.gui


def test_the_log_goes_to_a_rotating_file_and_versions_are_checked(tmp_path):
    path = staged.init_logging(tmp_path / "log")
    root = logging.getLogger()
    try:
        logging.getLogger("dispatch_desk.test").warning("shift started <b>x</b>")
        for handler in root.handlers:
            handler.flush()
        assert "shift started <b>x</b>" in path.read_text(encoding="utf-8")
    finally:
        for handler in [h for h in root.handlers if getattr(h, "baseFilename", "") == str(path)]:
            root.removeHandler(handler)
            handler.close()
    assert staged.check_versions() == []


def test_a_desk_without_its_sound_library_starts_and_says_sound_is_off(qtbot, bare_window, monkeypatch):
    import PySide6

    monkeypatch.delattr(PySide6, "QtMultimedia", raising=False)
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # as if libpulse were missing
    assert sound_unavailable() is not None
    bare_window.notifier.sound_enabled = True
    bare_window.start()
    qtbot.waitUntil(lambda: bare_window.now.services is not None, timeout=20_000)
    assert (
        bare_window.sound_status.isVisibleTo(bare_window)
        and "Sound is off" in bare_window.sound_status.text()
    )
    bare_window.notifier.notify()  # no chime, no error: the flash alone
    assert bare_window.notifier.count == 1 and not bare_window.notifier.sound_enabled


def test_an_uncaught_error_keeps_the_call_being_typed_and_names_the_log(
    qtbot, bare_window, tmp_path, monkeypatch
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_path = tmp_path / "desk.log"
    staged.install_crash_handler(bare_window, log_path)
    bare_window.calls.new_call()
    bare_window.call_form.address.setText("Торайгырова 64")
    try:
        raise RuntimeError("the printer caught fire")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert (
        bare_window.calls.draft_path.is_file()
        and "Торайгырова 64" in bare_window.calls.draft_path.read_text("utf-8")
    )
    box = next(b for b in bare_window.findChildren(QMessageBox) if "printer caught fire" in b.text())
    assert str(log_path) in box.text()
    box.close()
