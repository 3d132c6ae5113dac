"""An officer in danger on every desk: a tracker's panic input raises the red bar and the siren on a desk
already open (through the feed) and on one that signs in later (at sign-in); only the shift lead may
acknowledge it, with what was done, and then it leaves every desk."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QInputDialog, QLabel, QPushButton

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.fixes import Fix, Source
from dispatch_desk.services.tracking import TrackerIntake, UnitTrackers
from tests.support.desk_window import demo_desk

pytestmark = pytest.mark.gui
DEVICE = "356307042441013"


def bar_buttons(window) -> list[str]:
    return [b.objectName() for b in window.alarms.bar.findChildren(QPushButton) if not b.isHidden()]


def test_a_panic_input_alarms_every_desk_until_the_shift_lead_acknowledges(qtbot, sqlite_city):
    UnitTrackers(sqlite_city, Principal.for_system("lead")).bind("A-11", DEVICE, Source.TELTONIKA)
    intake = TrackerIntake(sqlite_city)
    with demo_desk(qtbot, sqlite_city, "operator") as operator:
        assert operator.alarms.bar.isHidden()
        intake.take([Fix(DEVICE, datetime.now(UTC), 54.8731, 69.1505, Source.TELTONIKA, alarm=True)])
        qtbot.waitUntil(lambda: operator.alarms.bar.isVisible(), timeout=10_000)
        assert operator.notifier.dangers >= 1
        [alarm] = operator.alarms.alarms
        assert bar_buttons(operator) == [f"alarmShow{alarm.id}"]  # an operator cannot make it go away
        words = " ".join(label.text() for label in operator.alarms.bar.findChildren(QLabel))
        assert "A-11" in words and "54.87310, 69.15050" in words
        assert operator.alarms.siren.isActive()
        with demo_desk(qtbot, sqlite_city, "shiftlead") as lead:  # signs in while it is open
            qtbot.waitUntil(lambda: lead.alarms.bar.isVisible(), timeout=10_000)
            assert bar_buttons(lead) == [f"alarmShow{alarm.id}", f"alarmAcknowledge{alarm.id}"]
            lead.alarms.bar.findChild(QPushButton, f"alarmAcknowledge{alarm.id}").click()
            dialog = lead.findChild(QInputDialog, "reasonDialog")
            qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5_000)
            dialog.setTextValue("A-14 sent, officer safe")
            dialog.accept()
            qtbot.waitUntil(lambda: lead.alarms.bar.isHidden(), timeout=10_000)
            qtbot.waitUntil(lambda: operator.alarms.bar.isHidden(), timeout=10_000)
            assert not operator.alarms.siren.isActive() and not lead.alarms.siren.isActive()
        operator.sign_out()
        qtbot.waitUntil(lambda: operator.now.desk is None, timeout=5_000)
        assert operator.alarms.alarms == [] and operator.alarms.bar.isHidden()
