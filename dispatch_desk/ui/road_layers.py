"""The ways by the roads on the desk's map: the route of every unit sent to the selected incident, its
minutes left counting down as the unit drives (read again when it leaves the route), and the coverage
layer of the View menu — where the free units reach within 5 and 10 minutes, and what none reaches.

Routes and isochrones come from the routing engine on the background lane; following a route as the unit
moves is arithmetic on the route kept here (``Route.progress``), once a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.enums import UnitStatus
from dispatch_desk.ui.desk_part import Part, PartContext

if TYPE_CHECKING:
    from dispatch_desk.domain.roads import Route
    from dispatch_desk.services.desk import DeskService
    from dispatch_desk.services.routes import Coverage

ON_THE_WAY = (UnitStatus.DISPATCHED, UnitStatus.EN_ROUTE)
OFF_ROUTE_M = 75.0  # a unit farther than this from its route gets a new one
TICK_MS = 1000
COVERAGE_EVERY_MS = 60_000  # the free units move: their reach is read again each minute while shown


class RoadLayers(Part):
    def __init__(self, ctx: PartContext) -> None:
        super().__init__(ctx)
        self.number: str | None = None  # the incident whose routes are kept
        self.routes: dict[str, Route] = {}  # call sign → its route to the incident
        self.start_off: dict[str, float] = {}  # how far from its route the unit stood when it was read
        self.asked: set[str] = set()  # routes being read
        self.missing: set[str] = set()  # units the engine found no route for (not asked again for now)
        self.drawn: list[dict] | None = None  # what the page was last given (None: draw again)
        self.coverage_on = False
        self.coverage_shown = False  # the page draws the coverage read last
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.coverage_timer = QTimer(self)
        self.coverage_timer.setInterval(COVERAGE_EVERY_MS)
        self.coverage_timer.timeout.connect(self.read_coverage)

    def load(self, desk: DeskService) -> None:
        if self.ctx.map_api is not None and desk.actor.may(Permission.DISPATCH):
            self.timer.start()

    def clear(self) -> None:
        self.timer.stop()
        self.coverage_timer.stop()
        self._forget()
        if self.ctx.map_api is not None:
            self.ctx.map_api.layers.set_routes([])
            self.ctx.map_api.layers.set_coverage(None)
        self.coverage_on = self.coverage_shown = False

    def close(self) -> None:
        self.timer.stop()
        self.coverage_timer.stop()
        super().close()

    def _forget(self) -> None:
        self.number, self.routes, self.asked, self.missing, self.start_off = None, {}, set(), set(), {}
        self.drawn = None  # the page's routes are redrawn at the next tick, if only to take them off

    # -- the selected incident's routes ------------------------------------------------------------
    def on_the_way(self) -> list[str]:
        """The units sent to the selected incident and not there yet."""
        number = self.ctx.now.selected_number
        model = self.ctx.views.queue.model
        row = model.row_of(number) if number else None
        if row is None:
            return []
        units = self.ctx.views.units.model
        signs = []
        for assignment in model.incident(row).active_assignments():
            unit = units.unit_by_call_sign(assignment.call_sign)
            if unit is not None and unit.status in ON_THE_WAY and unit.position is not None:
                signs.append(unit.call_sign)
        return signs

    def tick(self) -> None:
        """Once a second: the routes of the units on the way, their minutes left, a new route for one
        that left its way."""
        api, desk = self.ctx.map_api, self.ctx.now.desk
        if api is None or desk is None:
            return
        if self.ctx.now.selected_number != self.number:
            self._forget()
            self.number = self.ctx.now.selected_number
        wanted = self.on_the_way()
        units = self.ctx.views.units.model
        shown = []
        for call_sign in wanted:
            route = self.routes.get(call_sign)
            unit = units.unit_by_call_sign(call_sign)
            if unit is None or unit.position is None:
                continue
            if route is None:
                self._ask(desk, call_sign, unit.position)
                continue
            left_s, off_m = route.progress(*unit.position)
            if off_m > self.start_off.get(call_sign, 0.0) + OFF_ROUTE_M:
                self._ask(desk, call_sign, unit.position)  # the old route stays drawn until the new one comes
            minutes = max(1, round(left_s / 60))
            label = self.tr("%1 · %2 min").replace("%1", call_sign).replace("%2", str(minutes))
            shown.append({"call_sign": call_sign, "points": [list(p) for p in route.points], "label": label})
        for gone in set(self.routes) - set(wanted):
            del self.routes[gone]
        if shown != self.drawn:
            self.drawn = shown
            api.layers.set_routes(shown)

    def _ask(self, desk: DeskService, call_sign: str, origin: tuple[float, float]) -> None:
        number = self.number
        if number is None or call_sign in self.asked or call_sign in self.missing:
            return
        self.asked.add(call_sign)
        language = self.ctx.language

        def done(route: Route | None) -> None:
            self.asked.discard(call_sign)
            if number != self.number:
                return  # another incident was chosen meanwhile
            if route is None:
                self.missing.add(call_sign)
            else:
                self.routes[call_sign] = route
                self.start_off[call_sign] = route.progress(*origin)[1]  # a yard's way to the road
                self.tick()

        def failed(_error: Exception) -> None:
            self.asked.discard(call_sign)
            self.missing.add(call_sign)

        self.ctx.tasks.run(lambda: desk.routes.route(number, call_sign, language, origin), done, failed)

    # -- the coverage layer ------------------------------------------------------------------------
    def toggle_coverage(self, on: bool) -> None:
        """View → Coverage: where the free units reach within 5 and 10 minutes by road."""
        self.coverage_on = on
        if not on:
            self.coverage_timer.stop()
            self.coverage_shown = False
            if self.ctx.map_api is not None:
                self.ctx.map_api.layers.set_coverage(None)
            return
        self.coverage_timer.start()
        self.read_coverage()

    def read_coverage(self) -> None:
        desk = self.ctx.now.desk
        if desk is None or not self.coverage_on:
            return
        self.ctx.tasks.run(lambda: desk.routes.coverage((5, 10)), self._show_coverage, self.ctx.failed)

    def _show_coverage(self, coverage: Coverage | None) -> None:
        api = self.ctx.map_api
        if api is None or not self.coverage_on:
            return
        if coverage is None:
            self.ctx.say(self.tr("No road network: the coverage needs one (gazetteer import)."), 10_000)
            return
        api.layers.set_coverage(self.payload(coverage))
        self.coverage_shown = True
        share = round(coverage.uncovered_share * 100)
        self.ctx.say(
            self.tr("%1 free units; %2% of the city is out of their 10-minute reach.")
            .replace("%1", str(len(coverage.units)))
            .replace("%2", str(share)),
            10_000,
        )

    def payload(self, coverage: Coverage) -> dict[str, Any]:
        return {
            "units": [
                {"call_sign": sign, "areas": {str(m): g for m, g in areas.items()}}
                for sign, areas in coverage.units.items()
            ],
            "uncovered": coverage.uncovered,
            "words": {
                "title": self.tr("Free units by road"),
                "five": self.tr("within 5 min"),
                "ten": self.tr("within 10 min"),
                "none": self.tr("no free unit within 10 min"),
            },
        }
