"""Officer in danger on every desk that sees the units: a red bar across the top of the map with each open
alarm — the unit, where it was when its tracker's panic input was pressed, where it is now, how long ago —
and a siren every few seconds until a shift lead acknowledges it with what was done.

The units' server raises an alarm with a feed row, so a desk hears it as it hears any change (within the
feed's wake-up, not the positions' poll); the part then reads the open alarms again, pans the map to the
unit and sounds. A desk that signs in while an alarm is open shows it at once. A part like the others
(``DeskPart``).
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dispatch_desk.domain.access import Permission
from dispatch_desk.services.feed_follow import Update
from dispatch_desk.ui.desk_part import Part, PartContext
from dispatch_desk.ui.dialogs import ask_text
from dispatch_desk.ui.widgets.named import named

if TYPE_CHECKING:
    from dispatch_desk.domain.alarms import Alarm
    from dispatch_desk.domain.entities import Unit
    from dispatch_desk.services.desk import DeskService

SIREN_MS = 5000  # the siren again while an alarm is open
BAR_STYLE = (
    "QFrame#alarmBar { background: #b00020; }"
    "QFrame#alarmBar QLabel { color: white; }"
    "QFrame#alarmBar QPushButton { background: white; color: #b00020; font-weight: bold; padding: 3px 10px; }"
)


def _place(lat: float | None, lon: float | None) -> str:
    return f"{lat:.5f}, {lon:.5f}" if lat is not None and lon is not None else "—"


class AlarmBar(QFrame):
    """The open alarms, one row each: what, where, since when; "Show on map" and (a shift lead's)
    "Acknowledge…". Hidden while there is none."""

    showRequested = Signal(int)
    acknowledgeRequested = Signal(int)

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "alarmBar")
        self.zone = ZoneInfo(timezone)
        self.setStyleSheet(BAR_STYLE)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(8, 4, 8, 4)
        self.hide()

    def show_alarms(
        self, alarms: list[Alarm], units: dict[str, Unit], may_acknowledge: bool, now: datetime
    ) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for alarm in alarms:
            self.rows.addWidget(self._row(alarm, units.get(alarm.call_sign), may_acknowledge, now))
        self.setVisible(bool(alarms))

    def _row(self, alarm: Alarm, unit: Unit | None, may_acknowledge: bool, now: datetime) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("⚠ OFFICER IN DANGER — %1").replace("%1", alarm.call_sign))
        title.setStyleSheet("font-weight: bold; font-size: 15px;")
        minutes = max(0, int((now - alarm.raised_at).total_seconds() // 60))
        details = [
            self.tr("pressed %1 (%2 min ago) at %3")
            .replace("%1", alarm.raised_at.astimezone(self.zone).strftime("%H:%M:%S"))
            .replace("%2", str(minutes))
            .replace("%3", _place(alarm.lat, alarm.lon))
        ]
        moved = unit is not None and unit.position_at is not None and unit.position_at > alarm.raised_at
        if moved and unit is not None and unit.position is not None and unit.position_at is not None:
            details.append(
                self.tr("now at %1 (%2)")
                .replace("%1", _place(*unit.position))
                .replace("%2", unit.position_at.astimezone(self.zone).strftime("%H:%M:%S"))
            )
        text = QLabel(" · ".join(details))
        for label in (title, text):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a call sign or device id never runs as markup
            label.setWordWrap(True)  # a narrow map: the words wrap, the window keeps its width
        show = named(QPushButton(self.tr("Show on map")), f"alarmShow{alarm.id}")
        show.clicked.connect(partial(self.showRequested.emit, alarm.id))
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(title)
        words.addWidget(text)
        line.addLayout(words, 1)
        line.addWidget(show)
        if may_acknowledge:
            done = named(QPushButton(self.tr("Acknowledge…")), f"alarmAcknowledge{alarm.id}")
            done.clicked.connect(partial(self.acknowledgeRequested.emit, alarm.id))
            line.addWidget(done)
        return row


class AlarmDesk(Part):
    def __init__(self, ctx: PartContext) -> None:
        super().__init__(ctx)
        self.bar = AlarmBar(ctx.settings.timezone)
        ctx.place.banner(self.bar)
        self.alarms: list[Alarm] = []
        self.siren = QTimer(self)
        self.siren.setInterval(SIREN_MS)
        self.siren.timeout.connect(self._siren)
        self.bar.showRequested.connect(self.show_on_map)
        self.bar.acknowledgeRequested.connect(self.acknowledge)

    def load(self, desk: DeskService) -> None:
        if not desk.actor.reads_operations:
            return
        self.ctx.tasks.run(desk.alarms.open, self._read, self.ctx.failed)

    def apply(self, update: Update) -> None:
        desk = self.ctx.now.desk
        if update.changes.alarms_changed and desk is not None:
            self.load(desk)

    def _read(self, alarms: list[Alarm]) -> None:
        known = {a.id for a in self.alarms}
        self.alarms = alarms
        fresh = [a for a in alarms if a.id not in known]
        self.refresh()
        if fresh:
            self.ctx.notifier.danger()
            self.show_on_map(fresh[-1].id)
            self.ctx.say(
                self.tr("Officer in danger: %1").replace("%1", ", ".join(a.call_sign for a in fresh)), 30_000
            )
        if alarms and not self.siren.isActive():
            self.siren.start()
        elif not alarms:
            self.siren.stop()

    def _siren(self) -> None:
        self.ctx.notifier.danger()
        self.refresh()

    def refresh(self) -> None:
        """The bar again (the minutes since, the units' positions now): when the alarms change and at
        each siren."""
        principal = self.ctx.now.principal
        may = principal is not None and principal.may(Permission.LEAD_SHIFT)
        model = self.ctx.views.units.model
        units = {a.call_sign: u for a in self.alarms if (u := model.unit_by_call_sign(a.call_sign))}
        self.bar.show_alarms(self.alarms, units, may, self.ctx.views.queue.model.now())

    def show_on_map(self, alarm_id: int) -> None:
        alarm = next((a for a in self.alarms if a.id == alarm_id), None)
        if alarm is not None and self.ctx.map_api is not None:
            self.ctx.map_api.select("unit", alarm.call_sign, True)

    def acknowledge(self, alarm_id: int) -> None:
        desk = self.ctx.now.desk
        alarm = next((a for a in self.alarms if a.id == alarm_id), None)
        if desk is None or alarm is None:
            return
        ask_text(
            self.ctx.parent,
            self.tr("Acknowledge the alarm of %1").replace("%1", alarm.call_sign),
            self.tr("What was done (units sent, the officer's state):"),
            lambda note: self.ctx.tasks.run(
                partial(desk.alarms.acknowledge, alarm_id, note), self._acknowledged, self.ctx.failed
            ),
        )

    def _acknowledged(self, alarm: Alarm) -> None:
        self.ctx.say(self.tr("The alarm of %1 is acknowledged.").replace("%1", alarm.call_sign), 10_000)
        desk = self.ctx.now.desk
        if desk is not None:
            self.load(desk)

    def clear(self) -> None:
        self.alarms = []
        self.siren.stop()
        self.bar.show_alarms([], {}, False, datetime.now().astimezone())

    def close(self) -> None:
        self.siren.stop()
        super().close()
