"""Which incident and unit the desk has selected, and whether a person chose it.

A row the desk selects by itself (after a save, the first row at sign-in) is not a person's look at its
caller; a click, a key or a click on the map is, and opening it then writes an access record
(``DeskService.open_incident``). The queue, the map and the incident panel follow the one selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dispatch_desk.ui.desk_part import Part, PartContext

if TYPE_CHECKING:
    from dispatch_desk.domain.entities import Attachment
    from dispatch_desk.services.feed_follow import Update
    from dispatch_desk.ui.incident_panel import IncidentPanel


class DeskSelection(Part):
    def __init__(self, ctx: PartContext, panel: IncidentPanel) -> None:
        super().__init__(ctx)
        self.panel = panel  # the incident on screen
        self.looked: str | None = None  # the incident a person chose (click, key, map): an access to read

    def incident_selected(self, number: str) -> None:
        """The queue's current row changed."""
        now, queue = self.ctx.now, self.ctx.views.queue
        if queue.looked or self.looked == number:
            self.looked = number  # a person's look: reading its caller's identity is an access
            queue.model.opened.add(number)  # an app report a person opened is no longer unopened
        if number != now.selected_number:
            now.selected_number = number
            if self.ctx.map_api is not None:
                self.ctx.map_api.select("incident", number, True)
            self.refresh_detail()
            self.ctx.changed()

    def unit_selected(self, call_sign: str) -> None:
        if self.ctx.map_api is not None:
            self.ctx.map_api.select("unit", call_sign, True)
        self.ctx.changed()

    def select_incident(self, number: str) -> None:
        """The desk selects an incident (after a save, say): not a person's look at its caller."""
        self.ctx.views.queue.select(number)

    def look_at_incident(self, number: str) -> None:
        """A person chose this incident elsewhere (on the map, in the overdue list)."""
        self.looked = number
        if number == self.ctx.now.selected_number:  # the row the desk had chosen itself: now a person's look
            self.incident_selected(number)
            self.refresh_detail()
        self.ctx.views.queue.select(number)

    def refresh_detail(self) -> None:
        selected = self.ctx.now.selected_number
        self.panel.load(selected, looked=self.looked == selected)

    def open_media(self, attachment: Attachment) -> None:
        self.panel.open_media(attachment)

    def apply(self, update: Update) -> None:
        """The incident on screen changed (or, after this desk's own unit changes, its recommendations)."""
        selected = self.ctx.now.selected_number
        named = selected in update.changes.incidents
        if named or (update.local and update.units and selected):
            self.refresh_detail()

    def clear(self) -> None:
        self.looked = None
