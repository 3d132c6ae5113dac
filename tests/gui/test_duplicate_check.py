"""The likely-duplicate warning follows the form in whatever order it is filled: the address first and
the category after it, the category first and the address after it, a place set on the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.desk import CallDraft, DeskService
from tests.support.desk_window import demo_desk, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, sqlite_city):
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        yield window


@pytest.fixture
def open_theft(sqlite_city):
    desk = DeskService(sqlite_city, Principal.for_system("earlier"))
    return desk.create_incident(
        CallDraft(Channel.PHONE, "theft", "Украли велосипед", "улица Торайгырова, 64")
    )


def _new_call(qtbot, window):
    QTest.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.call_form.phone.hasFocus(), timeout=5_000)
    return window.call_form


def test_the_category_chosen_after_the_address_finds_the_incident_next_door(qtbot, window, open_theft):
    form = _new_call(qtbot, window)
    form.address.setFocus()
    type_text(form.address, "Торайгырова 62")  # the next house: not the same building
    qtbot.waitUntil(lambda: form.location is not None, timeout=10_000)
    qtbot.wait(300)
    assert form.duplicate_number == ""  # no category yet: nothing of the same kind
    form.category.setCurrentIndex(form.category.findData("theft"))
    qtbot.waitUntil(lambda: form.duplicate_number == open_theft.number, timeout=10_000)
    assert form.duplicate_label.isVisible() and " m" in form.duplicate_label.text()

    form.category.setCurrentIndex(form.category.findData("road_accident"))  # unrelated: the warning goes
    qtbot.waitUntil(lambda: form.duplicate_number == "", timeout=10_000)


def test_the_category_first_then_the_address_and_a_place_on_the_map(qtbot, window, open_theft):
    form = _new_call(qtbot, window)
    form.category.setCurrentIndex(form.category.findData("theft"))
    form.address.setFocus()
    type_text(form.address, "Торайгырова 62")
    qtbot.waitUntil(lambda: form.duplicate_number == open_theft.number, timeout=10_000)

    form.address.selectAll()
    QTest.keyClick(form.address, Qt.Key.Key_Backspace)  # the address taken back
    qtbot.waitUntil(lambda: form.duplicate_number == "", timeout=10_000)
    form.set_location(open_theft.location.lat + 0.0004, open_theft.location.lon, "map", "placed")  # ~45 m
    qtbot.waitUntil(lambda: form.duplicate_number == open_theft.number, timeout=10_000)
