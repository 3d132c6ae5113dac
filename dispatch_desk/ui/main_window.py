"""The desk's window: the shell that holds the docks, the status bar, the layout and the palette.

It assembles the parts and wires them; each part lives in its own module:
``panels.py`` (queue, units), ``widgets/detail.py`` (the incident), ``call_taking.py`` (the call form's
work), ``incident_actions.py`` (what is done to incidents and units), ``actions.py`` (every action, its
keys and menus), ``operations.py`` (an action's run and what it changed), ``feed.py`` (what others
changed), ``map/`` (the page, its typed API and the driver), ``layout.py`` (the docks as this
workstation keeps them), ``statusbar/`` and ``dialogs.py`` (also Help).

Every change, made here or elsewhere, reaches the views as one ``Update`` through ``apply_update``.
All database and geocoding work runs on the background lane (``tasks.py``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QStackedWidget, QWidget

from dispatch_desk.composition import Services, open_services
from dispatch_desk.config import Settings, data_dir
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.entities import Category, Incident
from dispatch_desk.domain.errors import ConcurrencyConflict
from dispatch_desk.services.desk import DeskService
from dispatch_desk.services.feed_follow import Update
from dispatch_desk.ui import labels
from dispatch_desk.ui.actions import DOCK_KEYS, DeskActions, DeskState, keys_text
from dispatch_desk.ui.admin_tools import AdminTools
from dispatch_desk.ui.call.desk import CallsDesk
from dispatch_desk.ui.call_taking import CallTaking
from dispatch_desk.ui.dialogs import CloseDialog, Help, QuitQuestion, first_administrator, warn
from dispatch_desk.ui.feed import DeskFeed
from dispatch_desk.ui.hot_spots import HotSpotsLayer
from dispatch_desk.ui.incident_actions import IncidentActions
from dispatch_desk.ui.incident_panel import IncidentPanel, PanelContext
from dispatch_desk.ui.layout import DeskLayout
from dispatch_desk.ui.lead_desk import LeadDesk
from dispatch_desk.ui.look_outs_view import LookOutDesk
from dispatch_desk.ui.map.driver import MapDriver
from dispatch_desk.ui.map.page import PreparedMap, prepare_map
from dispatch_desk.ui.map.view import MapView
from dispatch_desk.ui.notices import Notices
from dispatch_desk.ui.notify import Notifier
from dispatch_desk.ui.operations import Operations
from dispatch_desk.ui.overdue_view import OverdueDesk
from dispatch_desk.ui.palette import apply_palette
from dispatch_desk.ui.panels import QueuePanel, UnitPanel
from dispatch_desk.ui.problems_desk import ProblemsDesk
from dispatch_desk.ui.session import DeskSession
from dispatch_desk.ui.shift import ShiftChange
from dispatch_desk.ui.statusbar.clock import Clock
from dispatch_desk.ui.statusbar.counts import IncidentCounts, OverdueCount, UnitCounts
from dispatch_desk.ui.statusbar.database import DatabaseStatus
from dispatch_desk.ui.statusbar.operator import OperatorStatus
from dispatch_desk.ui.statusbar.sound import SoundStatus
from dispatch_desk.ui.tasks import TaskRunner
from dispatch_desk.ui.thumbnails import Thumbnails
from dispatch_desk.ui.widgets.call_form import CallForm
from dispatch_desk.ui.widgets.detail import IncidentDetail
from dispatch_desk.ui.widgets.sign_in import SignInScreen

__all__ = ["CloseDialog", "MainWindow"]

log = logging.getLogger(__name__)
RETRY_OPEN_MS = 5000


@dataclass
class _Opened:
    services: Services
    page: PreparedMap | None


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, *, with_map: bool = True) -> None:
        super().__init__()
        self.settings = settings
        self.language = settings.language or "en"
        self.services: Services | None = None
        self.desk: DeskService | None = None  # the signed-in person's use cases; None while nobody is
        self.categories: dict[str, Category] = {}
        self.selected_number: str | None = None
        self._looked: str | None = None  # the incident a person chose (click, key, map): an access to read
        self.tasks = TaskRunner(self)
        self.thumbnails = Thumbnails(self)
        self.operations = Operations(self.tasks, self)
        self.feed = DeskFeed(self.tasks, self)
        self.notifier = Notifier(settings, self)
        self.layout_keeper = DeskLayout(self)
        self._quitting = False  # the person chose to quit: the window closes without asking again

        self._build_parts(settings, with_map)
        self._build_status_bar(settings)
        self._build_actions()
        self._connect()
        self._update_title()
        self.update_actions()
        self.resize(1600, 900)
        self.layout_keeper.restore()
        if self.layout_keeper.night:  # the palette chosen last on this workstation
            self.desk_actions.actions["dark"].setChecked(True)
            self.toggle_palette(True)
        self.shift.set_locked(True)  # until somebody signs in

    # -- assembling ---------------------------------------------------------------------------------
    def _build_parts(self, settings: Settings, with_map: bool) -> None:
        """The panels, the map, the sign-in screen, the docks and the parts of the desk."""
        self.queue = QueuePanel(settings.timezone, self.language)
        self.units = UnitPanel()
        self.detail = IncidentDetail(settings.timezone)
        self.call_form = CallForm(settings.timezone)
        self.map = MapView() if with_map else None
        self.map_api = self.map.api if self.map is not None else None
        self.map_driver = None
        if self.map_api is not None:
            self.map_driver = MapDriver(
                self.map_api,
                lambda: self.categories,
                self.language,
                lambda number: self.overdue.is_marked(number),
            )
        placeholder = QLabel(self.tr("Loading the map…"))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sign_in_screen = SignInScreen()
        self.central = QStackedWidget()
        self.central.addWidget(self.map or placeholder)
        self.central.addWidget(self.sign_in_screen)
        self.setCentralWidget(self.central)
        self.central.setMinimumWidth(280)  # not the sign-in card's width: it has the window when locked
        self.session = DeskSession(self.sign_in_screen, self.tasks, settings.idle_lock_minutes, self)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        # The queue above the units' tiles on the left (a call being taken in the units' place), the
        # incident on the right, the map between them.
        self.queue_dock = self._dock(self.tr("Incidents"), "queueDock", self.queue, left)
        self.unit_dock = self._dock(self.tr("Units"), "unitDock", self.units, left)
        self.detail_dock = self._dock(self.tr("Incident"), "detailDock", self.detail, right)
        self.call_dock = self._dock(self.tr("New call"), "callDock", self.call_form, left)
        self.splitDockWidget(self.queue_dock, self.unit_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.unit_dock, self.call_dock)
        self.call_dock.hide()
        self.panel = IncidentPanel(
            self.detail,
            self.detail_dock,
            self.tasks,
            self.thumbnails,
            self.layout_keeper,
            PanelContext(
                lambda: self.desk,
                lambda: self.categories,
                self.language,
                lambda number: self.queue.model.grouped_under(number),
            ),
            self,
        )
        self.calls = CallTaking(
            self.call_form,
            self.call_dock,
            self.tasks,
            self.operations,
            data_dir() / "call-draft.json",
            self.map_api,
        )
        self.incidents = IncidentActions(self)
        self.shift = ShiftChange(self)
        self.admin = AdminTools(self)
        self.overdue = OverdueDesk(self)
        self.look_outs = LookOutDesk(self)
        self.lead = LeadDesk(self)
        self.app_calls = CallsDesk(self)
        self.hot_spots = HotSpotsLayer(self)
        self.problems = ProblemsDesk(self)

    def _build_status_bar(self, settings: Settings) -> None:
        """The indicators, always in sight at the bar's right, and the notices."""
        self.database_status = DatabaseStatus()
        self.incident_counts = IncidentCounts()
        self.overdue_count = OverdueCount()
        self.unit_counts = UnitCounts()
        self.sound_status = SoundStatus()
        self.operator_status = OperatorStatus()
        # Permanent: the counts stay in sight while a message is shown (at the bar's left).
        for part in (
            self.database_status,
            self.operator_status,
            self.overdue_count,
            self.incident_counts,
            self.unit_counts,
            self.sound_status,
        ):
            self.statusBar().addPermanentWidget(part)
        self.clock = Clock(settings.timezone, self._tick)
        self.statusBar().addPermanentWidget(self.clock)
        self.notices = Notices(self, settings.timezone)  # every message whole, and the recent ones kept

    def _build_actions(self) -> None:
        """Every action from the actions table: menus, keys, the panel keys and the panels' buttons."""
        self.desk_actions = DeskActions(self)
        self.desk_actions.install({"window": self, "call_form": self.call_form})
        menus = self.desk_actions.fill_menus(self.menuBar())
        docks = [self.queue_dock, self.unit_dock, self.detail_dock, self.call_dock, self.look_outs.dock]
        docks += [self.app_calls.list_dock, self.app_calls.call_view_dock]
        self.dock_keys = self.layout_keeper.panel_keys(DOCK_KEYS, docks, menus["view"])
        self.dock_toggles = self.dock_keys + [dock.toggleViewAction() for dock in docks]
        self.help = Help(self)
        self.detail.set_actions(self.desk_actions.buttons())
        self.app_calls.bind(self.desk_actions)
        key = {id_: keys_text(action) for id_, action in self.desk_actions.actions.items()}
        self.detail.show_keys(key["dispatch_first"], key["dispatch_2"], key["dispatch_9"])
        self.queue.show_keys(key["search"])
        self.call_form.show_keys(
            {id_: key[id_] for id_ in ("save_call", "discard_call", "link_duplicate", "place_call")}
        )

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        message = self.statusBar().showMessage
        self.queue.selected.connect(self._incident_selected)
        self.queue.activated.connect(self.detail.setFocus)
        self.queue.closedSearchWanted.connect(self.incidents.search_closed)
        self.queue.unitDropped.connect(self.incidents.drop_unit_on_incident)
        self.units.selected.connect(self._unit_selected)
        self.units.menuRequested.connect(self.incidents.unit_menu)
        self.detail.dispatchRequested.connect(self.incidents.dispatch_unit)
        self.calls.ended.connect(self.unit_dock.raise_)  # the tiles, not the calls' list, after a call
        self.panel.shown.connect(self.update_actions)
        self.panel.failed.connect(self.action_failed)
        self.panel.message.connect(message)
        self.operations.done.connect(lambda text: message(text, 5000))
        self.operations.updated.connect(self.feed.applied)
        self.operations.updated.connect(self.apply_update)
        self.operations.failed.connect(self.action_failed)
        self.feed.updated.connect(self.apply_update)
        self.feed.databaseState.connect(self._database_state)
        self.calls.message.connect(message)
        self.calls.saved.connect(self._call_saved)
        self.incidents.message.connect(message)
        self.notifier.soundOff.connect(self.sound_status.sound_off)
        self.session.began.connect(self.shift.begin)
        self.session.ended.connect(self.shift.end)
        self.session.lockedChanged.connect(self.shift.set_locked)
        if self.map is not None:
            self.map.bridge.incidentClicked.connect(self.look_at_incident)
            self.map.bridge.unitClicked.connect(self.units.select)
            self.map.bridge.locationPicked.connect(self._location_picked)
            self.map.bridge.placeClicked.connect(self.hot_spots.place_clicked)
            self.map.unitDropped.connect(self.incidents.drop_unit_on_incident)
            self.map.setAcceptDrops(True)

    # -- start-up ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the database in the background (the first start builds the demo city), build the map,
        then ask who is at the desk."""
        settings, language, with_map = self.settings, self.language, self.map is not None
        self.notifier.check_sound()
        if self.windowHandle() is not None:  # its input, before any widget sees it: for the idle lock
            self.windowHandle().installEventFilter(self.session.idle)

        def work() -> _Opened:
            services = open_services(settings)
            page = prepare_map(services, settings, language, data_dir() / "map") if with_map else None
            return _Opened(services, page)

        self.tasks.run(work, self._opened, self._open_failed)

    def _opened(self, opened: _Opened) -> None:
        self.services = opened.services
        if self.map is not None and opened.page is not None:
            self.map.load_page(opened.page.path, opened.page.basemap)
            if opened.page.problem:
                self.statusBar().showMessage(
                    self.tr("The basemap cannot be shown: %1").replace("%1", opened.page.problem), 15_000
                )
        self._database_state(True, "")
        self._update_title()
        self.sign_in_screen.describe(self._place(), opened.services.is_demo)
        self.session.ready(opened.services, self.settings.user)
        if opened.services.first_admin_password:
            first_administrator(self, opened.services.first_admin_password)

    def _open_failed(self, error: Exception) -> None:
        self._database_state(False, str(error))
        self.sign_in_screen.set_busy(
            True, self.tr("The database is not available: %1").replace("%1", str(error))
        )
        self.tasks.later(RETRY_OPEN_MS, self.start)

    # -- who is at the desk -------------------------------------------------------------------------
    @property
    def principal(self) -> Principal | None:
        return self.session.principal

    def sign_out(self) -> None:
        self.calls.save_draft_now()
        self.session.sign_out()

    def lock_screen(self) -> None:
        self.calls.save_draft_now()
        self.session.lock()

    # -- what changed -------------------------------------------------------------------------------
    def apply_update(self, update: Update) -> None:
        """One change, made here or elsewhere: each view takes what it shows."""
        self.overdue.apply(update)
        self.look_outs.apply(update)
        self.lead.apply(update)
        self.app_calls.apply(update)
        self.problems.apply(update)
        for incident in update.incidents:
            if incident.status.is_open or self.queue.model.row_of(incident.number) is not None:
                self.queue.model.upsert(incident)
            if self.map_driver is not None:
                self.map_driver.show_incident(incident)
        for unit in update.units:
            self.units.model.upsert(unit)
            if self.map_driver is not None:
                self.map_driver.show_unit(unit)
        if update.incidents or update.units:
            self.update_counts()
        named = self.selected_number in update.changes.incidents
        if named or (update.local and update.units and self.selected_number):
            self.refresh_detail()  # its recommendations follow this desk's own unit changes too
        if update.changes.new_app_reports and not update.local:
            self.notifier.notify()
            self.statusBar().showMessage(
                self.tr("New app report(s): %1").replace("%1", ", ".join(update.changes.new_app_reports[:5])),
                10_000,
            )

    def _call_saved(self, incident: Incident) -> None:
        if self.principal is not None and not self.principal.sees(incident.precinct, incident.confidential):
            return  # a confidential report went to the anti-corruption officers; it is not in this queue
        self.select_incident(incident.number)
        self.queue.table.setFocus()

    def action_failed(self, error: Exception) -> None:
        """The one place an action's failure is shown."""
        self.statusBar().showMessage(str(error), 10_000)
        if isinstance(error, ConcurrencyConflict):
            warn(self, self.tr("Changed by someone else"), str(error))
            self.feed.poll()
            self.refresh_detail()
        elif self.services is not None:
            warn(self, self.tr("Not done"), str(error))

    def _database_state(self, ok: bool, detail: str) -> None:
        description = self.services.db.describe() if ok and self.services is not None else ""
        self.database_status.set_state(ok and self.services is not None, description, detail)
        self.update_actions()

    @property
    def database_ok(self) -> bool:
        return self.database_status.ok

    # -- selection ----------------------------------------------------------------------------------
    def _incident_selected(self, number: str) -> None:
        if self.queue.looked or self._looked == number:
            self._looked = number  # a person's look: reading its caller's identity is an access
            self.queue.model.opened.add(number)  # an app report a person opened is no longer unopened
        if number != self.selected_number:
            self.selected_number = number
            if self.map_api is not None:
                self.map_api.select("incident", number, True)
            self.refresh_detail()
            self.update_actions()

    def _unit_selected(self, call_sign: str) -> None:
        if self.map_api is not None:
            self.map_api.select("unit", call_sign, True)
        self.update_actions()

    def set_localize(self, localize) -> None:
        """How stored addresses are shown: the street in the desk's language (``str``: as stored)."""
        self.queue.model.localize = self.detail.localize = self.app_calls.list.localize = localize
        if self.map_driver is not None:
            self.map_driver.localize = localize

    def select_incident(self, number: str) -> None:
        """The desk selects an incident (after a save, say): not a person's look at its caller."""
        self.queue.select(number)

    def look_at_incident(self, number: str) -> None:
        """A person chose this incident elsewhere (on the map, in the overdue list)."""
        self._looked = number
        if number == self.selected_number:  # the row the desk had chosen by itself: now a person's look
            self._incident_selected(number)
            self.refresh_detail()
        self.queue.select(number)

    def refresh_detail(self) -> None:
        self.panel.load(self.selected_number, looked=self._looked == self.selected_number)

    def open_media(self, attachment) -> None:
        self.panel.open_media(attachment)

    def update_actions(self) -> None:
        shown = self.detail.incident
        current = shown if shown is not None and shown.number == self.selected_number else None
        principal = self.principal
        self.desk_actions.update(
            DeskState(
                database=self.desk is not None and not self.session.locked,
                permissions=principal.permissions if principal is not None else frozenset(),
                incident=bool(self.selected_number),
                incident_open=current.status.is_open if current is not None else None,
                unit=self.units.selected_unit() is not None,
                unit_on_incident=bool(current is not None and current.active_assignments()),
                map=self.map is not None,
                call_waiting=bool(self.app_calls.waiting()),
                in_call=self.app_calls.active is not None,
            )
        )

    def _location_picked(self, lat: float, lon: float) -> None:
        if not self.incidents.location_picked(lat, lon):
            self.calls.place_from_map(lat, lon)

    # -- look and layout ----------------------------------------------------------------------------
    def toggle_palette(self, dark: bool) -> None:
        apply_palette(dark)
        self.layout_keeper.remember_night(dark)
        if self.map_api is not None:
            self.map_api.set_night(dark)

    def request_quit(self) -> None:
        """Quit, asking first while a call is in progress or being typed."""
        in_call = self.app_calls.active is not None
        if in_call or (self.call_dock.isVisible() and not self.call_form.is_empty()):
            QuitQuestion(self, in_call, self._quit)
        else:
            self._quit()

    def _quit(self) -> None:
        self._quitting = True
        self.close()

    def update_counts(self) -> None:
        self.incident_counts.show_counts(self.queue.model.incidents())
        self.unit_counts.show_counts(self.units.model.units())

    def _place(self) -> str:
        """The city of the database, and whether it is demo data: for the title and the sign-in screen."""
        services = self.services
        if services is None:
            return ""
        place = labels.city(services.city) if services.city else ""
        if services.is_demo:
            place = (place + " " + self.tr("(demo data)")).strip()
        return place

    def _update_title(self) -> None:
        place = self._place()
        self.setWindowTitle(self.tr("Dispatch Desk") + (" — " + place if place else ""))

    def _tick(self) -> None:
        self.queue.model.tick()
        self.units.model.tick()
        self.app_calls.tick()

    # -- stopping -----------------------------------------------------------------------------------
    def save_for_crash(self) -> None:
        """An error the desk cannot go on from: keep the call being typed."""
        self.calls.save_draft_now()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.layout_keeper.fit_queue()

    def closeEvent(self, event) -> None:
        if event.spontaneous() and not self._quitting:  # the window's close button
            event.ignore()
            self.request_quit()
            return
        self.layout_keeper.stop()
        if self.windowHandle() is not None:
            self.windowHandle().removeEventFilter(self.session.idle)
        self.layout_keeper.save()
        self.calls.save_draft_now()
        self.feed.stop()
        self.clock.stop()
        self.tasks.shutdown(10_000)
        self.thumbnails.shutdown()
        self.incidents.search_lane.shutdown(5000)
        self.app_calls.close()
        if self.map is not None:
            # The page must go before the web profile does, or QtWebEngine complains at exit.
            self.map.page().deleteLater()
        super().closeEvent(event)
