"""The city board: the shift lead's view of every precinct at once, for a second monitor or the wall.

One line per precinct and one for the city: open incidents by priority, the longest wait for a unit,
overdue incidents, units available / busy / off shift, whether the service centre is open, and the
contacts of the last hour against the usual for this weekday and hour (drawn as two bars). It reads
what the desk already holds — the queue and the unit panel, live from the change feed — every second;
the contacts are counted in the database once a minute. A click on a precinct narrows the queue, the
units and the map to it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)
from shapely.geometry import shape

from dispatch_desk.domain.board import UNLOCATED, BoardLine, board_lines
from dispatch_desk.domain.entities import Precinct
from dispatch_desk.ui import labels
from dispatch_desk.ui.models.base import Index, RowTableModel
from dispatch_desk.ui.models.incidents import format_age

if TYPE_CHECKING:
    from dispatch_desk.ui.desk_part import PartContext

CITY = "*"
LineRole = Qt.ItemDataRole.UserRole + 1


class BoardModel(RowTableModel):
    COLUMNS = (
        "precinct",
        "p1",
        "p2",
        "p3",
        "p4",
        "wait",
        "overdue",
        "available",
        "busy",
        "off",
        "centre",
        "contacts",
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[BoardLine] = []
        self.names: dict[str, str] = {}
        self.largest = 1.0  # contacts: the scale of the bars

    def headers(self) -> list[str]:
        return [
            self.tr("Precinct"),
            *(labels.priority(p) for p in (1, 2, 3, 4)),
            self.tr("Longest wait"),
            self.tr("Overdue"),
            self.tr("Available"),
            self.tr("Busy"),
            self.tr("Off shift"),
            self.tr("Centre"),
            self.tr("Contacts, last hour / usual"),
        ]

    def set_lines(self, lines: list[BoardLine], city: BoardLine) -> None:
        self.beginResetModel()
        self._rows = [*lines, city]
        self.largest = max(
            [1.0, *(max(x.contacts_last_hour, x.contacts_usual or 0) for x in self._rows[:-1])]
        )
        self.endResetModel()

    def line(self, row: int) -> BoardLine:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == LineRole:
            return line
        if role == Qt.ItemDataRole.FontRole and (
            line.code == CITY or column in ("precinct", "p1", "overdue")
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == "overdue" and line.overdue:
                return QColor(198, 40, 40)
            if column == "p1" and line.open_by_priority[0]:
                return QColor(198, 40, 40, 90)
            if column == "available" and line.code not in (CITY, UNLOCATED) and not line.units_available:
                return QColor(239, 108, 0, 110)  # nobody left to send
        if role == Qt.ItemDataRole.ForegroundRole and column == "overdue" and line.overdue:
            return QColor("#ffffff")
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "precinct":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, line: BoardLine, column: str) -> str:
        if column == "precinct":
            if line.code == CITY:
                return self.tr("City")
            if line.code == UNLOCATED:
                return self.tr("No precinct")
            return f"{line.code} {self.names.get(line.code, '')}".strip()
        if column in ("p1", "p2", "p3", "p4"):
            return str(line.open_by_priority[int(column[1]) - 1])
        if column == "wait":
            return format_age(line.longest_wait_s) if line.longest_wait_s is not None else "—"
        if column == "centre":
            return {True: self.tr("open"), False: self.tr("closed"), None: "—"}[line.centre_open]
        if column == "contacts":
            usual = "—" if line.contacts_usual is None else f"{line.contacts_usual:.1f}"
            return f"{line.contacts_last_hour} / {usual}"
        return str(
            {
                "overdue": line.overdue,
                "available": line.units_available,
                "busy": line.units_busy,
                "off": line.units_off,
            }[column]
        )


class ContactsBars(QStyledItemDelegate):
    """Two bars: the last hour (solid) over the usual for this hour (outlined), with the figures."""

    def paint(self, painter: QPainter, option, index) -> None:
        line: BoardLine = index.data(LineRole)
        model: BoardModel = index.model()
        figures = option.fontMetrics.horizontalAdvance("000 / 00.0") + 8  # the figures beside the bars
        box = QRect(option.rect).adjusted(4, 4, -figures, -4)
        painter.save()
        scale = box.width() / model.largest
        half = box.height() // 2
        last = QRect(box.left(), box.top(), min(box.width(), int(line.contacts_last_hour * scale)), half - 1)
        painter.fillRect(last, QColor(21, 101, 192) if line.code != CITY else QColor(96, 125, 139))
        if line.contacts_usual is not None and line.code != CITY:
            painter.setPen(QColor(120, 144, 156))
            painter.drawRect(QRect(box.left(), box.top() + half, int(line.contacts_usual * scale), half - 1))
        painter.setPen(option.palette.text().color())
        painter.drawText(
            QRect(box.right() + 4, option.rect.top(), figures - 4, option.rect.height()),
            Qt.AlignmentFlag.AlignVCenter,
            index.data(),
        )
        painter.restore()


class CityBoard(QDialog):
    precinctChosen = Signal(str)  # a precinct's code ("" for the whole city)

    def __init__(self, ctx: PartContext, precincts: list[Precinct]) -> None:
        super().__init__(ctx.parent, Qt.WindowType.Window)
        self.setObjectName("cityBoard")
        self.setWindowTitle(self.tr("City board"))
        self.ctx = ctx
        self.zone = ZoneInfo(ctx.settings.timezone)
        self.precincts = precincts
        self.contacts: dict[str, tuple[int, float | None]] = {}
        self.model = BoardModel(self)
        self.model.names = {p.code: p.name(ctx.language) for p in precincts}
        self.table = QTableView()
        self.table.setObjectName("board")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(BoardModel.COLUMNS.index("contacts"), ContactsBars(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BoardModel.COLUMNS.index("contacts"), QHeaderView.ResizeMode.Stretch)
        font = self.table.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)  # read from across the room
        self.table.setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().lineSpacing() + 14)
        self.table.clicked.connect(self._clicked)
        note = QLabel(
            self.tr(
                "A click on a precinct narrows the queue, the units and the map to it; on the city, "
                "shows the whole city again."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        self.contacts_timer = QTimer(self)
        self.contacts_timer.setInterval(60_000)
        self.contacts_timer.timeout.connect(self.read_contacts)
        self.resize(1100, 620)

    def start(self) -> None:
        self.refresh()
        self.read_contacts()
        self.timer.start()
        self.contacts_timer.start()

    def refresh(self) -> None:
        views = self.ctx.views
        lines, city = board_lines(
            self.precincts,
            views.queue.model.incidents(),
            views.units.model.units(),
            datetime.now(UTC),
            self.zone,
            overdue=views.queue.model.overdue.keys(),
            contacts=self.contacts,
        )
        self.model.set_lines(lines, city)

    def read_contacts(self) -> None:
        signed = self.ctx.now.signed_in()
        if signed is None:
            return
        analytics = signed[0].analytics_for(signed[1])

        def done(rates) -> None:
            self.contacts = rates
            self.refresh()

        self.ctx.tasks.run(lambda: analytics.contact_rates(datetime.now(UTC)), done, self.ctx.failed)

    def _clicked(self, index) -> None:
        code = self.model.line(index.row()).code
        self.precinctChosen.emit("" if code in (CITY, UNLOCATED) else code)
        self.narrow_to("" if code in (CITY, UNLOCATED) else code)

    def narrow_to(self, code: str) -> None:
        """The queue, the units and the map show this precinct ('' : the whole city)."""
        views, api = self.ctx.views, self.ctx.map_api
        for combo in (views.queue.precinct_filter, views.units.precinct_filter):
            combo.setCurrentIndex(max(0, combo.findData(code)))
        precinct = next((p for p in self.precincts if p.code == code), None)
        if api is not None and precinct is not None:
            west, south, east, north = shape(precinct.boundary).bounds
            api.fit_bounds(south, west, north, east)

    def done(self, result: int) -> None:
        self.timer.stop()
        self.contacts_timer.stop()
        super().done(result)
