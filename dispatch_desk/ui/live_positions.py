"""The units move on the desk as their trackers report: four times a second the desk reads the positions that
changed since the last it read (apart from the change feed, which a fix a second a unit would flood) and
moves the units' tiles and markers — with their speed and heading; the map page (``motion.js``) glides
them, fades the stale ones, draws the trail of the unit hovered or selected, and follows a unit on request.
A part like the others (``DeskPart``)."""

from __future__ import annotations

import dataclasses
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from dispatch_desk.ui.desk_part import Part, PartContext

if TYPE_CHECKING:
    from dispatch_desk.domain.fixes import UnitPosition
    from dispatch_desk.services.desk import DeskService

MIN_MOVE_S = 1.0
POLL_MS = (
    250  # a stored fix is on the map within about a quarter second of the next poll (issue #29: 1 s, p95)
)


class LivePositions(Part):
    def __init__(self, ctx: PartContext) -> None:
        super().__init__(ctx)
        self.after = 0  # the last fix read
        self.waiting: dict[str, UnitPosition] = {}  # newer fixes of units moved under a second ago
        self.moved_at: dict[str, float] = {}
        self._reading = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def load(self, desk: DeskService) -> None:
        self.after = 0  # every unit's latest position first, then what changes
        if self.ctx.map_api is not None:
            self.ctx.map_api.set_unit_options(self.ctx.settings.stale_position_minutes, self.words())
        if desk.actor.reads_operations:
            self.timer.start()
            self.poll()

    def poll(self) -> None:
        desk = self.ctx.now.desk
        if desk is None or self._reading:
            return
        self._reading = True
        self.ctx.tasks.run(lambda: desk.read.positions_after(self.after), self._read, self._failed)

    def _read(self, result: tuple[list[UnitPosition], int]) -> None:
        self._reading = False
        positions, self.after = result
        now = time.monotonic()
        # A unit moves at most once a second: a newer fix of one moved less than a second ago waits.
        latest = {**self.waiting, **{p.call_sign: p for p in positions}}
        self.waiting = {
            c: p for c, p in latest.items() if now - self.moved_at.get(c, -MIN_MOVE_S) < MIN_MOVE_S
        }
        model, driver = self.ctx.views.units.model, self.ctx.map_driver
        markers = []
        for position in latest.values():
            if position.call_sign in self.waiting:
                continue
            self.moved_at[position.call_sign] = now
            unit = model.unit_by_call_sign(position.call_sign)
            if unit is None or (unit.position_at is not None and position.at <= unit.position_at):
                continue
            moved = dataclasses.replace(unit, position=(position.lat, position.lon), position_at=position.at)
            model.upsert(moved)
            markers.append((moved, position.speed_kmh, position.heading))
        if driver is not None:
            driver.move_units(markers)  # one call to the page for all that moved

    def words(self) -> dict[str, str]:
        """The map's words for a unit's tooltip, in the desk's language."""
        return {
            "kmh": self.tr("km/h"),
            "seconds": self.tr("%1 s ago"),
            "minutes": self.tr("%1 min ago"),
            "hours": self.tr("%1 h ago"),
            "stale": self.tr("no recent fix"),
        }

    def follow_selected(self) -> None:
        """Keep the selected unit in sight on the map as it moves; again (or a hand on the map) stops."""
        call_sign = self.ctx.views.units.selected_unit()
        if call_sign is None or self.ctx.map_api is None:
            return
        self.ctx.map_api.follow(call_sign, self._following)

    def _following(self, call_sign: object) -> None:
        if isinstance(call_sign, str):
            self.ctx.say(self.tr("The map follows %1.").replace("%1", call_sign), 5000)
        else:
            self.ctx.say(self.tr("The map follows no unit."), 5000)

    def _failed(self, _error: Exception) -> None:
        self._reading = False  # the database away for a moment: the next second tries again

    def clear(self) -> None:
        self.timer.stop()
        self.after = 0
        self.waiting.clear()

    def close(self) -> None:
        self.timer.stop()
        super().close()
