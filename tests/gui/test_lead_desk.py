"""The shift lead at the desk: look-outs on every desk, units' shifts, the handover and its receipt."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from dispatch_desk.config import Settings
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel, UnitStatus
from dispatch_desk.services.accounts import AccountService
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.ui.lead_desk import CrewDialog, HandoverDialog
from tests.support.desk_window import demo_desk, open_window
from tests.support.pdf import dark_share, pdf_text, render_pages

INCOMING = "incoming-lead-2026"

pytestmark = pytest.mark.gui


def number_cell(window, number: str) -> str:
    model = window.queue.model
    return model.index(model.row_of(number), model.COLUMNS.index("number")).data()


def test_a_look_out_reaches_the_operator_and_flags_a_matching_call_on_both_desks(
    qtbot, sqlite_city, tmp_path
):
    with (
        demo_desk(qtbot, sqlite_city, "shiftlead") as lead,
        demo_desk(qtbot, sqlite_city, "operator") as operator,
    ):
        assert not operator.desk_actions.actions["look_out_new"].isVisible()
        assert not operator.look_outs.panel.issue_button.isVisible()
        lead.desk_actions.actions["look_out_new"].trigger()
        qtbot.waitUntil(
            lambda: lead.look_outs.dialog is not None and lead.look_outs.dialog.isVisible(), timeout=10_000
        )
        dialog = lead.look_outs.dialog
        dialog.kind.setCurrentIndex(dialog.kind.findData("vehicle"))
        dialog.description.setPlainText("Серая Лада Гранта, угнана от ТЦ <b>Батыр</b>")
        dialog.plate.setText("123авс14")
        assert dialog.plate_hint.text() == "→ 123 ABC 14"
        dialog.plate.setText("123 ABC 99")
        assert "123 ABC 02" in dialog.plate_hint.text()  # said before it is sent
        dialog.issue.click()
        qtbot.waitUntil(lambda: "region" in dialog.message.text(), timeout=10_000)
        assert dialog.description.toPlainText().startswith("Серая Лада")  # nothing typed is lost
        dialog.plate.setText("123 ABC 14")
        dialog.keywords.setText("серая Лада")
        photo = QImage(120, 80, QImage.Format.Format_RGB32)
        photo.fill(Qt.GlobalColor.darkGray)
        photo.save(str(tmp_path / "car.png"))
        dialog.set_photo(tmp_path / "car.png")
        dialog.issue.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        # The operator's desk learns it through the feed and shows it; the markup stays text.
        qtbot.waitUntil(lambda: len(operator.look_outs.active) == 1, timeout=15_000)
        assert "123 ABC 14" in operator.statusBar().currentMessage()  # announced: the panel may be hidden
        table = operator.look_outs.panel.table
        assert table.item(0, 2).text() == "123 ABC 14" and "<b>Батыр</b>" in table.item(0, 1).text()
        qtbot.waitUntil(
            lambda: not table.item(0, 0).icon().isNull(), timeout=10_000
        )  # its photo, decoded off the GUI thread
        # The call being typed names the plate: the form says so before it is saved.
        operator.calls.new_call()
        operator.call_form.description.setPlainText("Видел машину 123 ABC 14 во дворе")
        assert operator.call_form.look_out_label.isVisible()
        assert "123 ABC 14" in operator.call_form.look_out_label.text()
        operator.call_form.description.setPlainText("Шумят соседи")
        assert not operator.call_form.look_out_label.isVisible()
        # A report made elsewhere names the car by words: flagged on both desks, listed under the look-out.
        other = DeskService(sqlite_city, Principal.for_system("other-desk"))
        number = other.create_incident(
            CallDraft(
                Channel.PHONE, "theft", "во дворе стоит серая лада без номеров", address="Торайгырова 64"
            )
        ).number
        for window in (lead, operator):
            qtbot.waitUntil(lambda w=window: w.queue.model.row_of(number) is not None, timeout=15_000)
            qtbot.waitUntil(lambda w=window: number_cell(w, number).startswith("⚑"), timeout=10_000)
            assert number in window.look_outs.panel.table.item(0, 4).text()
        # Ended by the shift lead (saying why): gone from the operator's desk, the flag too.
        asked = lead.look_outs.end_look_out(lead.look_outs.active[0].id)
        asked.setTextValue("found at Ломова 1")
        asked.accept()
        qtbot.waitUntil(lambda: operator.look_outs.active == [], timeout=15_000)
        qtbot.waitUntil(lambda: not number_cell(operator, number).startswith("⚑"), timeout=10_000)
        assert operator.look_outs.panel.empty.isVisible()


def test_the_shift_lead_starts_a_shift_marks_a_meal_break_and_sees_the_time_in_each_state(qtbot, sqlite_city):
    with demo_desk(qtbot, sqlite_city, "shiftlead") as window:
        model = window.units.model
        off = next((u.call_sign for u in model.units() if u.status is UnitStatus.OFF_SHIFT), None)
        if off is None:  # at some hours of the demo day every unit is on shift: one goes off first
            off = next(u.call_sign for u in model.units() if u.status is UnitStatus.AVAILABLE)
            window.now.desk.lead.end_shift(off)
            qtbot.waitUntil(
                lambda: model.unit_by_call_sign(off).status is UnitStatus.OFF_SHIFT, timeout=10_000
            )
        window.units.select(off)
        assert window.units.selected_unit() == off
        window.desk_actions.actions["unit_start_shift"].trigger()
        dialog = next(d for d in window.findChildren(CrewDialog) if d.isVisible())
        dialog.names.setPlainText("Ержан Т.\n\nДина М.\n")
        dialog.start.click()
        qtbot.waitUntil(lambda: model.unit_by_call_sign(off).status is UnitStatus.AVAILABLE, timeout=10_000)
        assert model.unit_by_call_sign(off).crew == ["Ержан Т.", "Дина М."]
        window.desk_actions.actions["unit_meal"].trigger()
        qtbot.waitUntil(lambda: model.unit_by_call_sign(off).status is UnitStatus.MEAL_BREAK, timeout=10_000)
        row = model.row_of(off)
        shift = model.index(row, model.COLUMNS.index("shift"))
        assert shift.data() == "0:00"
        tooltip = shift.data(Qt.ItemDataRole.ToolTipRole)
        assert "перерыв на обед" in tooltip or "meal break" in tooltip or "тамақ" in tooltip
        window.desk_actions.actions["unit_meal"].trigger()  # back from it
        qtbot.waitUntil(lambda: model.unit_by_call_sign(off).status is UnitStatus.AVAILABLE, timeout=10_000)


def test_an_operator_may_not_touch_shifts(qtbot, sqlite_city):
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        for action in ("unit_start_shift", "unit_meal", "unit_lend", "unit_end_loan", "handover"):
            assert not window.desk_actions.actions[action].isVisible()


def test_the_handover_is_printed_made_and_its_receipt_confirmed_by_the_incoming_lead(
    qtbot, sqlite_city, tmp_path
):
    AccountService(sqlite_city).add(
        Principal.for_system("setup"), "shiftlead2", "Дана С.", ["shift_lead"], password=INCOMING
    )
    calls = DeskService(sqlite_city, Principal.for_system("calls"))  # open incidents at any hour of the day
    for address in ("Естая 105", "Торайгырова 64", "Лермонтова 81"):
        calls.create_incident(CallDraft(Channel.PHONE, "theft", "Украли сумку", address))
    with demo_desk(qtbot, sqlite_city, "shiftlead") as outgoing:
        outgoing.desk_actions.actions["handover"].trigger()
        dialog = outgoing.lead.dialog
        assert isinstance(dialog, HandoverDialog) and not dialog.receipt.isVisible()
        dialog.notes.setPlainText("А-12: рация барахлит\n<script>alert(1)</script>")
        pdf = tmp_path / "handover.pdf"
        dialog.save_pdf(None, pdf)
        qtbot.waitUntil(lambda: "handover.pdf" in dialog.status.text(), timeout=30_000)
        pages = render_pages(pdf, tmp_path)
        assert len(pages) >= 2
        assert dark_share(pages[0]) > 0.01  # text is printed, not a blank page (its number alone: < 0.001)
        assert "<script>alert(1)</script>" in pdf_text(pdf)  # the notes as typed, as text
        dialog.hand.click()
        qtbot.waitUntil(lambda: dialog.notes.isReadOnly(), timeout=10_000)
    settings = Settings()
    settings.database_url = sqlite_city.url
    incoming = open_window(qtbot, settings, 30_000, login="shiftlead2", password=INCOMING)
    try:
        qtbot.waitUntil(lambda: incoming.lead.waiting is not None, timeout=10_000)
        assert "shiftlead" in incoming.statusBar().currentMessage()
        incoming.desk_actions.actions["handover"].trigger()
        dialog = incoming.lead.dialog
        assert dialog.receipt.isVisible() and "<script>" in dialog.receipt_text.text()
        dialog.confirm.click()
        qtbot.waitUntil(lambda: not dialog.receipt.isVisible(), timeout=10_000)
        handover = incoming.now.desk.lead.handovers(1)[0]
        assert handover.received_by == "shiftlead2" and handover.handed_by == "shiftlead"
        assert handover.notes.endswith("<script>alert(1)</script>")
        assert handover.received_at - handover.handed_at < timedelta(minutes=5)
    finally:
        incoming.close()
