"""A panel's key brings it to the front and into focus; Ctrl+D never sends a unit from a list the operator
cannot see; after a call the unit tiles are in front again; a call's video never covers the incident."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.desk import CallDraft, DeskService
from tests.support.desk_window import demo_desk

pytestmark = pytest.mark.gui


def _in_sight(widget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def test_ctrl_d_shows_the_hidden_list_first_and_sends_on_the_second_press(qtbot, sqlite_city):
    system = DeskService(sqlite_city, Principal.for_system("calls"))
    incident = system.create_incident(CallDraft(Channel.PHONE, "theft", "Украли сумку", "Естая 105"))
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        window.selection.look_at_incident(incident.number)
        qtbot.waitUntil(
            lambda: window.detail.incident is not None and bool(window.detail.candidates), timeout=10_000
        )
        first = window.detail.candidates[0].call_sign
        window.look_outs.dock.show()
        window.look_outs.dock.raise_()  # the look-outs tab over the incident panel
        qtbot.waitUntil(lambda: not _in_sight(window.detail.recommended), timeout=5_000)
        dispatch = window.desk_actions.actions["dispatch_first"]
        dispatch.trigger()
        qtbot.waitUntil(lambda: _in_sight(window.detail.recommended), timeout=5_000)
        assert "Nothing sent" in window.statusBar().currentMessage()
        qtbot.wait(300)
        assert system.read.incident(incident.number).assignments == []

        dispatch.trigger()  # the list in sight: the unit the operator sees at the top goes
        qtbot.waitUntil(lambda: bool(system.read.incident(incident.number).assignments), timeout=10_000)
        assert system.read.incident(incident.number).assignments[0].call_sign == first


def test_panel_keys_bring_to_front_and_the_tiles_come_back_after_a_call(qtbot, sqlite_city):
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        window.app_calls.list_dock.show()
        window.app_calls.list_dock.raise_()  # the calls' list over the tiles
        qtbot.waitUntil(lambda: not _in_sight(window.units), timeout=5_000)
        QTest.keyClick(window, Qt.Key.Key_F4)
        qtbot.waitUntil(lambda: _in_sight(window.units), timeout=5_000)
        assert window.units.views.currentWidget().hasFocus()

        window.app_calls.list_dock.raise_()
        QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # the units' panel key
        qtbot.waitUntil(lambda: _in_sight(window.units), timeout=5_000)
        QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # again: still there
        qtbot.wait(200)
        assert _in_sight(window.units)

        window.app_calls.list_dock.raise_()
        QTest.keyClick(window, Qt.Key.Key_F2)
        form = window.call_form
        qtbot.waitUntil(lambda: form.phone.hasFocus(), timeout=5_000)
        form.address.setText("Естая 105")
        form.description.setPlainText("Шум")
        form.category.setCurrentIndex(form.category.findData("noise_night"))
        form.request_save()
        qtbot.waitUntil(lambda: not window.call_dock.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: _in_sight(window.units), timeout=5_000)


def test_the_calls_video_sits_below_the_incident_not_over_it(qtbot, sqlite_city):
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        assert window.app_calls.call_view_dock not in window.tabifiedDockWidgets(window.detail_dock)
