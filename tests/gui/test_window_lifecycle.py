"""Windows the desk opens and closes while its feed keeps flowing: a closed window is gone for good —
no signal of the desk, no answer from the database lane, reaches it afterwards (an "Internal C++ object
already deleted" error shown over the desk, once per change, was the symptom)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.clock import utc_now
from dispatch_desk.services.desk import CallDraft, DeskService
from tests.support.desk_window import demo_desk

pytestmark = pytest.mark.gui
LEADS_WINDOWS = ("overdue", "board", "intervals", "handover", "audit")


def shown() -> set:
    """The windows on screen."""
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def settle(qtbot) -> None:
    """Let the closed windows be deleted, as the event loop deletes them."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(50)


def test_windows_opened_and_closed_twice_hear_nothing_after(qtbot, sqlite_city):
    other = DeskService(sqlite_city, Principal.for_system("caller"))
    with demo_desk(qtbot, sqlite_city, "shiftlead") as window:
        for action in [a for a in LEADS_WINDOWS for _ in range(2)]:
            before = shown()
            window.desk_actions.actions[action].trigger()
            qtbot.waitUntil(lambda seen=before: bool(shown() - seen), timeout=10_000)
            opened = shown() - before
            qtbot.wait(200)  # its first reads are on the lane, or done
            for widget in opened:
                if isinstance(widget, QDialog):
                    widget.done(0)
                widget.close()
            settle(qtbot)
        waiting = other.create_incident(
            CallDraft(
                Channel.PHONE,
                "robbery",
                "Грабёж",
                "Естая 103",
                received_at=utc_now() - timedelta(seconds=120),
            )
        )
        model = window.queue.model
        qtbot.waitUntil(lambda: waiting.number in model.overdue, timeout=10_000)  # the list changed
        model.overdueChanged.emit([waiting.number])  # and once more, by hand
        window.feed.poll()
        qtbot.wait(300)
