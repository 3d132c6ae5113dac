"""The issue's measure of done: a new operator takes three calls in a row by keyboard, in Russian and in
Kazakh, with typos, sees each caller's history before saving, and no wrong or extra unit moves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dispatch_desk.config import Settings
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.ui.app import install_translations
from tests.support.desk_window import open_window, type_text
from tests.support.people import DEMO_PASSWORD

pytestmark = pytest.mark.gui

CALLS = {
    "ru": [
        ("8 701 555 31 01", "Торайгырва 64", "fight_assault", "Драка во дворе, двое"),
        ("8 702 555 31 02", "Естая 101", "theft", "Украли велосипед у подъезда"),
        ("8 705 555 31 03", "Кутузва 57", "domestic_conflict", "Крики за стеной"),
    ],
    "kk": [
        ("8 701 555 32 01", "Торайғыров 64", "fight_assault", "Аулада төбелес"),
        ("8 702 555 32 02", "Естай 101", "theft", "Велосипед ұрланды"),
        ("8 705 555 32 03", "Кутузов 57", "domestic_conflict", "Қабырғаның ар жағында айқай"),
    ],
}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_three_calls_in_a_row_by_keyboard_without_a_wrong_or_extra_unit(qtbot, sqlite_city, language):
    app = QApplication.instance()
    translators = install_translations(app, language)
    checker = DeskService(sqlite_city, Principal.for_system("checker"))
    earlier = checker.create_incident(
        CallDraft(
            Channel.PHONE,
            "disturbing_peace",
            "Шум",
            CALLS[language][0][1],
            caller_phone=CALLS[language][0][0],
        )
    )
    checker.close(earlier.number, "", code="warned")
    settings = Settings()
    settings.database_url = sqlite_city.url
    settings.language = language
    window = open_window(qtbot, settings, 30_000, login="operator", password=DEMO_PASSWORD)
    try:
        form = window.call_form
        for n, (phone, address, category, text) in enumerate(CALLS[language]):
            before = {u.call_sign: (u.status, u.current_incident) for u in checker.read.units()}
            opened = {i.number for i in checker.read.open_incidents()}
            QTest.keyClick(window, Qt.Key.Key_F2)
            qtbot.waitUntil(lambda: form.phone.hasFocus(), timeout=5_000)
            qtbot.keyClicks(form.phone, phone)
            QTest.keyClick(form.phone, Qt.Key.Key_Tab)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # no name given
            assert QApplication.focusWidget() is form.address
            type_text(form.address, address)
            qtbot.waitUntil(lambda: form.location is not None, timeout=10_000)
            if n == 0:  # the first caller has called before: seen before saving
                qtbot.waitUntil(lambda: form.history.history.phone.total == 1, timeout=10_000)
                assert form.history.isVisible() and earlier.number in form.history.phone_lines.text()
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not form.category:  # the suggestions took the first Tab
                QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is form.category
            for _ in range(form.category.findData(category) - form.category.currentIndex()):
                QTest.keyClick(form.category, Qt.Key.Key_Down)
            assert form.category.currentData() == category
            QTest.keyClick(form.category, Qt.Key.Key_Tab)  # straight on to the description
            assert QApplication.focusWidget() is form.description
            type_text(form.description, text)
            QTest.keyClick(form.description, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not window.call_dock.isVisible(), timeout=10_000)
            new = [i for i in checker.read.open_incidents() if i.number not in opened]
            assert len(new) == 1 and new[0].description == text and new[0].location is not None
            number = new[0].number
            qtbot.waitUntil(
                lambda number=number: (
                    window.detail.incident is not None
                    and window.detail.incident.number == number
                    and bool(window.detail.candidates)
                ),
                timeout=10_000,
            )
            first = window.detail.candidates[0].call_sign
            QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(
                lambda first=first, number=number: checker.read.unit(first).current_incident == number,
                timeout=10_000,
            )
            qtbot.waitUntil(lambda: bool(window.detail.incident.active_assignments()), timeout=10_000)
            QTest.keyClick(
                window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
            )  # en route: its own unit
            qtbot.waitUntil(
                lambda first=first: checker.read.unit(first).status.value == "en_route", timeout=10_000
            )
            after = {u.call_sign: (u.status, u.current_incident) for u in checker.read.units()}
            moved = {c for c in after if after[c] != before[c]}
            assert moved == {first}, f"call {n + 1}: units moved {sorted(moved)}"
    finally:
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
