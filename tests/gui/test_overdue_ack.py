"""An acknowledged overdue alert is silenced for a while, by priority, not for good: a P1 still without
a unit comes back five minutes after the acknowledgement, escalated, with the alert sound."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.overdue import ACKNOWLEDGED_FOR
from dispatch_desk.services.clock import utc_now
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.ui.overdue_view import OverdueDialog
from tests.support.desk_window import demo_desk

pytestmark = pytest.mark.gui


def test_an_acknowledged_p1_comes_back_escalated(qtbot, sqlite_city):
    other = DeskService(sqlite_city, Principal.for_system("caller"))
    waiting = other.create_incident(
        CallDraft(
            Channel.PHONE,
            "robbery",
            "Грабёж с ножом",
            "Естая 105",
            received_at=utc_now() - timedelta(seconds=90),
        )
    )
    assert int(waiting.priority) == 1
    with demo_desk(qtbot, sqlite_city, "shiftlead") as window:
        model = window.queue.model
        qtbot.waitUntil(lambda: waiting.number in model.unacknowledged(), timeout=10_000)
        qtbot.waitUntil(lambda: window.notifier.alerts >= 1, timeout=5_000)  # it sounded
        window.desk_actions.actions["overdue"].trigger()
        dialog = next(d for d in window.windows.dialogs if isinstance(d, OverdueDialog))
        row = next(
            r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == waiting.number
        )
        dialog.table.selectRow(row)
        dialog.acknowledge()
        qtbot.waitUntil(lambda: waiting.number not in model.unacknowledged(), timeout=10_000)
        alerts = window.notifier.alerts
        real_now = model.now
        model.now = lambda: real_now() + ACKNOWLEDGED_FOR[1] + timedelta(seconds=1)  # five minutes on
        model.check_overdue()
        assert waiting.number in model.unacknowledged() and model.escalated(waiting.number)
        assert window.notifier.alerts == alerts + 1
        assert waiting.number in window.statusBar().currentMessage()
        row = model.row_of(waiting.number)
        from PySide6.QtCore import Qt

        assert "still overdue" in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
        model.now = real_now


def test_thresholds_read_and_are_typed_in_minutes(qtbot):
    from PySide6.QtGui import QValidator

    from dispatch_desk.ui.overdue_view import DurationSpin

    spin = DurationSpin()
    qtbot.addWidget(spin)
    spin.setValue(300)
    assert spin.text() == "5 min"
    spin.setValue(90)
    assert spin.text() == "1 min 30 s"
    spin.setValue(3600)
    assert spin.text() == "1 h"
    assert spin.valueFromText("15 min") == 900 and spin.valueFromText("1 h 30 min") == 5400
    assert spin.valueFromText("45") == 45  # a bare number: seconds
    assert spin.validate("2 min", 0)[0] is QValidator.State.Acceptable
    assert spin.validate("2 parsecs", 0)[0] is QValidator.State.Intermediate
    assert spin.validate("2 s", 0)[0] is QValidator.State.Intermediate  # under the 10 s minimum
    assert spin.validate("30 h", 0)[0] is QValidator.State.Intermediate  # over a day
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "20 min")
    spin.interpretText()
    assert spin.value() == 1200
