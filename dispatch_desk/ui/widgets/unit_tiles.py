"""Every unit of the shift at a glance: a compact tile per unit, grouped by precinct.

At 1600×900 a table showed a handful of the city's 42 units; tiles show them all. A tile is the unit's
call sign on its status colour, with its type, precinct and, while on a job, the incident. The tiles
share the unit panel's model and filters: selecting, dragging onto an incident and the context menu
work as in the table.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dispatch_desk.domain.entities import Unit
from dispatch_desk.domain.enums import UnitKind, UnitStatus
from dispatch_desk.ui import labels

Index = QModelIndex | QPersistentModelIndex

TILE = QSize(86, 42)
TILE_COLOURS = {
    UnitStatus.AVAILABLE: ("#2e7d32", "#ffffff"),
    UnitStatus.DISPATCHED: ("#1565c0", "#ffffff"),
    UnitStatus.EN_ROUTE: ("#0d47a1", "#ffffff"),
    UnitStatus.ON_SCENE: ("#6a1b9a", "#ffffff"),
    UnitStatus.RETURNING: ("#00838f", "#ffffff"),
    UnitStatus.BUSY: ("#616161", "#ffffff"),
    UnitStatus.MEAL_BREAK: ("#ef6c00", "#ffffff"),
    UnitStatus.OFF_SHIFT: ("#cfd8dc", "#37474f"),
}
OFF_SHIFT_AT_NIGHT = ("#37474f", "#b0bec5")
KIND_MARKS = {
    UnitKind.PATROL_CAR: "▲",
    UnitKind.FOOT_PATROL: "●",
    UnitKind.TRAFFIC: "■",
    UnitKind.JUVENILE_INSPECTOR: "◆",
    UnitKind.PRECINCT_INSPECTOR: "★",
}


class ByPrecinct(QSortFilterProxyModel):
    """The units (as the panel filters them) in precinct order, then by call sign."""

    def __init__(self, role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.role = role

    def lessThan(self, left: Index, right: Index) -> bool:
        a: Unit = left.data(self.role)
        b: Unit = right.data(self.role)
        now = datetime.now(UTC)  # a lent unit stands among the units of the precinct it serves
        return (a.precinct_at(now) or "~", a.call_sign) < (b.precinct_at(now) or "~", b.call_sign)


class TileDelegate(QStyledItemDelegate):
    def __init__(self, role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.role = role

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return TILE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        unit: Unit | None = index.data(self.role)
        if unit is None:
            return
        night = option.palette.window().color().lightness() < 128
        background, ink = TILE_COLOURS.get(unit.status, ("#90a4ae", "#ffffff"))
        if night and unit.status is UnitStatus.OFF_SHIFT:
            background, ink = OFF_SHIFT_AT_NIGHT  # not the brightest thing on a dark desk
        box = QRect(option.rect).adjusted(3, 3, -3, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected:
            # A ring in the text's colour (black by day, white at night) around the tile: seen on every
            # status colour, the blue of a dispatched unit included.
            painter.setPen(QPen(option.palette.windowText().color(), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRect(option.rect).adjusted(1, 1, -1, -1), 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor(ink))
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        top = box.adjusted(4, 2, -4, -box.height() // 2)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, unit.call_sign)
        painter.drawText(
            top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, KIND_MARKS.get(unit.kind, "")
        )
        font.setBold(False)
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.82))
        painter.setFont(font)
        bottom = box.adjusted(4, box.height() // 2, -4, -2)
        # On a job: the incident's number within its year ("003469" of "26-003469"), else the status.
        second = (
            unit.current_incident.rsplit("-", 1)[-1]
            if unit.current_incident
            else labels.unit_status_on_tile(unit.status)
        )
        serving = unit.precinct_at(datetime.now(UTC))
        mark = f"→{serving}" if serving != unit.home_precinct else unit.home_precinct or ""
        metrics = painter.fontMetrics()
        room = bottom.width() - metrics.horizontalAdvance(mark) - 4  # the status gets what the mark leaves
        text = metrics.elidedText(second, Qt.TextElideMode.ElideRight, room)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, mark)
        painter.restore()


class UnitTiles(QListView):
    """The tiles: arrow keys move between them, a drag carries the unit to an incident."""

    def __init__(self, model, role: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("unitTiles")
        self.order = ByPrecinct(role, self)
        self.order.setSourceModel(model)
        self.order.setDynamicSortFilter(True)
        self.order.sort(0)
        self.setModel(self.order)
        self.setItemDelegate(TileDelegate(role, self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(TILE)
        self.setSpacing(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setMouseTracking(True)

    def source_index(self, index: Index) -> QModelIndex:
        """The index in the panel's filter proxy (the table's model) of a tile."""
        return self.order.mapToSource(self.order.index(index.row(), index.column()))

    def select_proxy_row(self, proxy_index: QModelIndex) -> None:
        tile = self.order.mapFromSource(proxy_index)
        if tile.isValid() and tile != self.currentIndex():
            self.setCurrentIndex(tile)
