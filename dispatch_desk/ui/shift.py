"""What the desk does when a person begins or ends their session.

A person who signs in gets the desk loaded as they may see it (``Services.desk_for``): the queue, the
units, the map and every part (``DeskPart.load``); when their session ends, nothing loaded for them stays
in the views (``DeskPart.clear``). The call form keeps what is typed in it through all of this: the next
person of the shift finds the call where it was. (Locking the screen is the layout's: ``layout.py``.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.entities import Category, Incident, Unit
from dispatch_desk.services.desk import DeskService

if TYPE_CHECKING:
    from dispatch_desk.ui.call_taking import CallTaking
    from dispatch_desk.ui.desk_part import DeskPart, PartContext
    from dispatch_desk.ui.feed import DeskFeed
    from dispatch_desk.ui.statusbar.operator import OperatorStatus


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
    """Begins and ends a person's session on the desk's views and on every part, in the parts' order."""

    def __init__(
        self,
        ctx: PartContext,
        parts: Sequence[DeskPart],
        feed: DeskFeed,
        taking: CallTaking,
        person: OperatorStatus,
        counted: Callable[[], None],
    ) -> None:
        super().__init__(ctx.parent)
        self.ctx, self.parts, self.feed, self.taking = ctx, parts, feed, taking
        self.person = person  # the status bar's "who is at the desk"
        self.counted = counted  # the status bar's counts, again

    def begin(self, principal: Principal) -> None:
        """A person signed in: load what they may see, as they may see it."""
        ctx = self.ctx
        services = ctx.now.services
        if services is None:
            return
        desk = services.desk_for(principal)
        self.person.show_person(principal)

        def work() -> Loaded:
            last_seq = desk.read.last_feed_seq()  # first: a change made while loading is then seen again
            desk.geo.warm()  # now: addresses are shown with streets in the desk's language, the first call is quick
            started = desk.read.today_started()
            return Loaded(
                desk,
                desk.read.open_incidents(),
                desk.read.units(),
                desk.read.categories(True),
                last_seq,
                desk.read.incidents_since(started),
                started,
            )

        ctx.tasks.run(work, self.loaded, ctx.failed)

    def loaded(self, loaded: Loaded) -> None:
        ctx = self.ctx
        now, views, language = ctx.now, ctx.views, ctx.language
        services = now.services
        if services is None or now.principal is None or loaded.desk.actor != now.principal:
            return  # signed out (or somebody else signed in) meanwhile
        now.desk = ctx.operations.desk = self.taking.desk = loaded.desk
        geo = loaded.desk.geo
        self.localize(lambda address: geo.localized(address, language))
        now.categories = {c.code: c for c in loaded.categories}
        views.queue.model.categories = now.categories
        views.queue.proxy.today = loaded.today_started
        views.queue.model.reset(list({i.number: i for i in [*loaded.today, *loaded.incidents]}.values()))
        views.units.model.reset(loaded.units)
        views.units.proxy.sort(0)
        precincts = sorted(
            {u.home_precinct for u in loaded.units if u.home_precinct}
            | {i.precinct for i in loaded.incidents if i.precinct}
        )
        views.queue.fill_filters(precincts, list(now.categories.values()), language)
        views.units.fill_filters(precincts)
        views.call_form.set_categories([c for c in loaded.categories if c.active], language)
        if ctx.map_driver is not None:
            ctx.map_driver.load(loaded.incidents, loaded.units)
        self.counted()
        self.feed.start(services, loaded.desk, loaded.last_seq)
        for part in self.parts:
            part.load(loaded.desk)
        if views.queue.proxy.rowCount():
            views.queue.table.selectRow(0)
        ctx.changed()
        self.taking.offer_draft()

    def localize(self, localize: Callable[[str], str]) -> None:
        """How stored addresses are shown: the street in the desk's language (``str``: as stored)."""
        views = self.ctx.views
        views.queue.model.localize = views.detail.localize = localize
        if self.ctx.map_driver is not None:
            self.ctx.map_driver.localize = localize

    def end(self) -> None:
        """The person's session is over: nothing loaded for them stays in the desk."""
        ctx = self.ctx
        now, views = ctx.now, ctx.views
        ctx.windows.close_all()
        self.feed.pause()
        now.desk = ctx.operations.desk = self.taking.desk = None
        self.localize(str)
        now.selected_number = None
        views.queue.model.reset([])
        views.units.model.reset([])
        views.units.model.set_shift_times({})
        for part in self.parts:
            part.clear()
        views.detail.show_incident(None)
        if ctx.map_driver is not None:
            ctx.map_driver.load([], [])
        self.person.show_person(None)
        self.counted()
        ctx.changed()
