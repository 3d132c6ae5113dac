"""The shift lead at the desk: units' shifts, loans and meal breaks, and the shift handover.

The unit panel's context menu (and its keys) put the selected unit on shift with its crew, lend it to
another precinct for some hours, mark a meal break, or end its shift. The handover dialog (Ctrl+Alt+H)
prints the report of the shift in the desk's language, records the handover with the outgoing lead's
notes, and lets the incoming lead confirm receipt — which is recorded too. A handover that waits for
this lead's receipt is announced when they sign in, or as soon as it is made.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.handover import SHIFT, Handover
from dispatch_desk.services.feed_follow import Update
from dispatch_desk.ui.actions import keys_text
from dispatch_desk.ui.desk_part import Part, PartContext
from dispatch_desk.ui.widgets.moments import moment_edit, moment_of
from dispatch_desk.ui.widgets.named import named


class CrewDialog(QDialog):
    """The crew a unit goes on shift with: one name a line."""

    def __init__(self, call_sign: str, crew: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crewDialog")
        self.setWindowTitle(self.tr("%1 goes on shift").replace("%1", call_sign))
        self.names = named(QPlainTextEdit("\n".join(crew)), "crewNames")
        self.names.setPlaceholderText(self.tr("one name a line"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start = buttons.addButton(self.tr("Start the shift"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Crew")))
        layout.addWidget(self.names)
        layout.addWidget(buttons)

    def crew(self) -> list[str]:
        return [line.strip() for line in self.names.toPlainText().splitlines() if line.strip()]


class LendDialog(QDialog):
    def __init__(
        self, call_sign: str, precincts: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lendDialog")
        self.setWindowTitle(self.tr("Lend %1 to another precinct").replace("%1", call_sign))
        self.precinct = named(QComboBox(), "lendPrecinct")
        for code, name in precincts:
            self.precinct.addItem(f"{code} {name}", code)
        self.hours = named(QSpinBox(), "lendHours")
        self.hours.setRange(1, 12)
        self.hours.setValue(2)
        self.hours.setSuffix(self.tr(" h"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lend"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("To precinct"), self.precinct)
        form.addRow(self.tr("For"), self.hours)
        form.addRow(buttons)


class HandoverDialog(QDialog):
    """Print the shift's report, hand the shift over with notes, or confirm receipt of a handover."""

    def __init__(self, lead: LeadDesk, waiting: Handover | None) -> None:
        super().__init__(lead.ctx.parent)
        self.lead = lead
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Shift handover"))
        zone = lead.ctx.settings.timezone
        now = lead.desk_now()
        self.waiting = waiting
        self.receipt = named(QGroupBox(self.tr("Handed over to you")), "handoverReceipt")
        receipt = QVBoxLayout(self.receipt)
        self.receipt_text = named(QLabel(), "handoverReceiptText")
        self.receipt_text.setWordWrap(True)
        self.receipt_pdf = named(QPushButton(self.tr("Save its report as PDF…")), "handoverReceiptPdf")
        self.confirm = named(QPushButton(self.tr("Confirm receipt")), "handoverConfirm")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.receipt_pdf)
        row.addWidget(self.confirm)
        receipt.addWidget(self.receipt_text)
        receipt.addLayout(row)
        self.receipt_pdf.clicked.connect(lambda: self.save_pdf(self.waiting))
        self.confirm.clicked.connect(self._confirm)

        self.start = moment_edit(zone, now - SHIFT, "handoverFrom")
        self.end = moment_edit(zone, now, "handoverTo")
        self.notes = named(QPlainTextEdit(), "handoverNotes")
        self.notes.setPlaceholderText(
            self.tr("What the incoming shift lead must know: units, places, people, what is promised")
        )
        self.pdf = named(QPushButton(self.tr("Save the report as PDF…")), "handoverPdf")
        self.hand = named(QPushButton(self.tr("Hand over")), "handoverMake")
        self.pdf.clicked.connect(lambda: self.save_pdf(None))
        self.hand.clicked.connect(self._hand_over)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        own = QGroupBox(self.tr("Your shift"))
        form = QFormLayout(own)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pdf)
        buttons.addWidget(self.hand)
        form.addRow(buttons)
        self.status = named(QLabel(), "handoverStatus")
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.receipt)
        layout.addWidget(own)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(640, 520)
        self.show_waiting(waiting)

    def show_waiting(self, waiting: Handover | None) -> None:
        self.waiting = waiting
        self.receipt.setVisible(waiting is not None)
        if waiting is not None:
            zone = self.lead.zone
            self.receipt_text.setText(
                self.tr("%1 handed over the period %2 – %3 at %4.")
                .replace("%1", waiting.handed_by)
                .replace("%2", waiting.period_from.astimezone(zone).strftime("%d.%m %H:%M"))
                .replace("%3", waiting.period_to.astimezone(zone).strftime("%d.%m %H:%M"))
                .replace("%4", waiting.handed_at.astimezone(zone).strftime("%H:%M"))
                + ("\n" + waiting.notes if waiting.notes else "")
            )

    def save_pdf(self, handover: Handover | None, path: Path | None = None) -> None:
        """Ask where (unless ``path``), then build and write the report on the lane."""
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            name = f"handover-{(handover.period_to if handover else moment_of(self.end)):%Y%m%d-%H%M}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the report"), str(Path(folder) / name), self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return
            path = Path(chosen)
        start, end = (
            (handover.period_from, handover.period_to)
            if handover
            else (moment_of(self.start), moment_of(self.end))
        )
        self.status.setText(self.tr("Writing the report…"))
        notes = None if handover else self.notes.toPlainText()
        self.lead.write_report(start, end, handover, path, self._written, self._failed, notes)

    def _written(self, path: Path) -> None:
        self.status.setText(self.tr("Report written: %1").replace("%1", str(path)))

    def _failed(self, error: Exception) -> None:
        self.status.setText(str(error))

    def _hand_over(self) -> None:
        start, end, notes = moment_of(self.start), moment_of(self.end), self.notes.toPlainText()
        self.hand.setEnabled(False)

        def done(handover: Handover) -> None:
            self.hand.setEnabled(True)
            self.status.setText(
                self.tr("Handed over; the incoming shift lead confirms receipt at their desk.")
            )
            self.notes.setReadOnly(True)

        def failed(error: Exception) -> None:
            self.hand.setEnabled(True)
            self._failed(error)

        self.lead.run(lambda desk: desk.lead.hand_over(start, end, notes), done, failed)

    def _confirm(self) -> None:
        waiting = self.waiting
        if waiting is None or waiting.id is None:
            return
        number = waiting.id

        def done(handover: Handover) -> None:
            self.show_waiting(None)
            self.status.setText(self.tr("Receipt confirmed and recorded."))

        self.lead.run(lambda desk: desk.lead.confirm_receipt(number), done, self._failed)


class LeadDesk(Part):
    def __init__(self, ctx: PartContext) -> None:
        super().__init__(ctx)
        self.dialog: HandoverDialog | None = None
        self.waiting: Handover | None = None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.ctx.settings.timezone)

    def desk_now(self):
        return self.ctx.views.queue.model.now()

    def run(self, work, done, failed) -> None:
        """``work(desk)`` on the lane as an operation (every view learns what changed)."""
        desk = self.ctx.now.desk
        if desk is None:
            return
        self.ctx.operations.run(lambda: work(desk), "", done, failed)

    def load(self, desk) -> None:
        """At sign-in (and when a handover is made or received): is one waiting for this lead?"""
        self.ctx.tasks.run(desk.lead.shift_times, self.ctx.views.units.model.set_shift_times, self.ctx.failed)
        if desk.actor.may(Permission.LEAD_SHIFT):
            self.ctx.tasks.run(desk.lead.awaiting_receipt, self._waiting, self.ctx.failed)

    def _waiting(self, handover: Handover | None) -> None:
        fresh = handover is not None and (self.waiting is None or self.waiting.id != handover.id)
        self.waiting = handover
        if self.dialog is not None:
            self.dialog.show_waiting(handover)
        if fresh and handover is not None:
            self.ctx.notifier.notify()
            self.ctx.say(
                self.tr("%1 handed the shift over to you: confirm receipt in Shift handover (%2)")
                .replace("%1", handover.handed_by)
                .replace("%2", keys_text(self.ctx.actions().actions["handover"])),
                30_000,
            )

    def apply(self, update: Update) -> None:
        desk = self.ctx.now.desk
        if update.changes.handovers and desk is not None and desk.actor.may(Permission.LEAD_SHIFT):
            self.ctx.tasks.run(desk.lead.awaiting_receipt, self._waiting, self.ctx.failed)

    def clear(self) -> None:
        self.waiting = None
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    # -- the handover ---------------------------------------------------------------------------
    def open_handover(self) -> HandoverDialog | None:
        if self.ctx.now.desk is None:
            return None
        if self.dialog is None:
            self.dialog = HandoverDialog(self, self.waiting)
            self.dialog.finished.connect(self._dialog_closed)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def write_report(self, start, end, handover, path: Path, done, failed, notes: str | None = None) -> None:
        """The report of ``start``–``end`` read and written as a PDF on the lane, in the desk's language."""
        desk = self.ctx.now.desk
        if desk is None:
            return
        from dispatch_desk.ui.handover_pdf import write_handover

        language = self.ctx.language

        def work() -> Path:
            report = desk.lead.report(start, end, handover, notes)
            write_handover(desk, report, path, language)
            return path

        self.ctx.tasks.run(work, done, failed)

    # -- units ----------------------------------------------------------------------------------
    def _unit(self):
        call_sign = self.ctx.views.units.selected_unit()
        if self.ctx.now.desk is None or not call_sign:
            return None, None
        return self.ctx.now.desk, self.ctx.views.units.model.unit_by_call_sign(call_sign)

    def start_shift(self) -> CrewDialog | None:
        desk, unit = self._unit()
        if unit is None:
            return None
        dialog = CrewDialog(unit.call_sign, list(unit.crew), self.ctx.parent)

        def accepted() -> None:
            crew = dialog.crew()
            self.ctx.operations.run(
                lambda: desk.lead.start_shift(unit.call_sign, crew),
                self.tr("%1 is on shift").replace("%1", unit.call_sign),
            )

        dialog.accepted.connect(accepted)
        dialog.show()
        return dialog

    def lend(self) -> None:
        desk, unit = self._unit()
        if unit is None:
            return

        def show(precincts) -> None:
            choices = [(p.code, p.name(self.ctx.language)) for p in precincts if p.code != unit.home_precinct]
            dialog = LendDialog(unit.call_sign, choices, self.ctx.parent)

            def accepted() -> None:
                code, until = (
                    dialog.precinct.currentData(),
                    desk.clock() + timedelta(hours=dialog.hours.value()),
                )
                self.ctx.operations.run(
                    lambda: desk.lead.lend(unit.call_sign, code, until),
                    self.tr("%1 lent to precinct %2").replace("%1", unit.call_sign).replace("%2", code),
                )

            dialog.accepted.connect(accepted)
            dialog.show()
            self.lend_dialog = dialog

        self.ctx.tasks.run(desk.read.precincts, show, self.ctx.failed)

    def end_loan(self) -> None:
        desk, unit = self._unit()
        if unit is not None:
            self.ctx.operations.run(
                lambda: desk.lead.end_loan(unit.call_sign),
                self.tr("%1 is back in its own precinct").replace("%1", unit.call_sign),
            )

    def meal_break(self) -> None:
        desk, unit = self._unit()
        if unit is None:
            return
        from dispatch_desk.domain.enums import UnitStatus

        on_break = unit.status is not UnitStatus.MEAL_BREAK
        text = self.tr("%1: meal break") if on_break else self.tr("%1: back from the meal break")
        self.ctx.operations.run(
            lambda: desk.lead.meal_break(unit.call_sign, on_break), text.replace("%1", unit.call_sign)
        )
