"""The table model of incidents, updated one row at a time."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from dispatch_desk.domain.entities import Category, Incident
from dispatch_desk.ui import labels

Index = QModelIndex | QPersistentModelIndex

ROOT = QModelIndex()
PRIORITY_COLOURS = {1: QColor(198, 40, 40, 70), 2: QColor(239, 108, 0, 60), 3: QColor(249, 168, 37, 40)}


class IncidentTableModel(QAbstractTableModel):
    COLUMNS = (
        "priority",
        "number",
        "received",
        "category",
        "address",
        "precinct",
        "status",
        "channel",
        "units",
    )
    NumberRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, zone: str = "Asia/Almaty", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(zone)
        self._rows: list[Incident] = []
        self._row_of: dict[str, int] = {}
        self.categories: dict[str, Category] = {}
        self.language = "en"

    def headers(self) -> list[str]:
        return [
            self.tr("P"),
            self.tr("Number"),
            self.tr("Received"),
            self.tr("Category"),
            self.tr("Address"),
            self.tr("Precinct"),
            self.tr("Status"),
            self.tr("Channel"),
            self.tr("Units"),
        ]

    # -- Qt model interface ------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.COLUMNS):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        incident = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(incident, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("address", "category"):
            return incident.description or None  # plain text: a tooltip starting with '<' would be rich text
        if role == Qt.ItemDataRole.BackgroundRole:
            return PRIORITY_COLOURS.get(int(incident.priority))
        if role == self.NumberRole:
            return incident.number
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "priority":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, incident: Incident, column: str) -> str:
        if column == "priority":
            return str(int(incident.priority))
        if column == "number":
            return incident.number
        if column == "received":
            return incident.received_at.astimezone(self.zone).strftime("%d.%m %H:%M")
        if column == "category":
            category = self.categories.get(incident.category)
            return category.name(self.language) if category else incident.category
        if column == "address":
            return incident.address or self.tr("(location only)")
        if column == "precinct":
            return incident.precinct or self.tr("unknown")
        if column == "status":
            return labels.incident_status(incident.status)
        if column == "channel":
            return labels.channel(incident.channel)
        return ", ".join(a.call_sign for a in incident.active_assignments())

    # -- changes -----------------------------------------------------------------------------------
    def reset(self, incidents: list[Incident]) -> None:
        self.beginResetModel()
        self._rows = list(incidents)
        self._row_of = {i.number: n for n, i in enumerate(self._rows)}
        self.endResetModel()

    def incident(self, row: int) -> Incident:
        return self._rows[row]

    def row_of(self, number: str) -> int | None:
        return self._row_of.get(number)

    def upsert(self, incident: Incident) -> None:
        """Insert a new incident at the end, or update its row in place."""
        row = self._row_of.get(incident.number)
        if row is None:
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.append(incident)
            self._row_of[incident.number] = row
            self.endInsertRows()
        else:
            self._rows[row] = incident
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def remove(self, number: str) -> None:
        row = self._row_of.get(number)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._row_of = {i.number: n for n, i in enumerate(self._rows)}
        self.endRemoveRows()

    def age_seconds(self, row: int, now: datetime | None = None) -> float:
        now = now or datetime.now(UTC)
        return (now - self._rows[row].received_at).total_seconds()
