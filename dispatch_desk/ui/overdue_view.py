"""Overdue incidents at the desk: the status bar's count, the map's marks, the thresholds and
acknowledgements that come through the feed, and the shift lead's list (Ctrl+Alt+O).

The rules run in the queue model every second (``IncidentTableModel.check_overdue``). The shift lead
sets the thresholds for every desk and acknowledges an overdue incident: both are rows of the change
feed (who and when, in the audit trail), followed by every desk. An acknowledged incident stays marked
— in amber instead of red — and leaves the status bar's count.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
)

from dispatch_desk.domain.overdue import MAX_THRESHOLD_S, Thresholds, thresholds_of
from dispatch_desk.services.feed_follow import Update
from dispatch_desk.ui import labels
from dispatch_desk.ui.desk_part import Connections, Part, PartContext
from dispatch_desk.ui.widgets.named import named
from dispatch_desk.ui.widgets.tables import list_table

if TYPE_CHECKING:
    from dispatch_desk.ui.statusbar.counts import OverdueCount


class OverdueDesk(Part):
    """What the desk does about overdue incidents: counts them, marks them, sounds the new ones."""

    def __init__(self, ctx: PartContext, count: OverdueCount) -> None:
        super().__init__(ctx)
        self.count = count  # the status bar's count
        self.alerted: set[str] = set()  # overdue and not silenced, as last counted: a new one sounds
        self.listen(ctx.views.queue.model.overdueChanged, self.changed)

    def load(self, desk) -> None:
        """At sign-in: the thresholds in force and today's acknowledgements, read on the lane."""
        ctx = self.ctx

        def work():
            return (
                desk.read.thresholds(),
                desk.read.acknowledged_since(desk.read.today_started()),
                desk.read.opened_reports(),
            )

        self.alerted = set()  # a new person's desk: what is overdue now is news to them

        def done(result) -> None:
            thresholds, acknowledged, opened = result
            model = ctx.views.queue.model
            model.thresholds, model.acknowledged = thresholds, acknowledged
            model.opened |= opened
            model.check_overdue(force=sorted(opened))

        ctx.tasks.run(work, done, ctx.failed)

    def apply(self, update: Update) -> None:
        """A change from the feed (or this desk): new thresholds, new acknowledgements."""
        model = self.ctx.views.queue.model
        if update.changes.thresholds is not None:
            model.thresholds = thresholds_of(update.changes.thresholds)
        for number, kind, who, when in update.acknowledged:
            model.acknowledged.setdefault(number, {})[kind] = (who, when)
        model.opened.update(update.opened)  # opened at another desk: no longer unopened here either
        if update.changes.thresholds is not None or update.acknowledged or update.opened:
            model.check_overdue(force=[n for n, *_ in update.acknowledged] + list(update.opened))

    def changed(self, numbers: list[str]) -> None:
        """Overdue incidents came, went or were acknowledged: the status bar counts them, the map marks them;
        one newly overdue (or back after its acknowledgement lapsed) sounds the alert."""
        ctx = self.ctx
        model = ctx.views.queue.model
        waiting = model.unacknowledged()
        self.count.show_count(len(waiting))
        new = waiting - self.alerted
        self.alerted = waiting
        if new:
            ctx.notifier.alert()
            back = sorted(n for n in new if model.escalated(n))
            if back:
                ctx.say(
                    self.tr("Overdue again after acknowledgement: %1").replace("%1", ", ".join(back[:5])),
                    15_000,
                )
        if ctx.map_driver is not None:
            for row in (model.row_of(n) for n in numbers):
                if row is not None:
                    ctx.map_driver.show_incident(model.incident(row))

    def is_marked(self, number: str) -> bool:
        """For the map: overdue and not yet acknowledged."""
        return number in self.ctx.views.queue.model.unacknowledged()

    def open_list(self) -> None:
        if self.ctx.now.desk is None:
            return
        self.ctx.windows.keep(OverdueDialog(self.ctx))


class DurationSpin(QSpinBox):
    """A threshold in seconds, read and typed as a person says it: "5 min", "1 min 30 s", "1 h"."""

    UNITS = (("h", 3600), ("min", 60), ("s", 1))

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.setRange(10, int(MAX_THRESHOLD_S))
        self.setSingleStep(30)
        self.setMinimumWidth(130)

    def _word(self, unit: str) -> str:
        return {"h": self.tr("h"), "min": self.tr("min"), "s": self.tr("s")}[unit]

    def textFromValue(self, value: int) -> str:
        parts = []
        for unit, size in self.UNITS:
            amount, value = divmod(value, size)
            if amount:
                parts.append(f"{amount} {self._word(unit)}")
        return " ".join(parts) or f"0 {self._word('s')}"

    def valueFromText(self, text: str) -> int:
        found = self._seconds(text)
        return found if found is not None else self.value()

    def _seconds(self, text: str) -> int | None:
        """Seconds of "5 min", "1 h 30 min", "90" (a bare number is seconds); None when it is not one."""
        words = {self._word(unit): size for unit, size in self.UNITS}
        total, number = 0, None
        for token in re.findall(r"\d+|[^\d\s]+", text):
            if token.isdigit():
                if number is not None:
                    return None
                number = int(token)
            elif number is not None and token in words:
                total, number = total + number * words[token], None
            else:
                return None
        return total + (number or 0) if text.strip() else None

    def validate(self, text: str, pos: int):
        seconds = self._seconds(text)
        if seconds is not None and self.minimum() <= seconds <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


class OverdueDialog(QDialog):
    """The shift lead's list of overdue incidents, with acknowledgement, and the thresholds."""

    def __init__(self, ctx: PartContext) -> None:
        super().__init__(ctx.parent, Qt.WindowType.Window)
        self.setObjectName("overdueDialog")
        self.setWindowTitle(self.tr("Overdue incidents"))
        self.ctx = ctx
        self.connections = Connections()  # to the desk's model, which outlives this window
        self.zone = ZoneInfo(ctx.settings.timezone)
        headings = [self.tr("Incident"), self.tr("Priority"), self.tr("What"), self.tr("Since")]
        headings += [self.tr("Precinct"), self.tr("Acknowledged")]
        self.table = list_table("overdueTable", headings, self)
        self.table.itemActivated.connect(self._activated)
        self.acknowledge_button = named(QPushButton(self.tr("&Acknowledge")), "overdueAcknowledge")
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.spins: dict[str, QSpinBox] = {}
        box = QGroupBox(self.tr("Thresholds for every desk"))
        form = QFormLayout(box)
        for key, text in (
            ("p1", self.tr("No unit sent: %1").replace("%1", labels.priority(1))),
            ("p2", self.tr("No unit sent: %1").replace("%1", labels.priority(2))),
            ("p3", self.tr("No unit sent: %1").replace("%1", labels.priority(3))),
            ("p4", self.tr("No unit sent: %1").replace("%1", labels.priority(4))),
            ("en_route", self.tr("En route longer than")),
            ("on_scene", self.tr("On scene without an update longer than")),
            ("app", self.tr("App report not opened after")),
        ):
            spin = named(DurationSpin(), f"threshold_{key}")
            self.spins[key] = spin
            form.addRow(text, spin)
        self.save_button = named(QPushButton(self.tr("&Save thresholds")), "overdueSave")
        self.save_button.clicked.connect(self.save_thresholds)
        form.addRow(self.save_button)
        self.status = named(QLabel(), "overdueStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.acknowledge_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(box)
        layout.addWidget(self.status)
        self.show_thresholds(ctx.views.queue.model.thresholds)
        self.connections.add(ctx.views.queue.model.overdueChanged, self._overdue_changed)
        self.finished.connect(self.connections.drop)  # closed: the model no longer calls in
        self.refresh()
        self.resize(820, 620)

    def _activated(self, item: QTableWidgetItem) -> None:
        first = self.table.item(item.row(), 0)
        if first is not None:
            self.ctx.look_at(first.text())

    def show_thresholds(self, thresholds: Thresholds) -> None:
        limits = thresholds.not_dispatched_s
        for key, value in (
            ("p1", limits[1]),
            ("p2", limits[2]),
            ("p3", limits[3]),
            ("p4", limits[4]),
            ("en_route", thresholds.en_route_s),
            ("on_scene", thresholds.on_scene_s),
            ("app", thresholds.app_unopened_s),
        ):
            self.spins[key].setValue(int(value))

    def thresholds(self) -> Thresholds:
        value = {key: float(spin.value()) for key, spin in self.spins.items()}
        return Thresholds(
            {1: value["p1"], 2: value["p2"], 3: value["p3"], 4: value["p4"]},
            value["en_route"],
            value["on_scene"],
            value["app"],
        )

    def _overdue_changed(self, _numbers: list[str]) -> None:
        self.refresh()

    def refresh(self) -> None:
        model = self.ctx.views.queue.model
        rows = [(number, o) for number, found in sorted(model.overdue.items()) for o in found]
        self.table.setRowCount(len(rows))
        for row, (number, overdue) in enumerate(rows):
            row_of = model.row_of(number)
            incident = model.incident(row_of) if row_of is not None else None
            seen = model.acknowledged.get(number, {}).get(overdue.kind)
            when = overdue.since.astimezone(self.zone).strftime("%H:%M:%S")
            ack = "" if seen is None else f"{seen[0]} {seen[1].astimezone(self.zone):%H:%M}"
            cells = [
                number,
                labels.priority(overdue.priority),
                labels.overdue(overdue.kind, overdue.unit),
                when,
                (incident.precinct or "—") if incident else "—",
                ack,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, overdue.kind)
                self.table.setItem(row, column, item)

    def acknowledge(self) -> None:
        desk, row = self.ctx.now.desk, self.table.currentRow()
        if desk is None or row < 0:
            return
        first = self.table.item(row, 0)
        if first is None:
            return
        number, kind = first.text(), first.data(Qt.ItemDataRole.UserRole)
        self.ctx.operations.run(
            lambda: desk.acknowledge_overdue(number, kind),
            self.tr("%1: overdue acknowledged").replace("%1", number),
        )

    def save_thresholds(self) -> None:
        desk = self.ctx.now.desk
        if desk is None:
            return
        thresholds = self.thresholds()
        self.ctx.operations.run(
            lambda: desk.set_thresholds(thresholds), self.tr("The overdue thresholds are saved")
        )
