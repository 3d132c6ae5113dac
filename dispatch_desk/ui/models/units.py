"""The unit panel's table model and proxy."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

from PySide6.QtCore import (
    QMimeData,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from dispatch_desk.domain.entities import Unit
from dispatch_desk.domain.enums import UnitStatus
from dispatch_desk.domain.unit_shifts import GROUPS, ShiftTimes, shift_times
from dispatch_desk.ui import labels
from dispatch_desk.ui.labels import plain_tooltip
from dispatch_desk.ui.models.base import ROOT, Index, RowTableModel
from dispatch_desk.ui.models.incidents import format_age

STATUS_COLOURS = {
    UnitStatus.AVAILABLE: QColor(46, 125, 50, 70),
    UnitStatus.DISPATCHED: QColor(21, 101, 192, 60),
    UnitStatus.EN_ROUTE: QColor(21, 101, 192, 80),
    UnitStatus.ON_SCENE: QColor(106, 27, 154, 60),
    UnitStatus.RETURNING: QColor(0, 131, 143, 50),
    UnitStatus.BUSY: QColor(117, 117, 117, 60),
    UnitStatus.MEAL_BREAK: QColor(239, 108, 0, 50),
    UnitStatus.OFF_SHIFT: QColor(158, 158, 158, 30),
}


UNIT_MIME = "application/x-dispatch-desk-unit"


class UnitTableModel(RowTableModel):
    COLUMNS = ("call_sign", "status", "precinct", "incident", "since", "shift", "kind", "crew")
    CallSignRole = Qt.ItemDataRole.UserRole + 1
    UnitRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Unit] = []
        self._row_of: dict[str, int] = {}
        self.now = lambda: datetime.now(UTC)
        self.shift_times: dict[str, ShiftTimes] = {}  # call sign → its time in each state this shift

    def headers(self) -> list[str]:
        return [
            self.tr("Unit"),
            self.tr("Status"),
            self.tr("Precinct"),
            self.tr("Incident"),
            self.tr("In status"),
            self.tr("On shift"),
            self.tr("Type"),
            self.tr("Crew"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        unit = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "call_sign":
                return unit.call_sign
            if column == "status":
                return labels.unit_status(unit.status)
            if column == "precinct":
                serving = unit.precinct_at(self.now())
                if serving != unit.home_precinct:
                    return f"{unit.home_precinct or '—'} → {serving}"
                return unit.home_precinct or "—"
            if column == "shift":
                return self._on_shift(unit)
            if column == "incident":
                return unit.current_incident or ""
            if column == "kind":
                return labels.unit_kind(unit.kind)
            if column == "crew":
                return ", ".join(unit.crew)
            if unit.status_since is None:
                return ""
            return format_age((self.now() - unit.status_since).total_seconds())
        if role == Qt.ItemDataRole.BackgroundRole and column in ("call_sign", "status"):
            return STATUS_COLOURS.get(unit.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == "shift":
            return self._shift_tooltip(unit)
        if role == Qt.ItemDataRole.ToolTipRole and column == "precinct" and unit.is_lent(self.now()):
            until = unit.lent_until.astimezone().strftime("%H:%M") if unit.lent_until else ""
            return (
                self.tr("lent to precinct %1 until %2").replace("%1", unit.lent_to or "").replace("%2", until)
            )
        if role == Qt.ItemDataRole.ToolTipRole and column in ("call_sign", "crew"):
            lines = [f"{unit.call_sign} · {labels.unit_kind(unit.kind)} · {labels.unit_status(unit.status)}"]
            lines += [unit.current_incident or "", ", ".join(unit.crew)]
            return plain_tooltip("\n".join(line for line in lines if line))
        if role == self.CallSignRole:
            return unit.call_sign
        if role == self.UnitRole:
            return unit
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [UNIT_MIME]

    def mimeData(self, indexes) -> QMimeData:
        """A dragged unit carries its call sign, to be dropped on an incident."""
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(UNIT_MIME, self._rows[rows[0]].call_sign.encode("utf-8"))
        return data

    def reset(self, units: list[Unit]) -> None:
        self.beginResetModel()
        self._rows = list(units)
        self._row_of = {u.call_sign: n for n, u in enumerate(self._rows)}
        self.endResetModel()

    def unit(self, row: int) -> Unit:
        return self._rows[row]

    def unit_by_call_sign(self, call_sign: str) -> Unit | None:
        row = self._row_of.get(call_sign)
        return None if row is None else self._rows[row]

    # -- time in each state ------------------------------------------------------------------------
    def set_shift_times(self, times: dict[str, ShiftTimes]) -> None:
        """Each unit's figures since its shift began, as read at sign-in; kept current by ``upsert``."""
        self.shift_times = dict(times)
        self.tick()

    def _on_shift(self, unit: Unit) -> str:
        times = self.shift_times.get(unit.call_sign)
        seconds = times.on_shift_s(self.now()) if times is not None else None
        if seconds is None:
            return ""
        minutes = int(seconds // 60)
        return f"{minutes // 60}:{minutes % 60:02d}"

    def _shift_tooltip(self, unit: Unit) -> str | None:
        times = self.shift_times.get(unit.call_sign)
        if times is None or times.started is None:
            return None
        names = {
            "available": self.tr("available"),
            "incidents": self.tr("on incidents"),
            "returning": self.tr("returning"),
            "busy": self.tr("busy"),
            "meal_break": self.tr("meal break"),
        }
        totals = times.totals(self.now())
        lines = [self.tr("On shift since %1").replace("%1", times.started.astimezone().strftime("%H:%M"))]
        for group in GROUPS:
            minutes = int(totals.get(group, 0.0) // 60)
            lines.append(f"{names[group]}: {minutes // 60}:{minutes % 60:02d}")
        return plain_tooltip("\n".join(lines))

    def units(self) -> list[Unit]:
        return list(self._rows)

    def row_of(self, call_sign: str) -> int | None:
        return self._row_of.get(call_sign)

    def upsert(self, unit: Unit) -> None:
        row = self._row_of.get(unit.call_sign)
        if row is None:
            row = len(self._rows)
            self.beginInsertRows(ROOT, row, row)
            self._rows.append(unit)
            self._row_of[unit.call_sign] = row
            self.endInsertRows()
        else:
            self._rows[row] = unit
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        times = self.shift_times.get(unit.call_sign)
        if times is not None and unit.status_since is not None:
            times.advance(unit.status, unit.status_since)
        elif unit.status_since is not None and self.shift_times:
            self.shift_times[unit.call_sign] = shift_times(
                unit.status, unit.status_since, (), horizon=unit.status_since
            )

    def tick(self) -> None:
        if self._rows:
            first, last = self.COLUMNS.index("since"), self.COLUMNS.index("shift")
            self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last))


class UnitFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.precinct = ""
        self.status = ""

    def set_filter(self, **values: Any) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = cast(UnitTableModel, self.sourceModel())
        unit = model.unit(row)
        if self.precinct and unit.precinct_at(model.now()) != self.precinct:
            return False
        return not (self.status and unit.status.value != self.status)

    def lessThan(self, left: Index, right: Index) -> bool:
        model = cast(UnitTableModel, self.sourceModel())
        a, b = model.unit(left.row()), model.unit(right.row())
        order = list(UnitStatus)
        return (order.index(a.status), a.call_sign) < (order.index(b.status), b.call_sign)
