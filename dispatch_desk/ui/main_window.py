"""The operator's main window: queue, map, units and incident detail in docks, kept live from the feed.

All database and geocoding work runs on the background lane (ui/tasks.py); the GUI thread only shows
results. Every action has a keyboard shortcut (Help → Keyboard shortcuts lists them).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk import __version__
from dispatch_desk.config import Settings, config_dir, data_dir
from dispatch_desk.domain.entities import Category, Incident, Unit
from dispatch_desk.domain.enums import AttachmentKind, Channel, LocationSource, UnitStatus
from dispatch_desk.domain.errors import ConcurrencyConflict
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft
from dispatch_desk.startup import OpenedDatabase, open_database
from dispatch_desk.store.media import MediaStore
from dispatch_desk.ui import labels
from dispatch_desk.ui.feed_watcher import FeedWatcher
from dispatch_desk.ui.map.page import MapContent, build_page, incident_payload, unit_payload
from dispatch_desk.ui.map.view import MapView
from dispatch_desk.ui.models.incidents import IncidentFilterProxy, IncidentTableModel
from dispatch_desk.ui.models.units import UNIT_MIME, UnitFilterProxy, UnitTableModel
from dispatch_desk.ui.notify import Notifier
from dispatch_desk.ui.tasks import TaskRunner
from dispatch_desk.ui.widgets.call_form import CallForm
from dispatch_desk.ui.widgets.detail import IncidentDetail
from dispatch_desk.ui.widgets.media import MediaViewer, load_thumbnail

log = logging.getLogger(__name__)
FEED_POLL_MS = 1000


@dataclass
class _Snapshot:
    opened: OpenedDatabase
    incidents: list[Incident]
    units: list[Unit]
    categories: list[Category]
    last_seq: int
    page: Path


@dataclass
class _FeedUpdate:
    last_seq: int
    incidents: list[Incident] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    new_reports: list[str] = field(default_factory=list)  # app reports created since the last poll


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, *, with_map: bool = True) -> None:
        super().__init__()
        self.settings = settings
        self.language = settings.language or "en"
        self.zone = ZoneInfo(settings.timezone)
        self.opened: OpenedDatabase | None = None
        self.categories: dict[str, Category] = {}
        self.last_seq = 0
        self.database_ok = False
        self._polling = False
        self._poll_again = False
        self.watcher: FeedWatcher | None = None
        self.notifier = Notifier(settings, self)
        self.media_store = MediaStore(settings.media_path())
        self.selected_number: str | None = None
        self.placing_number: str | None = None  # an incident whose location the next map click sets
        self.tasks = TaskRunner(self)
        self.draft_path = data_dir() / "call-draft.json"
        self.state = QSettings(str(config_dir() / "desk-layout.ini"), QSettings.Format.IniFormat)

        # Queue
        self.model = IncidentTableModel(settings.timezone, self)
        self.model.language = self.language
        self.proxy = IncidentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(True)
        self.table = self._table(self.proxy, "queue")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search number, address, caller, text (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Open"), True)
        self.status_filter.addItem(self.tr("All today"), False)
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
        queue = QWidget()
        queue_layout = QVBoxLayout(queue)
        queue_layout.setContentsMargins(2, 2, 2, 2)
        queue_layout.addLayout(filters)
        queue_layout.addWidget(self.table)

        # Units
        self.unit_model = UnitTableModel(self)
        self.unit_proxy = UnitFilterProxy(self)
        self.unit_proxy.setSourceModel(self.unit_model)
        self.unit_proxy.setDynamicSortFilter(True)
        self.unit_table = self._table(self.unit_proxy, "units")
        self.unit_proxy.sort(0)
        self.unit_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.unit_table.customContextMenuRequested.connect(self._unit_menu)
        self.unit_table.setDragEnabled(True)
        self.unit_table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setAcceptDrops(True)
        self.table.viewport().setAcceptDrops(True)
        self.table.viewport().setObjectName("queueViewport")
        self.table.viewport().installEventFilter(self)
        self.unit_precinct_filter = QComboBox()
        self.unit_status_filter = QComboBox()
        self.unit_status_filter.addItem(self.tr("All statuses"), "")
        for status in UnitStatus:
            self.unit_status_filter.addItem(labels.unit_status(status), status.value)
        units = QWidget()
        units_layout = QVBoxLayout(units)
        units_layout.setContentsMargins(2, 2, 2, 2)
        unit_filters = QHBoxLayout()
        unit_filters.addWidget(self.unit_precinct_filter)
        unit_filters.addWidget(self.unit_status_filter)
        units_layout.addLayout(unit_filters)
        units_layout.addWidget(self.unit_table)

        # Detail, call form, map
        self.detail = IncidentDetail(settings.timezone)
        self.call_form = CallForm()
        self.map = MapView() if with_map else None
        placeholder = QLabel(self.tr("Loading the map…"))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.map or placeholder)

        self.queue_dock = self._dock(
            self.tr("Incidents"), "queueDock", queue, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.call_dock = self._dock(
            self.tr("New call"), "callDock", self.call_form, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.unit_dock = self._dock(
            self.tr("Units"), "unitDock", units, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.detail_dock = self._dock(
            self.tr("Incident"), "detailDock", self.detail, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.call_dock.hide()

        # Status bar
        self.database_label = QLabel(self.tr("Opening the database…"))
        self.operator_label = QLabel(self.tr("Operator: %1").replace("%1", settings.operator))
        self.counts_label = QLabel()
        self.unit_counts_label = QLabel()
        self.clock_label = QLabel()
        for label in (self.database_label, self.operator_label, self.counts_label, self.unit_counts_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.clock_label)

        self.actions_by_name: dict[str, QAction] = {}
        self._build_menus()
        self._connect()
        self._update_title()
        self.resize(1500, 900)
        for table, widths in (
            (self.table, (34, 92, 56, 150, 230, 64, 90, 110, 90)),
            (self.unit_table, (70, 90, 64, 90, 70)),
        ):
            for column, width in enumerate(widths):
                table.setColumnWidth(column, width)
        self.resizeDocks([self.queue_dock, self.unit_dock], [760, 430], Qt.Orientation.Horizontal)
        self.resizeDocks([self.unit_dock, self.detail_dock], [300, 560], Qt.Orientation.Vertical)
        self._restore_layout()

        self.clock_timer = QTimer(self)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start(1000)
        self.feed_timer = QTimer(self)
        self.feed_timer.setInterval(FEED_POLL_MS)
        self.feed_timer.timeout.connect(self.poll_feed)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(300)
        self.draft_timer.timeout.connect(self._write_draft)
        self._tick()

    # -- construction helpers ----------------------------------------------------------------------
    def _table(self, model, name: str) -> QTableView:
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
        return table

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(
        self, name: str, text: str, shortcut: str | QKeySequence.StandardKey | None, slot, menu
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        desk = bar.addMenu(self.tr("&Desk"))
        self._action("new_call", self.tr("&New call"), "F2", self.new_call, desk)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_call)
        self._action("search", self.tr("&Search the queue"), "Ctrl+F", self._focus_search, desk)
        self._action("focus_queue", self.tr("Go to the &queue"), "F3", lambda: self.table.setFocus(), desk)
        self._action(
            "focus_units", self.tr("Go to the &units"), "F4", lambda: self.unit_table.setFocus(), desk
        )
        desk.addSeparator()
        self._action("quit", self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, desk)
        incident = bar.addMenu(self.tr("&Incident"))
        self._action("dispatch_first", self.tr("&Dispatch the first recommended unit"), "Ctrl+D",
                     lambda: self.detail.dispatch_nth(1), incident)  # fmt: skip
        for n in range(2, 10):
            action = QAction(self.tr("Dispatch recommended unit %1").replace("%1", str(n)), self)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _=False, k=n: self.detail.dispatch_nth(k))
            self.addAction(action)
            self.actions_by_name[f"dispatch_{n}"] = action
        self._action(
            "en_route", self.tr("Unit &en route"), "Ctrl+E", lambda: self.unit_action("en_route"), incident
        )
        self._action(
            "on_scene", self.tr("Unit &on scene"), "Ctrl+O", lambda: self.unit_action("on_scene"), incident
        )
        self._action("clear", self.tr("&Clear unit"), "Ctrl+K", lambda: self.unit_action("clear"), incident)
        self._action(
            "reassign", self.tr("&Reassign selected unit here…"), "Ctrl+R", self.reassign_selected, incident
        )
        self._action("close", self.tr("Cl&ose incident…"), "Ctrl+Shift+C", self.close_selected, incident)
        self._action("reopen", self.tr("Re&open incident…"), "Ctrl+Shift+O", self.reopen_selected, incident)
        self._action(
            "place", self.tr("&Place incident on the map"), "Ctrl+Shift+M", self.place_selected, incident
        )
        units = bar.addMenu(self.tr("&Units"))
        for status, key in ((UnitStatus.AVAILABLE, "Ctrl+Shift+A"), (UnitStatus.BUSY, "Ctrl+Shift+B"),
                            (UnitStatus.RETURNING, "Ctrl+Shift+R"), (UnitStatus.OFF_SHIFT, "Ctrl+Shift+F")):  # fmt: skip
            self._action(f"unit_{status.value}", self.tr("Set selected unit: %1").replace("%1", labels.unit_status(status)),
                         key, lambda _=False, s=status: self.set_unit_status(s), units)  # fmt: skip
        view = bar.addMenu(self.tr("&View"))
        self._action(
            "dark", self.tr("&Night palette"), "Ctrl+Shift+N", self.toggle_palette, view
        ).setCheckable(True)
        for n, dock in enumerate(
            (self.queue_dock, self.unit_dock, self.detail_dock, self.call_dock), start=1
        ):
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(f"Alt+{n}"))
            view.addAction(toggle)
            self.addAction(toggle)
            self.actions_by_name[f"dock_{dock.objectName()}"] = toggle
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action("shortcuts", self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts, help_menu)
        self._action("about", self.tr("&About Dispatch Desk"), None, self.show_about, help_menu)

    def _connect(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._queue_row_changed)
        self.table.activated.connect(lambda _index: self.detail.setFocus())
        self.unit_table.selectionModel().currentRowChanged.connect(self._unit_row_changed)
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text.strip()))
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(open_only=bool(self.status_filter.currentData()))
        )
        self.precinct_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(precinct=self.precinct_filter.currentData() or "")
        )
        self.channel_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(channel=self.channel_filter.currentData() or "")
        )
        self.category_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(category=self.category_filter.currentData() or "")
        )
        self.unit_precinct_filter.currentIndexChanged.connect(
            lambda: self.unit_proxy.set_filter(precinct=self.unit_precinct_filter.currentData() or "")
        )
        self.unit_status_filter.currentIndexChanged.connect(
            lambda: self.unit_proxy.set_filter(status=self.unit_status_filter.currentData() or ""))  # fmt: skip
        self.detail.dispatchRequested.connect(self.dispatch_unit)
        self.detail.media.openRequested.connect(self.open_media)
        self.detail.actionRequested.connect(self._detail_action)
        self.call_form.addressEdited.connect(self._lookup_address)
        self.call_form.saveRequested.connect(self.save_call)
        self.call_form.draftChanged.connect(lambda _values: self.draft_timer.start())
        self.call_form.discarded.connect(self._call_finished)
        self.call_form.placeOnMapRequested.connect(self._placing)
        if self.map is not None:
            self.map.bridge.incidentClicked.connect(self.select_incident)
            self.map.bridge.unitClicked.connect(self.select_unit)
            self.map.bridge.locationPicked.connect(self._location_picked)
            self.map.unitDropped.connect(self.drop_unit_on_incident)
            self.map.setAcceptDrops(True)

    # -- start-up ----------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the database in the background (the first start builds the demo city), build the map."""
        settings, language = self.settings, self.language

        def work() -> _Snapshot:
            opened = open_database(settings)
            desk = opened.desk
            last_seq = desk.last_feed_seq()  # first: a change made while loading is then seen again
            from dispatch_desk.demo.city import load_city_outline

            outline = load_city_outline() if opened.is_demo else None
            streets = opened.geo.gazetteer.entries
            content = MapContent(desk.precincts(), [e.street for e in streets], outline, settings.tile_url,
                                 settings.tile_attribution, language)  # fmt: skip
            page = build_page(content, data_dir() / "map")
            return _Snapshot(
                opened, desk.open_incidents(), desk.units(), desk.categories(True), last_seq, page
            )

        self.tasks.run(work, self._opened, self._open_failed)

    def _opened(self, snapshot: _Snapshot) -> None:
        self.opened = snapshot.opened
        self.last_seq = snapshot.last_seq
        self.categories = {c.code: c for c in snapshot.categories}
        self.model.categories = self.categories
        self.model.reset(snapshot.incidents)
        self.unit_model.reset(snapshot.units)
        self.unit_proxy.sort(0)
        self._fill_filters()
        self.call_form.set_categories([c for c in snapshot.categories if c.active], self.language)
        if self.map is not None:
            self.map.load_page(snapshot.page)
            self.map.call("setIncidents", [self._incident_payload(i) for i in snapshot.incidents])
            for unit in snapshot.units:
                self.map.call("upsertUnit", unit_payload(unit, labels.unit_status(unit.status)))
        self._set_database_state(True)
        self._update_title()
        self._update_counts()
        self.feed_timer.start()
        if self.watcher is None:
            self.watcher = FeedWatcher(self.opened.db, self)
            self.watcher.changed.connect(self._feed_woken)
            self.watcher.start()
        if self.table.model().rowCount():
            self.table.selectRow(0)
        self._offer_draft()

    def _open_failed(self, error: Exception) -> None:
        self._set_database_state(False, str(error))
        QTimer.singleShot(5000, self.start)

    def _fill_filters(self) -> None:
        precincts = sorted({u.home_precinct for u in self.unit_model.units() if u.home_precinct}
                           | {i.precinct for i in self.model.incidents() if i.precinct})  # fmt: skip
        for combo, first in (
            (self.precinct_filter, self.tr("All precincts")),
            (self.unit_precinct_filter, self.tr("All precincts")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, "")
            for code in precincts:
                combo.addItem(code, code)
            combo.blockSignals(False)
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("All categories"), "")
        for category in self.categories.values():
            self.category_filter.addItem(category.name(self.language), category.code)
        self.category_filter.blockSignals(False)

    def _incident_payload(self, incident: Incident) -> dict:
        category = self.categories.get(incident.category)
        return incident_payload(incident, category.name(self.language) if category else incident.category,
                                labels.incident_status(incident.status), self._report_note(incident))  # fmt: skip

    def _report_note(self, incident: Incident) -> str:
        """For the map's popup: an app report, what it carries, and a wish for a video call."""
        if incident.channel is not Channel.APP:
            return ""
        kinds = Counter(a.kind for a in incident.attachments)
        parts = [self.tr("102 app")]
        for kind, text in ((AttachmentKind.PHOTO, self.tr("photos: %1")), (AttachmentKind.VIDEO, self.tr("videos: %1")),
                           (AttachmentKind.AUDIO, self.tr("voice messages: %1"))):  # fmt: skip
            if kinds.get(kind):
                parts.append(text.replace("%1", str(kinds[kind])))
        if incident.video_call_requested:
            parts.append(self.tr("video call requested"))
        return " · ".join(parts)

    # -- live updates ------------------------------------------------------------------------------
    def _feed_woken(self) -> None:
        """Another process committed: ask for the new feed rows now (or right after the running poll)."""
        if self._polling:
            self._poll_again = True
        else:
            self.poll_feed()

    def poll_feed(self) -> None:
        if self.opened is None or self._polling:
            return
        self._polling = True
        self._poll_again = False
        desk, after = self.opened.desk, self.last_seq

        def work() -> _FeedUpdate:
            entries = desk.feed_after(after)
            update = _FeedUpdate(entries[-1].seq if entries else after)
            if any(e.entity == "precinct" for e in entries):
                desk.forget_geography()  # another workstation imported precincts
            update.new_reports = [
                e.payload["number"] for e in entries
                if e.kind == "incident.created" and e.payload.get("channel") == Channel.APP.value
            ]  # fmt: skip
            numbers = sorted({e.payload.get("number") for e in entries if e.entity == "incident"} - {None})
            call_signs = sorted({e.payload.get("call_sign") for e in entries if e.entity == "unit"} - {None})
            update.incidents = [desk.incident(n) for n in numbers]
            update.units = [desk.unit(c) for c in call_signs]
            return update

        self.tasks.run(work, self._apply_feed, self._feed_failed)

    def _apply_feed(self, update: _FeedUpdate) -> None:
        self._polling = False
        if update.last_seq < self.last_seq:  # an older poll finishing late
            return
        self.last_seq = update.last_seq
        for incident in update.incidents:
            self.apply_incident(incident)
        for unit in update.units:
            self.apply_unit(unit)
        if not self.database_ok:
            self._set_database_state(True)
        if update.incidents or update.units:
            self._update_counts()
            if self.selected_number and any(i.number == self.selected_number for i in update.incidents):
                self.refresh_detail()
        if update.new_reports:
            self._announce(update.new_reports)
        if self._poll_again:
            self.poll_feed()

    def _announce(self, numbers: list[str]) -> None:
        """New app reports: a sound and a flash of the window (both configurable), and a status line."""
        self.notifier.notify()
        self.statusBar().showMessage(
            self.tr("New app report(s): %1").replace("%1", ", ".join(numbers[:5])), 10_000
        )

    def open_media(self, attachment) -> None:
        viewer = MediaViewer(attachment, self.media_store.path(attachment.sha256), self)
        viewer.open()

    def apply_incident(self, incident: Incident) -> None:
        if incident.status.is_open or self.model.row_of(incident.number) is not None:
            self.model.upsert(incident)
        if self.map is not None:
            if incident.status.is_open:
                self.map.call("upsertIncident", self._incident_payload(incident))
            else:
                self.map.call("removeIncident", incident.number)

    def apply_unit(self, unit: Unit) -> None:
        self.unit_model.upsert(unit)
        if self.map is not None:
            self.map.call("upsertUnit", unit_payload(unit, labels.unit_status(unit.status)))

    def _feed_failed(self, error: Exception) -> None:
        self._polling = False
        self._poll_again = False
        self._set_database_state(False, str(error))

    # -- selection ---------------------------------------------------------------------------------
    def _queue_row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        number = self.proxy.index(current.row(), 0).data(IncidentTableModel.NumberRole)
        if number and number != self.selected_number:
            self.selected_number = number
            if self.map is not None:
                self.map.call("select", "incident", number, True)
            self.refresh_detail()

    def _unit_row_changed(self, current, _previous) -> None:
        if current.isValid() and self.map is not None:
            call_sign = self.unit_proxy.index(current.row(), 0).data(UnitTableModel.CallSignRole)
            self.map.call("select", "unit", call_sign, True)

    def select_incident(self, number: str) -> None:
        row = self.model.row_of(number)
        if row is None:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid():
            self.table.selectRow(proxy_index.row())
            self.table.scrollTo(proxy_index)

    def select_unit(self, call_sign: str) -> None:
        row = self.unit_model.row_of(call_sign)
        if row is not None:
            proxy_index = self.unit_proxy.mapFromSource(self.unit_model.index(row, 0))
            if proxy_index.isValid():
                self.unit_table.selectRow(proxy_index.row())

    def selected_unit(self) -> str | None:
        index = self.unit_table.currentIndex()
        if index.isValid() and self.unit_table.selectionModel().isRowSelected(index.row(), index.parent()):
            return self.unit_proxy.index(index.row(), 0).data(UnitTableModel.CallSignRole)
        return None

    def refresh_detail(self) -> None:
        if self.opened is None or not self.selected_number:
            self.detail.show_incident(None)
            return
        desk, number = self.opened.desk, self.selected_number

        media = self.media_store

        def work():
            incident = desk.incident(number)
            candidates = desk.recommend_units(number, 9) if incident.status.is_open else []
            thumbnails = {}
            for attachment in incident.attachments:
                if attachment.kind is AttachmentKind.PHOTO:
                    image = load_thumbnail(media.path(attachment.sha256))
                    if image is not None:
                        thumbnails[attachment.sha256] = image
            return incident, candidates, desk.timeline(number), thumbnails

        def show(result) -> None:
            incident, candidates, timeline, thumbnails = result
            if incident.number == self.selected_number:
                self.detail.show_incident(
                    incident, self.categories, self.language, candidates, timeline, thumbnails
                )

        self.tasks.run(work, show, self._action_failed)

    # -- actions -----------------------------------------------------------------------------------
    def _run(self, work, message: str) -> None:
        """Run a change in the background; the feed brings its result to every view."""

        def done(_result) -> None:
            self.statusBar().showMessage(message, 5000)
            self.poll_feed()
            self.refresh_detail()

        self.tasks.run(work, done, self._action_failed)

    def _action_failed(self, error: Exception) -> None:
        self.statusBar().showMessage(str(error), 10_000)
        if isinstance(error, ConcurrencyConflict):
            QMessageBox.warning(self, self.tr("Changed by someone else"), str(error))
            self.poll_feed()
            self.refresh_detail()
        elif self.opened is not None:
            QMessageBox.warning(self, self.tr("Not done"), str(error))

    def dispatch_unit(self, call_sign: str) -> None:
        if self.opened is None or not self.selected_number:
            return
        desk, number = self.opened.desk, self.selected_number
        self._run(
            lambda: desk.dispatch(number, call_sign),
            self.tr("%1 dispatched to %2").replace("%1", call_sign).replace("%2", number),
        )

    def _target_unit(self) -> str | None:
        """The unit an action is for: the one selected in the panel, else the first on the incident."""
        selected = self.selected_unit()
        if selected:
            return selected
        incident = self.detail.incident
        if incident is not None and incident.active_assignments():
            return incident.active_assignments()[0].call_sign
        return None

    def unit_action(self, action: str) -> None:
        call_sign = self._target_unit()
        if self.opened is None or call_sign is None:
            return
        desk = self.opened.desk
        work = {"en_route": desk.unit_en_route, "on_scene": desk.unit_on_scene, "clear": desk.clear_unit}
        done = {
            "en_route": self.tr("%1 en route"),
            "on_scene": self.tr("%1 on scene"),
            "clear": self.tr("%1 cleared"),
        }
        self._run(lambda: work[action](call_sign), done[action].replace("%1", call_sign))

    def _detail_action(self, action: str) -> None:
        if action in ("en_route", "on_scene", "clear"):
            self.unit_action(action)
        elif action == "reassign":
            self.reassign_selected()
        elif action == "close":
            self.close_selected()
        elif action == "reopen":
            self.reopen_selected()
        elif action == "place":
            self.place_selected()

    def ask_text(self, title: str, label: str, done) -> QInputDialog:
        """A non-blocking question: ``done(text)`` runs when the operator confirms a non-empty answer."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setObjectName("reasonDialog")

        def accepted() -> None:
            text = dialog.textValue().strip()
            if text:
                done(text)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def reassign_selected(
        self, call_sign: str | None = None, number: str | None = None, reason: str | None = None
    ) -> None:
        call_sign = call_sign or self.selected_unit()
        number = number or self.selected_number
        if self.opened is None or not call_sign or not number:
            self.statusBar().showMessage(
                self.tr("Select a unit in the unit panel and an incident in the queue"), 5000
            )
            return
        desk = self.opened.desk

        def run(why: str) -> None:
            self._run(lambda: desk.reassign(call_sign, number, why),
                      self.tr("%1 reassigned to %2").replace("%1", call_sign).replace("%2", number))  # fmt: skip

        if reason is not None:
            run(reason)
        else:
            self.ask_text(self.tr("Reassign %1").replace("%1", call_sign),
                          self.tr("Why is %1 moved to %2?").replace("%1", call_sign).replace("%2", number), run)  # fmt: skip

    def close_selected(self) -> CloseDialog | None:
        if self.opened is None or not self.selected_number:
            return None
        number = self.selected_number
        desk, seen = self.opened.desk, self.detail.incident.version if self.detail.incident else None
        dialog = CloseDialog(number, self)

        def accepted() -> None:
            disposition, message = dialog.values()
            self._run(lambda: desk.close(number, disposition, message, seen_version=seen),
                      self.tr("%1 closed").replace("%1", number))  # fmt: skip

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def reopen_selected(self) -> None:
        if self.opened is None or not self.selected_number:
            return
        number, desk = self.selected_number, self.opened.desk
        self.ask_text(self.tr("Reopen %1").replace("%1", number), self.tr("Why?"),
                      lambda why: self._run(lambda: desk.reopen(number, why), self.tr("%1 reopened").replace("%1", number)))  # fmt: skip

    def set_unit_status(self, status: UnitStatus) -> None:
        call_sign = self.selected_unit()
        if self.opened is None or not call_sign:
            return
        desk = self.opened.desk
        self._run(
            lambda: desk.set_unit_status(call_sign, status), f"{call_sign}: {labels.unit_status(status)}"
        )

    def _unit_menu(self, position) -> None:
        if not self.selected_unit():
            return
        menu = QMenu(self)
        for name in (
            "en_route",
            "on_scene",
            "clear",
            "reassign",
            "unit_available",
            "unit_busy",
            "unit_returning",
            "unit_off_shift",
        ):
            menu.addAction(self.actions_by_name[name])
        menu.exec(self.unit_table.viewport().mapToGlobal(position))

    def eventFilter(self, watched, event) -> bool:
        """A unit dragged from the unit panel onto an incident in the queue is sent there."""
        # Compared by name: the binding may hand out a new wrapper for the same viewport.
        on_queue = watched.objectName() == "queueViewport"
        if on_queue and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if (
                event.mimeData().hasFormat(UNIT_MIME)
                and self.table.indexAt(event.position().toPoint()).isValid()
            ):
                event.acceptProposedAction()
                return True
            event.ignore()
            return True
        if on_queue and event.type() == QEvent.Type.Drop:
            index = self.table.indexAt(event.position().toPoint())
            if event.mimeData().hasFormat(UNIT_MIME) and index.isValid():
                call_sign = bytes(event.mimeData().data(UNIT_MIME)).decode("utf-8", "replace")[:40]
                self.drop_unit_on_incident(
                    call_sign, self.proxy.index(index.row(), 0).data(IncidentTableModel.NumberRole)
                )
                event.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)

    def drop_unit_on_incident(self, call_sign: str, number: str, reason: str | None = None) -> None:
        """Send a free unit, or move a busy one (asking why), to the incident it was dropped on."""
        if self.opened is None or not number:
            return
        row = self.unit_model.row_of(call_sign)
        unit = self.unit_model.unit(row) if row is not None else None
        if unit is not None and unit.current_incident and unit.current_incident != number:
            self.reassign_selected(call_sign, number, reason)
            return
        desk = self.opened.desk
        self._run(lambda: desk.dispatch(number, call_sign),
                  self.tr("%1 dispatched to %2").replace("%1", call_sign).replace("%2", number))  # fmt: skip

    # -- taking a call -----------------------------------------------------------------------------
    def new_call(self) -> None:
        self.call_dock.show()
        self.call_dock.raise_()
        self.call_form.start()

    def _lookup_address(self, text: str) -> None:
        if self.opened is None:
            return
        opened = self.opened

        def work():
            geo = opened.geo
            found = geo.geocode(text)
            suggestions = geo.suggest(text)
            duplicates = []
            category = self.call_form.category.currentData() or ""
            if found is not None and category:
                location = found.location()
                duplicates = opened.desk.likely_duplicates(category, location)
            return text, found, suggestions, duplicates

        def show(result) -> None:
            typed, found, suggestions, duplicates = result
            if typed != self.call_form.address.text():
                return  # the operator typed on; a newer lookup is coming
            self.call_form.set_suggestions(suggestions)
            if found is None:
                self.call_form.set_location(
                    None, None, "", self.tr("not found: unverified, place it on the map (Ctrl+M)")
                )
                if self.map is not None:
                    self.map.call("setPin", None, None)
                return
            summary = self.tr("%1 · precinct %2 · confidence %3").replace("%1", found.address).replace(
                "%2", found.precinct or "—").replace("%3", f"{found.confidence:.2f}")  # fmt: skip
            source = "coordinates" if found.source == "coordinates" else "geocoded"
            self.call_form.set_location(found.lat, found.lon, source, summary)
            self.call_form.set_duplicates([(d.incident.number, f"{d.incident.number} · {d.incident.address} · "
                                            f"{d.distance_m:.0f} m, {d.age_s / 60:.0f} min") for d in duplicates])  # fmt: skip
            if self.map is not None:
                self.map.call("setPin", found.lat, found.lon)

        self.tasks.run(work, show, lambda error: self.call_form.set_location(None, None, "", str(error)))

    def _placing(self, on: bool) -> None:
        if self.map is not None:
            self.map.call("setPlacing", on)

    def place_selected(self) -> None:
        """The next click on the map places (or corrects) the selected incident's location."""
        if self.opened is None or not self.selected_number or self.map is None:
            return
        self.placing_number = self.selected_number
        self.map.call("setPlacing", True)
        self.statusBar().showMessage(
            self.tr("Click the map where %1 is").replace("%1", self.placing_number), 15_000
        )

    def place_incident(self, number: str, lat: float, lon: float) -> None:
        desk = self.opened.desk
        location = Location(lat, lon, LocationSource.MAP, 10.0)
        self._run(
            lambda: desk.set_location(number, location), self.tr("%1 placed on the map").replace("%1", number)
        )

    def _location_picked(self, lat: float, lon: float) -> None:
        if self.placing_number and self.opened is not None:
            number, self.placing_number = self.placing_number, None
            if self.map is not None:
                self.map.call("setPlacing", False)
            self.place_incident(number, lat, lon)
            return
        if self.call_dock.isVisible() and self.call_form.place_button.isChecked():
            self.call_form.set_location(
                lat,
                lon,
                "map",
                self.tr("placed on the map: %1, %2").replace("%1", f"{lat:.5f}").replace("%2", f"{lon:.5f}"),
            )
            self.call_form.place_button.setChecked(False)
            if self.map is not None:
                self.map.call("setPin", lat, lon)

    def save_call(self, values: dict) -> None:
        if self.opened is None:
            return
        location = None
        if values.get("lat") is not None and values.get("lon") is not None:
            source = (
                LocationSource.MAP
                if values.get("location_source") in ("map", "coordinates")
                else LocationSource.GEOCODED
            )
            location = Location(
                values["lat"], values["lon"], source, 10.0 if source == LocationSource.MAP else 30.0
            )
        draft = CallDraft(
            channel=Channel(values.get("channel") or "phone"), category=values["category"], description=values["description"],
            address=values["address"], location=location, caller_name=values["name"], caller_phone=values["phone"],
            priority=values["priority"] or None, parent_number=values.get("parent") or None,
        )  # fmt: skip
        desk = self.opened.desk

        def saved(incident: Incident) -> None:
            self.statusBar().showMessage(self.tr("%1 saved").replace("%1", incident.number), 5000)
            self._call_finished()
            self.apply_incident(incident)
            self._update_counts()
            self.select_incident(incident.number)
            self.table.setFocus()

        self.tasks.run(lambda: desk.create_incident(draft), saved, self._action_failed)

    def _call_finished(self) -> None:
        self.call_form.clear()
        self.call_dock.hide()
        self.draft_timer.stop()
        self.draft_path.unlink(missing_ok=True)
        if self.map is not None:
            self.map.call("setPin", None, None)
            self.map.call("setPlacing", False)

    def _write_draft(self) -> None:
        if self.call_form.is_empty():
            self.draft_path.unlink(missing_ok=True)
            return
        self.draft_path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.draft_path.with_suffix(".tmp")
        temporary.write_text(json.dumps(self.call_form.values(), ensure_ascii=False), encoding="utf-8")
        temporary.replace(self.draft_path)  # atomic: a crash never leaves half a draft

    def _offer_draft(self) -> None:
        if not self.draft_path.is_file():
            return
        try:
            values = json.loads(self.draft_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(values, dict):
            return
        self.new_call()
        self.call_form.load(values)
        self.statusBar().showMessage(
            self.tr("The call being taken when the desk stopped has been restored"), 10_000
        )

    # -- look and state ----------------------------------------------------------------------------
    def toggle_palette(self, dark: bool) -> None:
        app = QApplication.instance()
        if not dark:
            app.setPalette(app.style().standardPalette())
            return
        palette = QPalette()
        for role, colour in ((QPalette.ColorRole.Window, "#263238"), (QPalette.ColorRole.WindowText, "#eceff1"),
                             (QPalette.ColorRole.Base, "#1e272c"), (QPalette.ColorRole.AlternateBase, "#263238"),
                             (QPalette.ColorRole.Text, "#eceff1"), (QPalette.ColorRole.Button, "#37474f"),
                             (QPalette.ColorRole.ButtonText, "#eceff1"), (QPalette.ColorRole.Highlight, "#0277bd"),
                             (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.ToolTipBase, "#37474f"),
                             (QPalette.ColorRole.ToolTipText, "#eceff1")):  # fmt: skip
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)

    def _restore_layout(self) -> None:
        geometry, state = self.state.value("geometry"), self.state.value("windowState")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        for table, key in ((self.table, "queueHeader"), (self.unit_table, "unitHeader")):
            header = self.state.value(key)
            if header is not None:
                table.horizontalHeader().restoreState(header)

    def _save_layout(self) -> None:
        self.state.setValue("geometry", self.saveGeometry())
        self.state.setValue("windowState", self.saveState())
        self.state.setValue("queueHeader", self.table.horizontalHeader().saveState())
        self.state.setValue("unitHeader", self.unit_table.horizontalHeader().saveState())
        self.state.sync()

    def _set_database_state(self, ok: bool, detail: str = "") -> None:
        self.database_ok = ok
        if ok and self.opened is not None:
            self.database_label.setText(self.tr("Database: %1").replace("%1", self.opened.db.describe()))
            self.database_label.setStyleSheet("")
        else:
            self.database_label.setText(
                self.tr("Database unavailable, retrying: %1").replace("%1", detail[:160])
            )
            self.database_label.setStyleSheet("color: #c62828; font-weight: bold;")

    def _update_counts(self) -> None:
        open_incidents = [i for i in self.model.incidents() if i.status.is_open]
        counts = Counter(int(i.priority) for i in open_incidents)
        parts = ", ".join(f"{labels.priority(p)}: {counts.get(p, 0)}" for p in (1, 2, 3, 4))
        self.counts_label.setText(
            self.tr("Open incidents: %1 (%2)").replace("%1", str(len(open_incidents))).replace("%2", parts)
        )
        units = Counter(u.status for u in self.unit_model.units())
        shown = [
            UnitStatus.AVAILABLE,
            UnitStatus.DISPATCHED,
            UnitStatus.EN_ROUTE,
            UnitStatus.ON_SCENE,
            UnitStatus.BUSY,
        ]
        self.unit_counts_label.setText(self.tr("Units: %1").replace("%1", ", ".join(
            f"{labels.unit_status(s)} {units.get(s, 0)}" for s in shown)))  # fmt: skip

    def _update_title(self) -> None:
        title = self.tr("Dispatch Desk")
        if self.opened is not None and self.opened.city:
            title += " — " + self.opened.city.capitalize()
        if self.opened is not None and self.opened.is_demo:
            title += " " + self.tr("(demo data)")
        self.setWindowTitle(title)

    def _tick(self) -> None:
        self.clock_label.setText(datetime.now(self.zone).strftime("%H:%M:%S"))
        self.model.tick()
        self.unit_model.tick()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def about_text(self) -> str:
        return (
            self.tr("Dispatch Desk %1").replace("%1", __version__)
            + "\n\n"
            + self.tr(
                "Demo city map data © OpenStreetMap contributors, available under the Open Database "
                "Licence (ODbL) 1.0. The precincts, street positions, units and incidents of the demo are "
                "illustrative."
            )
        )

    def show_about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("About Dispatch Desk"), self.about_text(), parent=self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = [(a.text().replace("&", ""), a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
                for a in self.actions_by_name.values() if not a.shortcut().isEmpty()]  # fmt: skip
        rows += [(self.tr("New call"), "Ctrl+N"), (self.tr("Save the call"), "Enter, Ctrl+Enter"),
                 (self.tr("Discard the call"), "Esc"), (self.tr("Link the call to the likely duplicate"), "Ctrl+L"),
                 (self.tr("Place the call on the map"), "Ctrl+M")]  # fmt: skip
        return rows

    def show_shortcuts(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = self.shortcut_rows()
        table = QTableWidget(len(rows), 2, dialog)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for n, (text, keys) in enumerate(rows):
            table.setItem(n, 0, QTableWidgetItem(text))
            table.setItem(n, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(560, 620)
        dialog.open()

    def closeEvent(self, event) -> None:
        self._save_layout()
        if not self.call_form.is_empty():
            self._write_draft()
        self.feed_timer.stop()
        self.clock_timer.stop()
        if self.watcher is not None:
            self.watcher.stop()
        self.tasks.wait(10_000)
        if self.map is not None:
            # The page must go before the web profile does, or QtWebEngine complains at exit.
            self.map.page().deleteLater()
        super().closeEvent(event)


class CloseDialog(QDialog):
    """Disposition and the "measures taken" message for the citizen."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close %1").replace("%1", number))
        self.disposition = QLineEdit()
        self.message = QPlainTextEdit()
        self.message.setTabChangesFocus(True)
        self.message.setPlaceholderText(self.tr("Sent to the author of the report"))
        form = QFormLayout(self)
        form.addRow(self.tr("Disposition"), self.disposition)
        form.addRow(self.tr("Measures taken (for the citizen)"), self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if self.disposition.text().strip():
            self.accept()
        else:
            self.disposition.setFocus()

    def values(self) -> tuple[str, str]:
        return self.disposition.text().strip(), self.message.toPlainText().strip()
