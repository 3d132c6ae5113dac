"""The incident's timeline speaks the operator's language: an acknowledged overdue alert names the rule
in words, never its code ("not_dispatched" was printed in the field test)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import IncidentChange
from dispatch_desk.domain.entities import Incident
from dispatch_desk.domain.enums import Channel, Priority
from dispatch_desk.store.feed import FeedEntry
from dispatch_desk.ui.widgets.detail import IncidentDetail

pytestmark = pytest.mark.gui
T0 = datetime(2026, 12, 7, 14, 0, tzinfo=UTC)


def test_an_acknowledged_alert_is_named_in_words(qtbot):
    detail = IncidentDetail("Asia/Almaty")
    qtbot.addWidget(detail)
    incident = Incident(Channel.PHONE, "robbery", Priority.LIFE_IN_DANGER, T0, T0, number="26-000001", id=1)
    acknowledged = IncidentChange(
        ChangeKind.INCIDENT_OVERDUE_ACKNOWLEDGED, "26-000001", reason="not_dispatched"
    )
    entry = FeedEntry(7, T0, "shiftlead", "incident", 1, acknowledged.kind.value, acknowledged)
    detail.show_incident(incident, timeline=[entry])
    line = detail.timeline.item(0).text()
    assert "not_dispatched" not in line and "no unit sent yet" in line


def test_units_that_have_left_are_named_not_none_yet(qtbot):
    from dispatch_desk.domain.entities import Unit
    from dispatch_desk.domain.enums import UnitKind

    detail = IncidentDetail("Asia/Almaty")
    qtbot.addWidget(detail)
    incident = Incident(Channel.PHONE, "robbery", Priority.URGENT, T0, T0, number="26-000002", id=2)
    detail.show_incident(incident)
    assert detail.units.text() == "none yet"
    incident.assign(Unit("П-051", UnitKind.PATROL_CAR, "05", id=51), T0)
    incident.clear_unit(51, T0, "back on patrol")
    detail.show_incident(incident)
    assert "П-051" in detail.units.text() and "none yet" not in detail.units.text()
