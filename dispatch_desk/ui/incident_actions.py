"""What the operator does to the incident on screen and to the units: dispatch, en route, on scene,
clear, reassign, close, reopen, place on the map, and a unit's own status.

Each handler reads what is selected, asks what it must (a reason, the disposition) without blocking,
and runs one call of the services as an operation; what it changed reaches every view by itself.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMenu, QMessageBox

from dispatch_desk.domain.enums import UnitStatus
from dispatch_desk.domain.values import Location
from dispatch_desk.ui import labels
from dispatch_desk.ui.desk_part import Part, PartContext
from dispatch_desk.ui.dialogs import CloseDialog, ask_text
from dispatch_desk.ui.tasks import TaskRunner

MESSAGE_MS = 5000


class IncidentActions(Part):
    message = Signal(str, int)  # status line, milliseconds

    def __init__(self, ctx: PartContext) -> None:
        super().__init__(ctx)
        self.placing_number: str | None = None  # an incident whose location the next map click sets
        self._sending: dict[str, set[str]] = {}  # incident → units being dispatched to it just now
        # Searching all closed incidents may read every row (seconds at a million): a lane of its own,
        # so that the feed, saves and dispatches never wait behind it.
        self.search_lane = TaskRunner(self)

    @property
    def _desk(self):
        return self.ctx.now.desk

    def _run(self, work, message: str) -> None:
        self.ctx.operations.run(work, message)

    # -- sending units -------------------------------------------------------------------------------
    def dispatch_unit(self, call_sign: str) -> QMessageBox | None:
        """Send a unit to the incident on screen. One that already has a unit (or one being sent) asks
        first: a second Ctrl+D must not send a second unit by itself."""
        desk, number = self._desk, self.ctx.now.selected_number
        if desk is None or not number:
            return None
        shown = self.ctx.views.detail.incident
        on_it = (
            [a.call_sign for a in shown.active_assignments()]
            if shown is not None and shown.number == number
            else []
        )
        already = [c for c in [*on_it, *sorted(self._sending.get(number, ()))] if c != call_sign]
        if not already:
            self._send(number, call_sign)
            return None
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Send another unit?"),
            self.tr("%1 already has %2. Send %3 as well?")
            .replace("%1", number)
            .replace("%2", ", ".join(dict.fromkeys(already)))
            .replace("%3", call_sign),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.ctx.parent,
        )
        question.setObjectName("anotherUnitQuestion")
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setDefaultButton(QMessageBox.StandardButton.No)
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        question.buttonClicked.connect(
            lambda button: (
                self._send(number, call_sign)
                if question.standardButton(button) == QMessageBox.StandardButton.Yes
                else None
            )
        )
        question.open()
        return question

    def _send(self, number: str, call_sign: str) -> None:
        desk = self._desk
        if desk is None:
            return
        self._sending.setdefault(number, set()).add(call_sign)

        def sent(_incident) -> None:
            self._sending.get(number, set()).discard(call_sign)

        self.ctx.operations.run(
            lambda: desk.dispatch(number, call_sign),
            self.tr("%1 dispatched to %2").replace("%1", call_sign).replace("%2", number),
            sent,
        )

    def drop_unit_on_incident(self, call_sign: str, number: str, reason: str | None = None) -> None:
        """Send a free unit, or move a busy one (asking why), to the incident it was dropped on."""
        desk = self._desk
        if desk is None or not number:
            return
        units = self.ctx.views.units.model
        row = units.row_of(call_sign)
        unit = units.unit(row) if row is not None else None
        if unit is not None and unit.current_incident and unit.current_incident != number:
            self.reassign_selected(call_sign, number, reason)
            return
        self._run(
            lambda: desk.dispatch(number, call_sign),
            self.tr("%1 dispatched to %2").replace("%1", call_sign).replace("%2", number),
        )

    def target_unit(self) -> str | None:
        """The unit a status key is for: always one of the incident on screen - the one selected in the
        unit panel when it works this incident, else the incident's first unit. A unit of another
        incident is never moved by a key; the unit panel's menu names it when that is meant."""
        incident, number = self.ctx.views.detail.incident, self.ctx.now.selected_number
        if incident is None or incident.number != number:
            return None
        on_it = [a.call_sign for a in incident.active_assignments()]
        selected = self.ctx.views.units.selected_unit()
        if selected in on_it:
            return selected
        return on_it[0] if on_it else None

    def unit_action(self, action: str, call_sign: str | None = None) -> None:
        """En route, on scene or clear: for the incident's unit (``target_unit``), or the one named."""
        desk = self._desk
        call_sign = call_sign or self.target_unit()
        if desk is None:
            return
        if call_sign is None:
            number = self.ctx.now.selected_number or ""
            self.message.emit(self.tr("No unit is on %1 yet").replace("%1", number), MESSAGE_MS)
            return
        work = {"en_route": desk.unit_en_route, "on_scene": desk.unit_on_scene, "clear": desk.clear_unit}
        done = {
            "en_route": self.tr("%1 en route"),
            "on_scene": self.tr("%1 on scene"),
            "clear": self.tr("%1 cleared"),
        }
        self._run(lambda: work[action](call_sign), done[action].replace("%1", call_sign))

    def reassign_selected(
        self, call_sign: str | None = None, number: str | None = None, reason: str | None = None
    ) -> None:
        call_sign = call_sign or self.ctx.views.units.selected_unit()
        number = number or self.ctx.now.selected_number
        desk = self._desk
        if desk is None or not call_sign or not number:
            self.message.emit(
                self.tr("Select a unit in the unit panel and an incident in the queue"), MESSAGE_MS
            )
            return

        def run(why: str) -> None:
            self._run(
                lambda: desk.reassign(call_sign, number, why),
                self.tr("%1 reassigned to %2").replace("%1", call_sign).replace("%2", number),
            )

        if reason is not None:
            run(reason)
        else:
            ask_text(
                self.ctx.parent,
                self.tr("Reassign %1").replace("%1", call_sign),
                self.tr("Why is %1 moved to %2?").replace("%1", call_sign).replace("%2", number),
                run,
            )

    def set_unit_status(self, status: UnitStatus) -> None:
        desk, call_sign = self._desk, self.ctx.views.units.selected_unit()
        if desk is None or not call_sign:
            return
        self._run(
            lambda: desk.set_unit_status(call_sign, status), f"{call_sign}: {labels.unit_status(status)}"
        )

    def unit_menu(self, position) -> None:
        """The unit panel's context menu: the selected unit's own status keys, then the unit actions."""
        ctx = self.ctx
        call_sign = ctx.views.units.selected_unit()
        if not call_sign:
            return
        menu = QMenu(ctx.parent)
        # The status of this very unit, named: the keys act only on the incident's own units.
        for kind, text in (
            ("en_route", self.tr("%1: en route")),
            ("on_scene", self.tr("%1: on scene")),
            ("clear", self.tr("%1: clear")),
        ):
            menu.addAction(text.replace("%1", call_sign), partial(self.unit_action, kind, call_sign))
        menu.addSeparator()
        for action in ctx.actions().for_context_menu("unit"):
            menu.addAction(action)
        menu.exec(position)

    # -- the incident itself -------------------------------------------------------------------------
    def close_selected(self) -> CloseDialog | None:
        desk, number = self._desk, self.ctx.now.selected_number
        if desk is None or not number:
            return None
        shown = self.ctx.views.detail.incident
        seen = shown.version if shown is not None and shown.number == number else None
        dialog = CloseDialog(number, self.ctx.parent)

        def accepted() -> None:
            code, disposition, message = dialog.values()
            self._run(
                lambda: desk.close(number, disposition, message, code=code, seen_version=seen),
                self.tr("%1 closed").replace("%1", number),
            )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def close(self) -> None:
        super().close()
        self.search_lane.shutdown(5000)

    def search_closed(self, text: str) -> None:
        """Look for ``text`` among all incidents in the database, for the queue's closed incidents."""
        desk = self._desk
        if desk is None:
            return
        queue = self.ctx.views.queue
        self.search_lane.run(
            lambda: desk.read.search_incidents(text),
            lambda found: queue.show_found(text, found),
            self.ctx.failed,
        )

    def reopen_selected(self) -> None:
        desk, number = self._desk, self.ctx.now.selected_number
        if desk is None or not number:
            return
        ask_text(
            self.ctx.parent,
            self.tr("Reopen %1").replace("%1", number),
            self.tr("Why?"),
            lambda why: self._run(
                lambda: desk.reopen(number, why), self.tr("%1 reopened").replace("%1", number)
            ),
        )

    def place_selected(self) -> None:
        """The next click on the map places (or corrects) the selected incident's location."""
        number, api = self.ctx.now.selected_number, self.ctx.map_api
        if self._desk is None or not number or api is None:
            return
        self.placing_number = number
        api.set_placing(True)
        self.message.emit(self.tr("Click the map where %1 is").replace("%1", number), 15_000)

    def location_picked(self, lat: float, lon: float) -> bool:
        """A click on the map: places the incident being placed; False when none is."""
        desk, number = self._desk, self.placing_number
        if desk is None or number is None:
            return False
        self.placing_number = None
        if self.ctx.map_api is not None:
            self.ctx.map_api.set_placing(False)
        location = Location.placed(lat, lon)
        self._run(
            lambda: desk.set_location(number, location), self.tr("%1 placed on the map").replace("%1", number)
        )
        return True
