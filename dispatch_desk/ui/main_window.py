"""The main window: the open incidents of the centre, kept live from the change feed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMainWindow, QMessageBox, QTableView

from dispatch_desk import __version__
from dispatch_desk.config import Settings
from dispatch_desk.domain.entities import Category, Incident
from dispatch_desk.startup import OpenedDatabase, open_database
from dispatch_desk.ui.models.incidents import IncidentTableModel
from dispatch_desk.ui.tasks import TaskRunner

FEED_POLL_MS = 1000
INCIDENT_ENTITY = "incident"


@dataclass
class _Snapshot:
    opened: OpenedDatabase
    incidents: list[Incident]
    categories: list[Category]
    last_seq: int


@dataclass
class _FeedUpdate:
    last_seq: int
    changed: list[Incident]


class PrioritySortProxy(QSortFilterProxyModel):
    """Most urgent first, then oldest first, whatever the column clicked last."""

    def lessThan(self, left, right) -> bool:
        model: IncidentTableModel = self.sourceModel()
        a, b = model.incident(left.row()), model.incident(right.row())
        return (int(a.priority), a.received_at) < (int(b.priority), b.received_at)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.zone = ZoneInfo(settings.timezone)
        self.opened: OpenedDatabase | None = None
        self.last_seq = 0
        self.database_ok = False
        self._polling = False
        self.tasks = TaskRunner(self)

        self.model = IncidentTableModel(settings.timezone, self)
        self.model.language = settings.language or "en"
        self.proxy = PrioritySortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(True)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(False)
        self.proxy.sort(0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            IncidentTableModel.COLUMNS.index("address"), QHeaderView.ResizeMode.Stretch
        )
        self.table.setAccessibleName(self.tr("Open incidents"))
        self.setCentralWidget(self.table)

        self.database_label = QLabel(self.tr("Opening the database…"))
        self.operator_label = QLabel(self.tr("Operator: %1").replace("%1", settings.operator))
        self.counts_label = QLabel()
        self.clock_label = QLabel()
        for label in (self.database_label, self.operator_label, self.counts_label):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.clock_label)

        self._build_menus()
        self._update_title()
        self.resize(1200, 700)

        self.clock_timer = QTimer(self)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start(1000)
        self.feed_timer = QTimer(self)
        self.feed_timer.setInterval(FEED_POLL_MS)
        self.feed_timer.timeout.connect(self.poll_feed)
        self._tick()

    # -- menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Dispatch Desk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

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

    # -- start-up ----------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the database in the background (the first start builds the demo city)."""
        settings = self.settings

        def work() -> _Snapshot:
            opened = open_database(settings)
            desk = opened.desk
            # Read the feed position first: a change made while the list loads is then seen again, not lost.
            last_seq = desk.last_feed_seq()
            return _Snapshot(opened, desk.open_incidents(), desk.categories(include_inactive=True), last_seq)

        self.tasks.run(work, self._opened, self._open_failed)

    def _opened(self, snapshot: _Snapshot) -> None:
        self.opened = snapshot.opened
        self.last_seq = snapshot.last_seq
        self.model.categories = {c.code: c for c in snapshot.categories}
        self.model.reset(snapshot.incidents)
        self.proxy.sort(0)
        self._set_database_state(True)
        self._update_title()
        self._update_counts()
        self.feed_timer.start()

    def _open_failed(self, error: Exception) -> None:
        self._set_database_state(False, str(error))
        QTimer.singleShot(5000, self.start)

    # -- live updates ------------------------------------------------------------------------------
    def poll_feed(self) -> None:
        if self.opened is None or self._polling:
            return
        self._polling = True
        desk, after = self.opened.desk, self.last_seq

        def work() -> _FeedUpdate:
            entries = desk.feed_after(after)
            numbers = {e.payload.get("number") for e in entries if e.entity == INCIDENT_ENTITY}
            changed = [desk.incident(n) for n in sorted(n for n in numbers if n)]
            return _FeedUpdate(entries[-1].seq if entries else after, changed)

        self.tasks.run(work, self._apply_feed, self._feed_failed)

    def _apply_feed(self, update: _FeedUpdate) -> None:
        self._polling = False
        self.last_seq = update.last_seq
        for incident in update.changed:
            if incident.status.is_open:
                self.model.upsert(incident)
            else:
                self.model.remove(incident.number)
        if not self.database_ok:
            self._set_database_state(True)
        self._update_counts()

    def _feed_failed(self, error: Exception) -> None:
        self._polling = False
        self._set_database_state(False, str(error))

    # -- status bar --------------------------------------------------------------------------------
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
        counts = Counter(int(self.model.incident(r).priority) for r in range(self.model.rowCount()))
        parts = [f"P{p}: {counts.get(p, 0)}" for p in (1, 2, 3, 4)]
        text = self.tr("Open incidents: %1 (%2)")
        self.counts_label.setText(
            text.replace("%1", str(self.model.rowCount())).replace("%2", ", ".join(parts))
        )

    def _update_title(self) -> None:
        title = self.tr("Dispatch Desk")
        if self.opened is not None and self.opened.city:
            title += " — " + self.opened.city.capitalize()
        if self.opened is not None and self.opened.is_demo:
            title += " " + self.tr("(demo data)")
        self.setWindowTitle(title)

    def _tick(self) -> None:
        self.clock_label.setText(datetime.now(self.zone).strftime("%H:%M:%S"))

    def closeEvent(self, event) -> None:
        self.feed_timer.stop()
        self.clock_timer.stop()
        self.tasks.wait(10_000)
        super().closeEvent(event)
