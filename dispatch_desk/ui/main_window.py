"""The desk's window: the shell that holds the docks, the status bar, the layout and the palette.

The composition root of the desk: it builds the panels and every part (``desk_part.DeskPart``), gives each
a ``PartContext`` (never itself), lays out their docks, and hands every part, in order, each sign-in
(``load``), change (``apply``), sign-out (``clear``) and the close. Each part lives in its own module:
``panels.py`` (queue, units), ``widgets/detail.py`` (the incident), ``call_taking.py`` (the call form's
work), ``incident_actions.py`` (what is done to incidents and units), ``actions.py`` (every action, its keys
and menus), ``operations.py`` (an action's run and what it changed), ``feed.py`` (what others changed),
``map/`` (the page, its typed API and the driver), ``road_layers.py`` (routes, coverage), ``layout.py``
(the docks as this workstation keeps them), ``statusbar/`` and ``dialogs.py`` (also Help). Every change,
made here or elsewhere, reaches the parts as one ``Update`` through ``apply_update``; all database and
geocoding work runs on the background lane (``tasks.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QStackedWidget, QWidget

from dispatch_desk.composition import Services, open_services
from dispatch_desk.config import Settings, data_dir
from dispatch_desk.domain.entities import Incident
from dispatch_desk.domain.errors import ConcurrencyConflict
from dispatch_desk.services.feed_follow import Update
from dispatch_desk.ui import labels
from dispatch_desk.ui.actions import DOCK_KEYS, DeskActions, DeskState, keys_text
from dispatch_desk.ui.admin_tools import AdminTools
from dispatch_desk.ui.alarms import AlarmDesk
from dispatch_desk.ui.call.desk import CallsDesk
from dispatch_desk.ui.call_taking import CallTaking
from dispatch_desk.ui.camera_view import CameraDock
from dispatch_desk.ui.desk_part import DeskNow, DeskPart, DeskViews, DockPlacer, KeptWindows, PartContext
from dispatch_desk.ui.dialogs import CloseDialog, Help, QuitQuestion, first_administrator, warn
from dispatch_desk.ui.feed import DeskFeed
from dispatch_desk.ui.hot_spots import HotSpotsLayer
from dispatch_desk.ui.incident_actions import IncidentActions
from dispatch_desk.ui.incident_panel import IncidentPanel, PanelContext
from dispatch_desk.ui.layout import DeskLayout
from dispatch_desk.ui.lead_desk import LeadDesk
from dispatch_desk.ui.live_positions import LivePositions
from dispatch_desk.ui.live_views import LiveViews
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
from dispatch_desk.ui.road_layers import RoadLayers
from dispatch_desk.ui.selection import DeskSelection
from dispatch_desk.ui.session import DeskSession
from dispatch_desk.ui.shift import ShiftChange
from dispatch_desk.ui.statusbar.clock import Clock
from dispatch_desk.ui.statusbar.counts import IncidentCounts, OverdueCount, UnitCounts
from dispatch_desk.ui.statusbar.database import DatabaseStatus
from dispatch_desk.ui.statusbar.operator import OperatorStatus
from dispatch_desk.ui.statusbar.sound import SoundStatus
from dispatch_desk.ui.tasks import TaskRunner
from dispatch_desk.ui.thumbnails import Thumbnails
from dispatch_desk.ui.track_review import TrackReview
from dispatch_desk.ui.widgets.call_form import CallForm
from dispatch_desk.ui.widgets.detail import IncidentDetail
from dispatch_desk.ui.widgets.sign_in import SignInScreen

__all__ = ["CloseDialog", "MainWindow"]

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
        self.tasks = TaskRunner(self)
        self.thumbnails = Thumbnails(self)
        self.operations = Operations(self.tasks, self)
        self.feed = DeskFeed(self.tasks, self)
        self.notifier = Notifier(settings, self)
        self.layout_keeper = DeskLayout(self)
        self.windows = KeptWindows(self)  # the desk's windows beside the docks, closed at sign-out
        self._quitting = False  # the person chose to quit: the window closes without asking again

        self._build_status_bar(settings)
        self._build_panels(settings, with_map)
        self._build_parts()
        self._build_actions()
        self._connect()
        self._update_title()
        self.update_actions()
        self.resize(1600, 900)
        self.layout_keeper.restore()
        if self.layout_keeper.night:  # the palette chosen last on this workstation
            self.desk_actions.actions["dark"].setChecked(True)
            self.toggle_palette(True)
        self.set_locked(True)  # until somebody signs in

    # -- assembling ---------------------------------------------------------------------------------
    def _build_panels(self, settings: Settings, with_map: bool) -> None:
        """The panels, the map, the sign-in screen and the docks every desk has."""
        self.queue = QueuePanel(settings.timezone, self.language)
        self.units = UnitPanel()
        self.detail = IncidentDetail(settings.timezone)
        self.call_form = CallForm(settings.timezone)
        self.map = MapView() if with_map else None
        self.map_api = self.map.api if self.map is not None else None
        self.sign_in_screen = SignInScreen()
        self.session = DeskSession(self.sign_in_screen, self.tasks, settings.idle_lock_minutes, self)
        self.now = DeskNow(lambda: self.session.principal)
        self.map_driver = None
        if self.map_api is not None:
            overdue = self.queue.model.unacknowledged
            self.map_driver = MapDriver(
                self.map_api, lambda: self.now.categories, self.language, lambda number: number in overdue()
            )
        placeholder = QLabel(self.tr("Loading the map…"))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.central = QStackedWidget()
        self.central.addWidget(self.map or placeholder)
        self.central.addWidget(self.sign_in_screen)
        self.setCentralWidget(self.central)
        self.central.setMinimumWidth(280)  # not the sign-in card's width: it has the window when locked
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

    def _part_context(self) -> PartContext:
        panels = (self.queue, self.units, self.detail, self.call_form)
        views = DeskViews(*panels, self.queue_dock, self.unit_dock, self.detail_dock, self.call_dock)
        return PartContext(
            parent=self,
            settings=self.settings,
            tasks=self.tasks,
            operations=self.operations,
            notifier=self.notifier,
            thumbnails=self.thumbnails,
            now=self.now,
            views=views,
            place=DockPlacer(self),
            windows=self.windows,
            map_api=self.map_api,
            map_driver=self.map_driver,
            say=self.statusBar().showMessage,
            failed=self.action_failed,
            changed=self.update_actions,
            look_at=lambda number: self.selection.look_at_incident(number),
            actions=lambda: self.desk_actions,
        )

    def _build_parts(self) -> None:
        """Every part, given what it needs; ``parts`` in the order each hears of a sign-in and a change."""
        ctx = self._part_context()
        self.panel = IncidentPanel(
            self.detail,
            self.detail_dock,
            self.tasks,
            self.thumbnails,
            self.layout_keeper,
            PanelContext(
                lambda: self.now.desk,
                lambda: self.now.categories,
                self.language,
                self.queue.model.grouped_under,
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
        self.live = LiveViews(ctx, self.incident_counts, self.unit_counts)
        self.positions = LivePositions(ctx)
        self.selection = DeskSelection(ctx, self.panel)
        self.incidents = IncidentActions(ctx)
        self.admin = AdminTools(ctx)
        self.overdue = OverdueDesk(ctx, self.overdue_count)
        self.look_outs = LookOutDesk(ctx)
        self.lead = LeadDesk(ctx)
        self.app_calls = CallsDesk(ctx, self.calls)
        self.problems = ProblemsDesk(ctx)
        self.hot_spots = HotSpotsLayer(ctx, self.problems)
        self.alarms = AlarmDesk(ctx)  # officers in danger: above all else
        self.tracks = TrackReview(ctx)
        self.roads = RoadLayers(ctx)  # routes of the units sent, the free units' reach
        self.cameras = CameraDock(ctx)  # the live pictures of the cameras at the selected incident
        self.parts: list[DeskPart] = [
            self.alarms,
            self.overdue,
            self.look_outs,
            self.lead,
            self.app_calls,
            self.problems,
            self.hot_spots,
            self.admin,
            self.incidents,
            self.live,  # the queue's rows before the incident on screen
            self.positions,
            self.tracks,
            self.roads,
            self.cameras,
            self.selection,
        ]
        self.shift = ShiftChange(
            ctx, self.parts, self.feed, self.calls, self.operator_status, self.live.count
        )
        self.clock = Clock(self.settings.timezone, self._tick)  # its tick ages the parts' times
        self.statusBar().addPermanentWidget(self.clock)

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
        self.notices = Notices(self, settings.timezone)  # every message whole, and the recent ones kept

    def _build_actions(self) -> None:
        """Every action from the actions table: menus, keys, the panel keys and the panels' buttons."""
        self.desk_actions = DeskActions(self)
        self.desk_actions.install({"window": self, "call_form": self.call_form})
        menus = self.desk_actions.fill_menus(self.menuBar())
        docks = self.docks()
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
        self.queue.selected.connect(self.selection.incident_selected)
        self.queue.activated.connect(self.detail.setFocus)
        self.queue.closedSearchWanted.connect(self.incidents.search_closed)
        self.queue.unitDropped.connect(self.incidents.drop_unit_on_incident)
        self.units.selected.connect(self.selection.unit_selected)
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
        self.session.lockedChanged.connect(self.set_locked)
        if self.map is not None:
            self.map.bridge.incidentClicked.connect(self.selection.look_at_incident)
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
        self.now.services = opened.services
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
    def sign_out(self) -> None:
        self.calls.save_draft_now()
        self.session.sign_out()

    def lock_screen(self) -> None:
        self.calls.save_draft_now()
        self.session.lock()

    def set_locked(self, locked: bool) -> None:
        """Hide the desk behind the sign-in screen (keeping the docks' layout), or show it again."""
        if locked:
            self.windows.close_all()
            self.layout_keeper.hide_desk(self.docks())
            self.central.setCurrentWidget(self.sign_in_screen)
        else:
            self.layout_keeper.show_desk()
            self.central.setCurrentIndex(0)
            self.layout_keeper.default()
        for toggle in self.dock_toggles:
            toggle.setEnabled(not locked)
        self.update_actions()

    def docks(self) -> list[QDockWidget]:
        """Every dock: the desk's own, then the parts'."""
        own = [self.queue_dock, self.unit_dock, self.detail_dock, self.call_dock]
        return own + [dock for part in self.parts for dock in part.docks()]

    # -- what changed -------------------------------------------------------------------------------
    def apply_update(self, update: Update) -> None:
        """One change, made here or elsewhere: every part takes what it shows, in order."""
        for part in self.parts:
            part.apply(update)

    def _call_saved(self, incident: Incident) -> None:
        principal = self.now.principal
        if principal is not None and not principal.sees(incident.precinct, incident.confidential):
            return  # a confidential report went to the anti-corruption officers; it is not in this queue
        self.selection.select_incident(incident.number)
        self.queue.table.setFocus()

    def action_failed(self, error: Exception) -> None:
        """The one place an action's failure is shown."""
        self.statusBar().showMessage(str(error), 10_000)
        if isinstance(error, ConcurrencyConflict):
            warn(self, self.tr("Changed by someone else"), str(error))
            self.feed.poll()
            self.selection.refresh_detail()
        elif self.now.services is not None:
            warn(self, self.tr("Not done"), str(error))

    def _database_state(self, ok: bool, detail: str) -> None:
        services = self.now.services
        description = services.db.describe() if ok and services is not None else ""
        self.database_status.set_state(ok and services is not None, description, detail)
        self.update_actions()

    # -- what applies -------------------------------------------------------------------------------
    def update_actions(self) -> None:
        shown = self.detail.incident
        selected = self.now.selected_number
        current = shown if shown is not None and shown.number == selected else None
        principal = self.now.principal
        self.desk_actions.update(
            DeskState(
                database=self.now.desk is not None and not self.session.locked,
                permissions=principal.permissions if principal is not None else frozenset(),
                incident=bool(selected),
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

    def _place(self) -> str:
        """The city of the database, and whether it is demo data: for the title and the sign-in screen."""
        services = self.now.services
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
        self.live.tick()
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
        for part in self.parts:
            part.close()
        if self.map is not None:
            # The page must go before the web profile does, or QtWebEngine complains at exit.
            self.map.page().deleteLater()
        super().closeEvent(event)
