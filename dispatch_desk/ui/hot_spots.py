"""The map's layer of the precinct's hot and cold cells (Gi*) and its repeat addresses, switched on from
the View menu: the inspector sees their own precinct, the shift lead the city, over the last 28 days.
Read on the database lane; the page draws the hexagons (``MapApi.set_hot_cells``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from dispatch_desk.geo.hotspots import cell_boundary
from dispatch_desk.ui import labels
from dispatch_desk.ui.desk_part import Part, PartContext

if TYPE_CHECKING:
    from dispatch_desk.ui.problems_desk import ProblemsDesk

DAYS = 28
REPEAT_AT = 3  # contacts from one address in the period that make it a repeat address on the map


class HotSpotsLayer(Part):
    def __init__(self, ctx: PartContext, problems: ProblemsDesk) -> None:
        super().__init__(ctx)
        self.problems = problems  # a place clicked on the layer opens its problem
        self.shown: dict = {}  # what the page drew: {"cells": n, "repeats": n}
        self.repeat_addresses: dict[str, str] = {}  # the repeat addresses drawn: key → address

    def legend(self) -> dict:
        return {
            "title": self.tr("Hot spots (Gi*), %1 days").replace("%1", str(DAYS)),
            "levels": labels.hot_levels(),
            "repeat": labels.repeat_legend(),
        }

    def toggle(self, on: bool) -> None:
        ctx = self.ctx
        api, signed = ctx.map_api, ctx.now.signed_in()
        if api is None:
            return
        if not on or signed is None:
            api.set_hot_cells([], [], {})
            self.shown, self.repeat_addresses = {}, {}
            return
        analytics = signed[0].precinct_analytics_for(signed[1])
        localize = ctx.views.detail.localize
        until = datetime.now(UTC)

        def work():
            picture = analytics.picture(until - timedelta(days=DAYS), until, None, top=20)
            cells = [{**c.as_dict(), "boundary": cell_boundary(c.cell)} for c in picture.hot if c.level != 0]
            repeats = [
                {
                    "lat": r.lat,
                    "lon": r.lon,
                    "count": r.count,
                    "address": localize(r.address),
                    "key": r.key,
                }
                for r in picture.repeats
                if r.lat is not None and r.count >= REPEAT_AT
            ]
            return picture, cells, repeats

        def show(result) -> None:
            picture, cells, repeats = result
            if not ctx.actions().actions["hot_spots"].isChecked():
                return  # switched off meanwhile
            api.set_hot_cells(cells, repeats, self.legend(), self._drawn)
            self.repeat_addresses = {r["key"]: r["address"] for r in repeats}
            corners = [p for c in cells for p in c["boundary"]] + [(r["lat"], r["lon"]) for r in repeats]
            if corners:  # the precinct's hot and cold places in view
                lats, lons = [p[0] for p in corners], [p[1] for p in corners]
                api.fit_bounds(min(lats), min(lons), max(lats), max(lons))
            hot = sum(1 for c in cells if c["level"] > 0)
            where = (
                self.tr("precinct %1").replace("%1", picture.precinct)
                if picture.precinct
                else self.tr("the city")
            )
            ctx.say(
                self.tr("Hot spots of %1, last %2 days: %3 hot cells, %4 cold, %5 repeat addresses")
                .replace("%1", where)
                .replace("%2", str(DAYS))
                .replace("%3", str(hot))
                .replace("%4", str(len(cells) - hot))
                .replace("%5", str(len(repeats))),
                15_000,
            )

        ctx.tasks.run(work, show, ctx.failed)

    def place_clicked(self, kind: str, key: str) -> None:
        """A hot cell or a repeat address clicked on the map: the problem there (or a new one)."""
        if kind == "cell":
            self.problems.open_at("cell", key)
        elif key in self.repeat_addresses:  # only what this layer drew
            self.problems.open_at("address", key, self.repeat_addresses[key])

    def _drawn(self, shown) -> None:
        try:
            drawn = json.loads(shown) if isinstance(shown, str) else {}
        except ValueError:
            drawn = {}
        self.shown = drawn if isinstance(drawn, dict) else {}

    def clear(self) -> None:
        """The person's session ended: the layer goes (the next person switches it on for themselves)."""
        action = self.ctx.actions().actions.get("hot_spots")
        if action is not None and action.isChecked():
            action.setChecked(False)
        self.toggle(False)
