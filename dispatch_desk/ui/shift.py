"""What the window does when a person begins or ends their session, and while the desk is locked.

A person who signs in gets the desk loaded as they may see it (``Services.desk_for``); when their
session ends, nothing loaded for them stays in the views. Locking hides the docks and the map behind
the sign-in screen and keeps the docks' layout to bring back. The call form keeps what is typed in it
through all of this: the next person of the shift finds the call where it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.entities import Category, Incident, Unit
from dispatch_desk.services.desk import DeskService

if TYPE_CHECKING:
    from dispatch_desk.ui.main_window import MainWindow


@dataclass
class Loaded:
    """What the desk shows a person who signed in, read on the lane."""

    desk: DeskService
    incidents: list[Incident]
    units: list[Unit]
    categories: list[Category]
    last_seq: int
    today: list[Incident]  # all received since the local day began (the queue's "all today")
    today_started: datetime


class ShiftChange(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.desk_layout: QByteArray | None = None  # the docks as they were when the desk was hidden

    def begin(self, principal: Principal) -> None:
        """A person signed in: load what they may see, as they may see it."""
        w = self.window
        services = w.services
        if services is None:
            return
        desk = services.desk_for(principal)
        w.operator_status.show_person(principal)

        def work() -> Loaded:
            last_seq = desk.last_feed_seq()  # first: a change made while loading is then seen again
            desk.geo.warm()  # now: addresses are shown with streets in the desk's language, the first call is quick
            started = desk.today_started()
            return Loaded(
                desk,
                desk.open_incidents(),
                desk.units(),
                desk.categories(True),
                last_seq,
                desk.incidents_since(started),
                started,
            )

        w.tasks.run(work, self.loaded, w.action_failed)

    def loaded(self, loaded: Loaded) -> None:
        w = self.window
        services = w.services
        if services is None or w.principal is None or loaded.desk.actor != w.principal:
            return  # signed out (or somebody else signed in) meanwhile
        w.desk = w.operations.desk = w.calls.desk = loaded.desk
        w.set_localize(
            lambda address, geo=loaded.desk.geo, language=w.language: geo.localized(address, language)
        )
        w.categories = {c.code: c for c in loaded.categories}
        w.queue.model.categories = w.categories
        w.queue.proxy.today = loaded.today_started
        w.queue.model.reset(list({i.number: i for i in [*loaded.today, *loaded.incidents]}.values()))
        w.units.model.reset(loaded.units)
        w.units.proxy.sort(0)
        precincts = sorted(
            {u.home_precinct for u in loaded.units if u.home_precinct}
            | {i.precinct for i in loaded.incidents if i.precinct}
        )
        w.queue.fill_filters(precincts, list(w.categories.values()), w.language)
        w.units.fill_filters(precincts)
        w.call_form.set_categories([c for c in loaded.categories if c.active], w.language)
        if w.map_driver is not None:
            w.map_driver.load(loaded.incidents, loaded.units)
        w.update_counts()
        w.feed.start(services, loaded.desk, loaded.last_seq)
        w.overdue.load(loaded.desk)
        w.look_outs.load(loaded.desk)
        w.lead.load(loaded.desk)
        w.app_calls.load(loaded.desk)
        if w.queue.proxy.rowCount():
            w.queue.table.selectRow(0)
        w.update_actions()
        w.calls.offer_draft()

    def end(self) -> None:
        """The person's session is over: nothing loaded for them stays in the desk."""
        w = self.window
        w.admin.close_all()
        w.feed.pause()
        w.desk = w.operations.desk = w.calls.desk = None
        w.set_localize(str)
        w.selected_number = None
        w.queue.model.reset([])
        w.units.model.reset([])
        w.units.model.set_shift_times({})
        w.look_outs.clear()
        w.lead.clear()
        w.app_calls.clear()
        w.hot_spots.clear()
        w.problems.clear()
        w.detail.show_incident(None)
        if w.map_driver is not None:
            w.map_driver.load([], [])
        w.operator_status.show_person(None)
        w.update_counts()
        w.update_actions()

    def set_locked(self, locked: bool) -> None:
        """Hide the desk behind the sign-in screen (keeping the docks' layout), or show it again."""
        w = self.window
        docks = (
            w.queue_dock,
            w.unit_dock,
            w.detail_dock,
            w.call_dock,
            w.look_outs.dock,
            w.app_calls.list_dock,
            w.app_calls.call_view_dock,
        )
        if locked:
            w.admin.close_all()
            if self.desk_layout is None:
                self.desk_layout = w.saveState()
            for dock in docks:
                dock.hide()
            w.central.setCurrentWidget(w.sign_in_screen)
        else:
            if self.desk_layout is not None:
                w.restoreState(self.desk_layout)
                self.desk_layout = None
            w.central.setCurrentIndex(0)
            w.layout_keeper.default()
        for toggle in w.dock_toggles:
            toggle.setEnabled(not locked)
        w.update_actions()

    def layout(self) -> QByteArray:
        """The docks' layout to keep: as the person left it, also while the desk is hidden."""
        return self.desk_layout if self.desk_layout is not None else self.window.saveState()
