"""Open incidents by priority and units by state, as the queue and the unit panel hold them."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dispatch_desk.domain.entities import Incident, Unit
from dispatch_desk.domain.enums import UnitStatus
from dispatch_desk.ui import labels

SHOWN_UNIT_STATES = (
    UnitStatus.AVAILABLE,
    UnitStatus.DISPATCHED,
    UnitStatus.EN_ROUTE,
    UnitStatus.ON_SCENE,
    UnitStatus.BUSY,
)


class IncidentCounts(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)

    def show_counts(self, incidents: list[Incident]) -> None:
        open_incidents = [i for i in incidents if i.status.is_open]
        counts = Counter(int(i.priority) for i in open_incidents)
        parts = ", ".join(f"{labels.priority(p)}: {counts.get(p, 0)}" for p in (1, 2, 3, 4))
        self.setText(
            self.tr("Open incidents: %1 (%2)").replace("%1", str(len(open_incidents))).replace("%2", parts)
        )


class OverdueCount(QLabel):
    """How many incidents are overdue now, in red; hidden while none is."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("overdueCount")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #ffffff; background: #c62828; font-weight: bold; padding: 0 6px;")
        self.hide()

    def show_count(self, count: int) -> None:
        self.setText(self.tr("Overdue: %1").replace("%1", str(count)))
        self.setVisible(count > 0)


class UnitCounts(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)

    def show_counts(self, units: list[Unit]) -> None:
        counts = Counter(u.status for u in units)
        text = ", ".join(f"{labels.unit_status(s)} {counts.get(s, 0)}" for s in SHOWN_UNIT_STATES)
        self.setText(self.tr("Units: %1").replace("%1", text))
