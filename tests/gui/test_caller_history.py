"""The caller's history where the operator types, the address stored as matched, the form's keys."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dispatch_desk.config import Settings
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.clock import utc_now
from dispatch_desk.services.desk import CallDraft, DeskService
from tests.support.desk_window import demo_desk, open_window, type_text
from tests.support.people import DEMO_PASSWORD

pytestmark = pytest.mark.gui

PHONE = "+77015559911"


@pytest.fixture
def window(qtbot, sqlite_city):
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        yield window


def earlier_calls(db) -> list[str]:
    """Three calls from one number at one building in the last two weeks, the oldest closed."""
    desk = DeskService(db, Principal.for_system("earlier"))
    numbers = []
    for days, flat in ((14, 1), (6, 2), (2, 3)):
        incident = desk.create_incident(
            CallDraft(
                Channel.PHONE,
                "domestic_conflict",
                "Шум за стеной",
                f"ул. Торайгырова, д. 64, кв. {flat}",
                caller_phone=PHONE,
                received_at=utc_now() - timedelta(days=days),
            )
        )
        numbers.append(incident.number)
    desk.close(numbers[0], "Проведена беседа с соседями")
    return numbers


def test_the_callers_history_shows_as_the_call_is_typed_and_in_the_incident(qtbot, window, sqlite_city):
    earlier = earlier_calls(sqlite_city)
    form = window.call_form
    QTest.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: form.phone.hasFocus(), timeout=5_000)
    qtbot.keyClicks(form.phone, "8 (701) 555-99-11")
    box = form.history
    qtbot.waitUntil(lambda: box.history.phone.total == 3, timeout=10_000)
    assert box.isVisible() and "3" in box.phone_title.text()
    lines = box.phone_lines.text().splitlines()
    assert len(lines) == 3 and earlier[2] in lines[0] and earlier[0] in lines[2]
    assert "Проведена беседа с соседями" in lines[2]  # the outcome of the closed one

    # A typo in the street: matched, and the building's history follows with the repeat flag.
    form.address.setFocus()
    type_text(form.address, "Торайгырва 64")
    qtbot.waitUntil(lambda: form.matched_address == "улица Торайгырова, 64", timeout=10_000)
    qtbot.waitUntil(lambda: box.history.address.total == 3, timeout=10_000)
    assert box.history.address.repeat and box.address_title.isVisible()
    assert "repeat address" in box.address_title.text()

    # Enter from the category list saves; what is stored is the matched address, the typed one beside it.
    form.category.setFocus()
    form.category.setCurrentIndex(form.category.findData("domestic_conflict"))
    QTest.keyClick(form.category, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.call_dock.isVisible(), timeout=10_000)
    desk = DeskService(sqlite_city, Principal.for_system("checker"))
    saved = [i for i in desk.read.incidents_at_address("улица Торайгырова, 64") if i.number not in earlier]
    assert len(saved) == 1
    incident = saved[0]
    assert (incident.address, incident.typed_address) == ("улица Торайгырова, 64", "Торайгырва 64")

    # The incident panel shows the same history, without the incident itself.
    qtbot.waitUntil(
        lambda: window.detail.incident is not None and window.detail.incident.number == incident.number,
        timeout=10_000,
    )
    shown = window.detail.history
    assert shown.history.phone.total == 3 and shown.history.address.total == 3
    assert incident.number not in shown.phone_lines.text()
    assert "Торайгырва 64" in window.detail.address.text()
    assert form.history.history.is_empty  # the form, cleared, forgets the caller


def test_the_phone_takes_only_a_number_and_enter_saves_from_the_description(qtbot, window, sqlite_city):
    form = window.call_form
    QTest.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: form.phone.hasFocus(), timeout=5_000)
    qtbot.keyClicks(form.phone, "+7 abc<b>701")
    assert form.phone.text() == "+7 701"  # letters and markup cannot be typed
    form.address.setText("улица Торайгырова, 64")
    form.category.setCurrentIndex(form.category.findData("theft"))
    form.description.setFocus()
    type_text(form.description, "Украли велосипед")
    QTest.keyClick(form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(form.description, "у подъезда")
    assert form.description.toPlainText() == "Украли велосипед\nу подъезда"  # Shift+Enter: a new line
    QTest.keyClick(form.description, Qt.Key.Key_Return)
    # Not a possible number: the call stays, the phone is pointed out.
    assert window.call_dock.isVisible() and form.phone.hasFocus() and form.phone_field.hint.isVisible()
    form.phone.setText("8 701 555 99 12")
    form.description.setFocus()
    QTest.keyClick(form.description, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.call_dock.isVisible(), timeout=10_000)
    desk = DeskService(sqlite_city, Principal.for_system("checker"))
    made = desk.read.caller_history("+77015559912").phone
    assert made.total == 1 and made.last[0].description == "Украли велосипед\nу подъезда"


def test_tab_stops_only_where_typing_happens(qtbot, window):
    form = window.call_form
    QTest.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: form.phone.hasFocus(), timeout=5_000)
    visited = []
    for _ in range(8):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    # Category → Description (what is typed next), then Priority for the rare override
    fields = [form.name, form.address, form.category, form.description, form.priority]
    assert visited[: len(fields)] == fields
    assert not {form.place_button, form.save_button, form.discard_button, form.link_button} & set(visited)


def test_the_match_is_told_in_words_and_streets_follow_the_desks_language(qtbot, sqlite_city):
    desk = DeskService(sqlite_city, Principal.for_system("earlier"))
    stored = desk.create_incident(CallDraft(Channel.PHONE, "theft", "Украли велосипед", "Торайгырова 64"))
    assert stored.address == "улица Торайгырова, 64"
    settings = Settings()
    settings.database_url = sqlite_city.url
    settings.language = "kk"
    window = open_window(qtbot, settings, 30_000, login="operator", password=DEMO_PASSWORD)
    try:
        model = window.queue.model
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
        column = model.COLUMNS.index("address")
        rows = {
            model.index(r, 1).data(model.NumberRole): model.index(r, column).data()
            for r in range(model.rowCount())
        }
        assert rows[stored.number] == "Торайғыров көшесі, 64"
        form = window.call_form
        QTest.keyClick(window, Qt.Key.Key_F2)
        form.address.setFocus()
        type_text(form.address, "Торайгырва 64")
        qtbot.waitUntil(lambda: form.location is not None, timeout=10_000)
        summary = form.location_label.text()
        assert (
            summary.startswith("Торайғыров көшесі, 64") and form.location_label.property("doubtful") is False
        )
        assert window.calls.tr("street name corrected") in summary
        form.address.clear()
        type_text(form.address, "Торайгырова 9999")
        qtbot.waitUntil(
            lambda: form.location is not None and "9999" in form.location_label.text(), timeout=10_000
        )
        assert form.location_label.property("doubtful") is True
        assert (
            window.calls.tr("no such house number on this street: the street only")
            in form.location_label.text()
        )
        assert form.suggestions.stringList()[0].startswith("Торайғыров көшесі")
    finally:
        window.close()


def test_discarding_a_call_asks_with_buttons_that_say_what_they_do(qtbot, window):
    from PySide6.QtWidgets import QMessageBox

    form = window.call_form
    QTest.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: form.phone.hasFocus(), timeout=5_000)
    type_text(form.description, "Шум во дворе")
    form.request_discard()
    box = form.findChild(QMessageBox, "discardQuestion")
    assert box is not None and box.isVisible()
    texts = {b.text() for b in box.buttons()}
    assert texts == {"Discard the call", "Go on with the call"}
    box.escapeButton().click()  # Esc keeps the call
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)
    assert form.description.toPlainText() == "Шум во дворе"
    form.request_discard()
    box = next(b for b in form.findChildren(QMessageBox, "discardQuestion") if b.isVisible())
    next(b for b in box.buttons() if b.text() == "Discard the call").click()
    qtbot.waitUntil(lambda: form.is_empty() and not window.call_dock.isVisible(), timeout=5_000)
