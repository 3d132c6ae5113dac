"""An app report a person has opened stays opened: after the desk restarts, and on every other desk
(the first deliberate look is recorded in the feed); one nobody opened is still overdue."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dispatch_desk.domain.access import Principal, Role
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.clock import utc_now
from dispatch_desk.services.desk import CallDraft, DeskService
from tests.support.desk_window import demo_desk

pytestmark = pytest.mark.gui


def _unopened(model) -> set[str]:
    return {n for n, late in model.overdue.items() if any(o.kind == "app_unopened" for o in late)}


def _opened(db, number: str) -> list:
    timeline = DeskService(db, Principal.for_system("auditor")).read.timeline(number)
    return [e for e in timeline if e.kind == ChangeKind.INCIDENT_OPENED.value]


def test_an_opened_report_is_not_unopened_again_after_a_restart_or_elsewhere(qtbot, sqlite_city):
    intake = DeskService(sqlite_city, Principal.for_system("intake"))
    three_minutes_ago = utc_now() - timedelta(minutes=3)
    first, second, third = (
        intake.create_incident(
            CallDraft(Channel.APP, "noise_night", text, "Естая 105", received_at=three_minutes_ago)
        )
        for text in ("Громкая музыка", "Шум во дворе", "Музыка ночью")
    )
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        model = window.queue.model
        qtbot.waitUntil(lambda: {first.number, second.number} <= _unopened(model), timeout=10_000)
        window.selection.look_at_incident(first.number)
        qtbot.waitUntil(lambda: first.number not in _unopened(model), timeout=10_000)
        qtbot.waitUntil(lambda: len(_opened(sqlite_city, first.number)) == 1, timeout=10_000)
        window.selection.look_at_incident(first.number)  # a second look records nothing more

    with demo_desk(qtbot, sqlite_city, "operator") as window:  # the desk started again
        model = window.queue.model
        qtbot.waitUntil(lambda: second.number in _unopened(model), timeout=10_000)
        assert first.number not in _unopened(model)
        # Another operator opens the second report at their desk: this one learns it from the feed.
        other = DeskService(sqlite_city, Principal("op2", "Op Two", (Role.OPERATOR,)))
        other.open_incident(second.number)
        qtbot.waitUntil(lambda: second.number not in _unopened(model), timeout=10_000)
        assert third.number in _unopened(model)  # nobody opened it
        # The desk showing a row by itself is nobody's look.
        window.queue.select(third.number)
        qtbot.wait(500)
        assert third.number in _unopened(model)

    assert [e.actor for e in _opened(sqlite_city, first.number)] == ["operator"]
    assert [e.actor for e in _opened(sqlite_city, second.number)] == ["op2"]
    assert _opened(sqlite_city, third.number) == []
