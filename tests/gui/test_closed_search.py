"""Closed incidents found from the queue and reopened; the queue's "all today" through a restart."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from dispatch_desk.config import Settings
from dispatch_desk.demo.city import load_streets
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel, IncidentStatus
from dispatch_desk.services.clock import utc_now
from dispatch_desk.services.desk import CallDraft, DeskService
from tests.support.desk_window import open_window, type_text
from tests.support.people import DEMO_PASSWORD

pytestmark = pytest.mark.gui


def shown_numbers(window) -> set[str]:
    queue = window.queue
    return {queue.number_at(r) for r in range(queue.proxy.rowCount())}


def found_for(qtbot, window, typed: str, numbers: set[str]) -> None:
    """Wait for the database's answer to ``typed`` (not the rows an earlier search left) and check it."""
    queue = window.queue
    try:
        qtbot.waitUntil(lambda: queue.proxy.text == typed, timeout=20_000)
    except Exception as exc:  # say what the desk said, if anything
        raise AssertionError(
            f"no answer for {typed!r}; status bar: {window.statusBar().currentMessage()!r}"
        ) from exc
    assert shown_numbers(window) == numbers


def test_closed_incidents_are_found_and_reopened_and_all_today_survives_a_restart(qtbot, sqlite_city):
    desk = DeskService(sqlite_city, Principal.for_system("earlier"))
    today = desk.create_incident(CallDraft(Channel.PHONE, "theft", "Украли самокат", "Естая 101"))
    desk.close(today.number, "", code="not_confirmed")
    old = desk.create_incident(
        CallDraft(
            Channel.PHONE,
            "fraud",
            "Звонили «из банка», просили код",
            "Кутузова 301",
            caller_phone="87025550077",
            received_at=utc_now() - timedelta(days=20),
        )
    )
    desk.close(old.number, "Зарегистрировано", code="case_registered")
    settings = Settings()
    settings.database_url = sqlite_city.url

    window = open_window(qtbot, settings, 30_000, login="operator", password=DEMO_PASSWORD)
    queue = window.queue
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0, timeout=10_000)
    assert today.number not in shown_numbers(window)  # "open" shows open incidents only
    queue.set_mode("today")
    assert today.number in shown_numbers(window) and old.number not in shown_numbers(window)
    window.close()

    # The shift lead (who may reopen) at the same workstation, after a restart.
    window = open_window(qtbot, settings, 30_000, login="shiftlead", password=DEMO_PASSWORD)
    queue = window.queue
    qtbot.waitUntil(
        lambda: today.number in shown_numbers(window), timeout=10_000
    )  # loaded again, still "today"
    assert queue.proxy.mode == "today"

    # Closed, 20 days ago: found by its number, part of the caller's number, a word of its text.
    queue.set_mode("closed")
    for typed in ("555 00 77", "просили код", old.number):
        queue.search.clear()
        queue.focus_search()
        type_text(queue.search, typed)
        found_for(qtbot, window, typed, {old.number})
    queue.search.clear()
    type_text(queue.search, "<script>%_")
    found_for(qtbot, window, "<script>%_", set())

    # Reopened from the desk with a reason. Found by its address: the demo's history (different at each
    # hour the fixture builds it) has houses up to the street's last number only, so none at 301.
    kutuzova = next(s for s in load_streets() if s.name_ru == "улица Кутузова")
    assert kutuzova.house_max is not None and kutuzova.house_max < 301
    queue.search.clear()
    type_text(queue.search, "Кутузова 301")
    found_for(qtbot, window, "Кутузова 301", {old.number})
    queue.table.selectRow(0)
    qtbot.waitUntil(
        lambda: window.detail.incident is not None and window.detail.incident.number == old.number,
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: window.desk_actions.actions["reopen"].isEnabled(), timeout=5_000)
    QTest.keyClick(
        window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: window.findChild(QInputDialog, "reasonDialog") is not None, timeout=5_000)
    dialog = window.findChild(QInputDialog, "reasonDialog")
    dialog.setTextValue("Заявитель позвонил повторно")
    dialog.accept()
    qtbot.waitUntil(lambda: desk.read.incident(old.number).status == IncidentStatus.REOPENED, timeout=10_000)
    qtbot.waitUntil(lambda: old.number not in shown_numbers(window), timeout=10_000)  # no longer closed
    queue.set_mode("open")
    qtbot.waitUntil(lambda: old.number in shown_numbers(window), timeout=10_000)
    window.close()


def test_a_slow_search_never_holds_up_the_desks_own_work(qtbot, sqlite_city, monkeypatch):
    import threading

    settings = Settings()
    settings.database_url = sqlite_city.url
    window = open_window(qtbot, settings, 30_000, login="operator", password=DEMO_PASSWORD)
    try:
        release = threading.Event()
        desk = window.now.desk
        real = desk.read.search_incidents

        def slow(text: str, limit: int = 100):
            release.wait(20)  # a search over every row of a large archive
            return real(text, limit)

        monkeypatch.setattr(desk.read, "search_incidents", slow)
        queue = window.queue
        queue.set_mode("closed")
        type_text(queue.search, "Торайгырова")
        qtbot.wait(400)  # the search is under way
        done: list = []
        window.tasks.run(
            lambda: desk.read.last_feed_seq(), done.append
        )  # what the feed, saves, dispatches run on
        qtbot.waitUntil(lambda: bool(done), timeout=5_000)
        assert not release.is_set()
        release.set()
        qtbot.waitUntil(lambda: queue.proxy.text == "Торайгырова", timeout=10_000)
    finally:
        release.set()
        window.close()
