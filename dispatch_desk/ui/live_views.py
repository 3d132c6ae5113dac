"""The queue, the units' panel and the map follow every change; the status bar counts what they show.

A part like the others (``DeskPart``): the window hands it each ``Update`` in turn, before the parts that
read the queue's rows (the incident on screen is refreshed after its row is).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dispatch_desk.ui.desk_part import Part, PartContext

if TYPE_CHECKING:
    from dispatch_desk.services.feed_follow import Update
    from dispatch_desk.ui.statusbar.counts import IncidentCounts, UnitCounts

SAID_MS = 10_000


class LiveViews(Part):
    def __init__(self, ctx: PartContext, incident_counts: IncidentCounts, unit_counts: UnitCounts) -> None:
        super().__init__(ctx)
        self.incident_counts, self.unit_counts = incident_counts, unit_counts

    def apply(self, update: Update) -> None:
        ctx = self.ctx
        queue, units, driver = ctx.views.queue.model, ctx.views.units.model, ctx.map_driver
        for incident in update.incidents:
            if incident.status.is_open or queue.row_of(incident.number) is not None:
                queue.upsert(incident)
            if driver is not None:
                driver.show_incident(incident)
        for unit in update.units:
            units.upsert(unit)
            if driver is not None:
                driver.show_unit(unit)
        if update.incidents or update.units:
            self.count()
        if update.changes.new_app_reports and not update.local:
            ctx.notifier.notify()
            numbers = ", ".join(update.changes.new_app_reports[:5])
            ctx.say(self.tr("New app report(s): %1").replace("%1", numbers), SAID_MS)

    def count(self) -> None:
        """The status bar's counts of incidents and units, as the panels hold them."""
        self.incident_counts.show_counts(self.ctx.views.queue.model.incidents())
        self.unit_counts.show_counts(self.ctx.views.units.model.units())

    def tick(self) -> None:
        """A second passed: the ages in the queue and on the tiles."""
        self.ctx.views.queue.model.tick()
        self.ctx.views.units.model.tick()
