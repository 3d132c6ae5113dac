"""What a restart keeps: the layout even after the desk was killed (written whenever it changes, not only
on close), the night palette, and a call being typed: Ctrl+Q asks first, as Esc does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from dispatch_desk.config import config_dir
from dispatch_desk.ui import layout
from dispatch_desk.ui.palette import apply_palette
from tests.support.desk_window import demo_desk

pytestmark = pytest.mark.gui


def _stored(key: str):
    return QSettings(str(config_dir() / "desk-layout.ini"), QSettings.Format.IniFormat).value(key)


def test_the_layout_is_on_disk_before_the_desk_closes(qtbot, sqlite_city, monkeypatch):
    monkeypatch.setattr(layout, "KEEP_EVERY_MS", 100)
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        header = window.queue.table.horizontalHeader()
        header.resizeSection(1, header.sectionSize(1) + 77)
        wanted = header.sectionSize(1)

        def on_disk() -> bool:  # as a kill -9 would find it: the window is still open
            stored = _stored("queueHeader")
            return stored is not None and bytes(stored) == bytes(header.saveState().data())

        qtbot.waitUntil(on_disk, timeout=5_000)
        window.units.set_view("table")
        qtbot.waitUntil(lambda: _stored("unitView") == "table", timeout=5_000)
    with demo_desk(qtbot, sqlite_city, "operator") as again:
        assert again.queue.table.horizontalHeader().sectionSize(1) == wanted
        assert again.units.view == "table"


def test_the_night_palette_is_remembered(qtbot, sqlite_city):
    day = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
    try:
        with demo_desk(qtbot, sqlite_city, "operator") as window:
            window.desk_actions.actions["dark"].trigger()
            assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < day
        apply_palette(False)
        with demo_desk(qtbot, sqlite_city, "operator") as again:
            assert again.desk_actions.actions["dark"].isChecked()
            assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < day
            again.desk_actions.actions["dark"].trigger()  # back to day: remembered too
        with demo_desk(qtbot, sqlite_city, "operator") as third:
            assert not third.desk_actions.actions["dark"].isChecked()
    finally:
        apply_palette(False)


def test_ctrl_q_asks_while_a_call_is_typed(qtbot, sqlite_city):
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        QTest.keyClick(window, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: window.call_form.phone.hasFocus(), timeout=5_000)
        qtbot.keyClicks(window.call_form.phone, "87015550101")
        quit_action = window.desk_actions.actions["quit"]
        quit_action.trigger()
        question = window.findChild(QMessageBox, "quitQuestion")
        assert question is not None and question.isVisible()
        assert "draft" in question.text()
        question.escapeButton().click()  # "Stay at the desk", also what Esc presses
        qtbot.waitUntil(lambda: not question.isVisible(), timeout=5_000)
        assert window.isVisible()

        quit_action.trigger()
        question = next(q for q in window.findChildren(QMessageBox, "quitQuestion") if q.isVisible())
        question.quit_button.click()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
        assert "87015550101" in window.calls.draft_path.read_text(encoding="utf-8")


def test_ctrl_q_quits_at_once_when_nothing_is_under_way(qtbot, sqlite_city):
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        window.desk_actions.actions["quit"].trigger()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
        assert window.findChild(QMessageBox, "quitQuestion") is None
