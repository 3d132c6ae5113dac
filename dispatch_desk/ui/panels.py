"""The queue of incidents and the unit panel: each a table with its filters.

A unit dragged from the unit panel onto an incident in the queue asks for it to be sent there
(``unitDropped``); the window decides whether that is a dispatch or a move.
"""

from __future__ import annotations

import time
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.entities import Category, Incident
from dispatch_desk.domain.enums import Channel, UnitStatus
from dispatch_desk.ui import labels
from dispatch_desk.ui.models.incidents import IncidentFilterProxy, IncidentTableModel
from dispatch_desk.ui.models.units import UNIT_MIME, UnitFilterProxy, UnitTableModel
from dispatch_desk.ui.widgets.unit_tiles import UnitTiles


def make_table(model, name: str, widths: tuple[int, ...]) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    metrics = table.horizontalHeader().fontMetrics()
    for column, width in enumerate(widths):  # never narrower than its title, in any language
        title = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        table.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + 18))
    table.setProperty("lastColumnWidth", table.columnWidth(len(widths) - 1))  # before it stretches
    return table


def columns_width(table: QTableView) -> int:
    """What the table's columns need side by side: their widths, the stretched last one at its own."""
    header = table.horizontalHeader()
    last = header.count() - 1
    own = int(table.property("lastColumnWidth") or header.sectionSize(last))
    return sum(header.sectionSize(column) for column in range(last)) + own


def _fill(combo: QComboBox, first: str, items: list[tuple[str, str]]) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, "")
    for text, value in items:
        combo.addItem(text, value)
    combo.blockSignals(False)


LOOK_S = 1.0  # a row that becomes current within this of a click or key in the queue was chosen by a person


class QueuePanel(QWidget):
    selected = Signal(str)  # incident number
    activated = Signal()
    unitDropped = Signal(str, str)  # call sign, incident number
    closedSearchWanted = Signal(str)  # look for this text among all incidents in the database

    def __init__(self, zone: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IncidentTableModel(zone, self)
        self.model.language = language
        self.proxy = IncidentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.model.groupsChanged.connect(self.proxy.refilter)
        self.proxy.setDynamicSortFilter(True)
        # Two lines a row: no category name is cut off in any language (the longest is 45 letters).
        self.table = make_table(self.proxy, "queue", (28, 86, 48, 196, 156, 40, 80, 30, 60))
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        self.search = QLineEdit()
        self.search_key = ""
        self.search.setPlaceholderText(self.tr("Search number, address, caller, text"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Open"), "open")
        self.status_filter.addItem(self.tr("All today"), "today")
        self.status_filter.addItem(self.tr("Closed: search all"), "closed")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self._search_closed)
        self.precinct_filter = QComboBox()
        self.channel_filter = QComboBox()
        self.channel_filter.addItem(self.tr("All channels"), "")
        for channel in Channel:
            self.channel_filter.addItem(labels.channel(channel), channel.value)
        self.category_filter = QComboBox()
        filters = QHBoxLayout()
        for widget in (
            self.search,
            self.status_filter,
            self.precinct_filter,
            self.channel_filter,
            self.category_filter,
        ):
            filters.addWidget(widget, 3 if widget is self.search else 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.table.setAcceptDrops(True)
        self.table.viewport().setAcceptDrops(True)
        self.table.viewport().setObjectName("queueViewport")
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)
        self.looked = False  # the current row was chosen by a person (a click or a key), not by the desk
        self._input_at = -1.0

        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _index: self.activated.emit())
        self.search.textChanged.connect(self._text_changed)
        self.status_filter.currentIndexChanged.connect(self._mode_changed)
        self.precinct_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(precinct=self.precinct_filter.currentData() or "")
        )
        self.channel_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(channel=self.channel_filter.currentData() or "")
        )
        self.category_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(category=self.category_filter.currentData() or "")
        )

    # -- status, and the search among closed incidents -------------------------------------------
    def set_mode(self, mode: str) -> None:
        """Show open incidents, all of today's, or closed ones found by the search ("open", "today",
        "closed"); anything else is taken as "open"."""
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(mode)))

    def _mode_changed(self) -> None:
        mode = self.status_filter.currentData() or "open"
        self.search.setPlaceholderText(self._placeholder())
        if mode == "closed":
            self.proxy.set_filter(mode=mode)
            self._search_timer.stop()
            self._search_closed()  # at once; typing then waits for a pause (the timer keeps its 300 ms)
        else:
            self.proxy.set_filter(mode=mode, text=self.search.text().strip())

    def _text_changed(self, text: str) -> None:
        if self.proxy.mode == "closed":
            self._search_timer.start()  # the rows follow when the database answers
        else:
            self.proxy.set_filter(text=text.strip())

    def _search_closed(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            self.proxy.set_filter(text="", found=set())
            return
        self.closedSearchWanted.emit(text)

    def show_found(self, text: str, incidents: list[Incident]) -> None:
        """What the database found for ``text`` among all incidents: the closed ones are listed."""
        if text != self.search.text().strip() or self.proxy.mode != "closed":
            return  # typed on, or left the search, meanwhile
        for incident in incidents:
            self.model.upsert(incident, highlight=False)
        self.proxy.set_filter(text=text, found={i.number for i in incidents})

    def fill_filters(self, precincts: list[str], categories: list[Category], language: str) -> None:
        _fill(self.precinct_filter, self.tr("All precincts"), [(code, code) for code in precincts])
        _fill(
            self.category_filter, self.tr("All categories"), [(c.name(language), c.code) for c in categories]
        )

    def show_keys(self, search: str) -> None:
        """The key of the desk's search action, from the action table."""
        self.search_key = search
        self.search.setPlaceholderText(self._placeholder())

    def _placeholder(self) -> str:
        key = self.search_key
        if self.proxy.mode == "closed":
            text = self.tr("Find closed incidents: number, address, phone, text (%1)")
        else:
            text = self.tr("Search number, address, caller, text (%1)")
        return text.replace("%1", key) if key else text.replace(" (%1)", "")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def number_at(self, row: int) -> str | None:
        return self.proxy.index(row, 0).data(IncidentTableModel.NumberRole)

    def _row_changed(self, current, _previous) -> None:
        self.looked = time.monotonic() - self._input_at < LOOK_S
        if current.isValid():
            number = self.number_at(current.row())
            if number:
                self.selected.emit(number)

    def select(self, number: str) -> None:
        row = self.model.row_of(number)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A unit dragged from the unit panel onto an incident in the queue is sent there; a click or a
        key in the queue marks the row it chooses as a person's look (``looked``)."""
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress) and watched.objectName() in (
            "queueViewport",
            self.table.objectName(),
        ):
            self._input_at = time.monotonic()
        # Compared by name: the binding may hand out a new wrapper for the same viewport.
        if watched.objectName() != "queueViewport":
            return super().eventFilter(watched, event)
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            drag = cast(QDragMoveEvent, event)
            if (
                drag.mimeData().hasFormat(UNIT_MIME)
                and self.table.indexAt(drag.position().toPoint()).isValid()
            ):
                drag.acceptProposedAction()
            else:
                event.ignore()
            return True
        if event.type() == QEvent.Type.Drop:
            drop = cast(QDropEvent, event)
            index = self.table.indexAt(drop.position().toPoint())
            if drop.mimeData().hasFormat(UNIT_MIME) and index.isValid():
                call_sign = bytes(drop.mimeData().data(UNIT_MIME).data()).decode("utf-8", "replace")[:40]
                self.unitDropped.emit(call_sign, self.number_at(index.row()) or "")
                drop.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)


class UnitPanel(QWidget):
    """The shift's units as tiles (all of them at once, by precinct) or as a table with every column;
    both views show the same selection."""

    selected = Signal(str)  # call sign
    menuRequested = Signal(object)  # where on the screen the context menu was asked for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = UnitTableModel(self)
        self.proxy = UnitFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(True)
        self.table = make_table(self.proxy, "units", (64, 80, 56, 84, 64, 56, 110, 160))
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.proxy.sort(0)
        self.tiles = UnitTiles(self.proxy, UnitTableModel.UnitRole)
        for view in (self.table, self.tiles):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda point, v=view: self.menuRequested.emit(v.viewport().mapToGlobal(point))
            )
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.views = QStackedWidget()
        self.views.addWidget(self.tiles)
        self.views.addWidget(self.table)
        self.table_button = QToolButton()
        self.table_button.setObjectName("unitTableButton")
        self.table_button.setText(self.tr("Table"))
        self.table_button.setToolTip(self.tr("Show the units as a table with every column"))
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(
            lambda on: self.views.setCurrentWidget(self.table if on else self.tiles)
        )
        self.precinct_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in UnitStatus:
            self.status_filter.addItem(labels.unit_status(status), status.value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        filters = QHBoxLayout()
        filters.addWidget(self.precinct_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.table_button)
        layout.addLayout(filters)
        layout.addWidget(self.views)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.tiles.selectionModel().currentChanged.connect(self._tile_changed)
        self.precinct_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(precinct=self.precinct_filter.currentData() or "")
        )
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(status=self.status_filter.currentData() or "")
        )

    def fill_filters(self, precincts: list[str]) -> None:
        _fill(self.precinct_filter, self.tr("All precincts"), [(code, code) for code in precincts])

    @property
    def view(self) -> str:
        return "table" if self.table_button.isChecked() else "tiles"

    def set_view(self, view: str) -> None:
        self.table_button.setChecked(view == "table")

    def focus_view(self) -> None:
        shown = self.views.currentWidget()
        if shown is not None:
            shown.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.tiles.select_proxy_row(self.proxy.index(current.row(), 0))
            self.selected.emit(self.proxy.index(current.row(), 0).data(UnitTableModel.CallSignRole))

    def _tile_changed(self, current, _previous) -> None:
        if current.isValid():
            row = self.tiles.source_index(current).row()
            if row != self.table.currentIndex().row() or not self.selected_unit():
                self.table.selectRow(row)

    def select(self, call_sign: str) -> None:
        row = self.model.row_of(call_sign)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())

    def selected_unit(self) -> str | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return self.proxy.index(index.row(), 0).data(UnitTableModel.CallSignRole)
        return None
