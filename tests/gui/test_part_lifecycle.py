"""Every part of the desk is a ``DeskPart`` with a lifecycle: every window and dialog the desk opens, opened
and closed twice while changes flow, leaves no error and no connection behind, and a closed desk's parts
are connected to nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.clock import utc_now
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.ui.desk_part import DeskPart
from tests.support.desk_window import demo_desk

pytestmark = pytest.mark.gui

# Every action that opens a window or a dialog (those a role may not use are disabled and skipped).
OPENING = (
    "board",
    "overdue",
    "intervals",
    "meeting_pack",
    "meeting_pack_residents",
    "look_out_new",
    "handover",
    "accounts",
    "audit",
    "audit_incident",
    "recent_messages",
    "problems",
    "reassign",
    "close",
    "reopen",
    "unit_start_shift",
    "unit_lend",
)


def shown() -> set:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def settle(qtbot) -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(50)


def listeners(window) -> dict[str, int]:
    """How many receivers the signals of the objects that outlive every part and window have."""
    return {
        "overdueChanged": window.queue.model.receivers(SIGNAL("overdueChanged(QVariantList)")),
        "textChanged": window.call_form.description.receivers(SIGNAL("textChanged()")),
        "callRecorded": window.calls.receivers(SIGNAL("callRecorded(QString,QString)")),
        "operations": window.operations.receivers(SIGNAL("updated(PyObject)")),
        "feed": window.feed.receivers(SIGNAL("updated(PyObject)")),
    }


@pytest.mark.parametrize("login", ["shiftlead", "inspector05", "admin"])
def test_every_window_opened_and_closed_twice_leaves_no_error_and_no_connection(qtbot, sqlite_city, login):
    other = DeskService(sqlite_city, Principal.for_system("caller"))
    with demo_desk(qtbot, sqlite_city, login) as window:
        assert all(isinstance(part, DeskPart) for part in window.parts)
        window.units.table.selectRow(0)
        before = listeners(window)
        assert before["overdueChanged"] >= 1 and before["textChanged"] >= 1  # the parts listen to them
        actions = window.desk_actions.actions
        opened_any = 0
        for n, action_id in enumerate(a for a in OPENING for _ in range(2)):
            action = actions[action_id]
            if not (action.isEnabled() and action.isVisible()):
                continue
            seen = shown()
            action.trigger()
            qtbot.wait(150)  # its first reads are on the lane
            incident = other.create_incident(
                CallDraft(
                    Channel.PHONE,
                    "robbery",
                    f"Грабёж {n}",
                    "Естая 103",
                    received_at=utc_now() - timedelta(seconds=120),
                )
            )
            window.feed.poll()  # a change flows while the window is open
            window.queue.model.overdueChanged.emit([incident.number])
            for widget in shown() - seen:
                opened_any += 1
                if isinstance(widget, QDialog):
                    widget.done(0)
                widget.close()
            settle(qtbot)
        assert opened_any >= 4  # the role's windows did open
        window.feed.poll()
        window.queue.model.overdueChanged.emit([])
        qtbot.wait(300)
        settle(qtbot)
        assert listeners(window) == before  # nothing a closed window connected is left behind
        parts = list(window.parts)
    assert all(len(part.connections) == 0 for part in parts)  # the closed desk's parts hear nothing
