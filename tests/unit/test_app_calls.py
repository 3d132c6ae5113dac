"""A call from the app as the domain sees it: taken once, missed or ended, called back, its place in the
line, the position it sends; its feed record never carries who calls; the ICE servers setting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dispatch_desk.config import Settings
from dispatch_desk.domain.calls import AppCall, CallEnd, CallStatus, CallTaken, app_position, place_in_line
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.change_summary import Changes
from dispatch_desk.domain.changes import CallChange, read_change
from dispatch_desk.domain.errors import DomainError, ValidationError
from dispatch_desk.domain.values import Caller

NOW = datetime(2026, 12, 5, 19, 30, tzinfo=UTC)


def call(**kw) -> AppCall:
    return AppCall.start(
        Caller.create("Данияр", "+7 701 555 12 34", "app-1"),
        app_position(52.28, 76.96, 12),
        kw.pop("now", NOW),
        video=True,
        client="102-app",
        **kw,
    )


def test_the_first_answer_takes_the_call_and_a_second_learns_who():
    c = call()
    c.answer("aigerim", "Айгерім", "h" * 64, NOW + timedelta(seconds=4))
    assert c.status is CallStatus.ANSWERED and c.waited_s(NOW + timedelta(minutes=5)) == 4
    with pytest.raises(CallTaken) as taken:
        c.answer("boris", "Борис", "x", NOW + timedelta(seconds=5))
    assert taken.value.by == "Айгерім"
    c.end(CallEnd.CALLER, NOW + timedelta(minutes=3))
    assert c.status is CallStatus.ENDED and c.end_reason == "caller"
    with pytest.raises(DomainError):
        c.end(CallEnd.OPERATOR, NOW + timedelta(minutes=4))
    with pytest.raises(DomainError):
        c.call_back("boris", NOW)  # only a missed call is called back


def test_a_call_ended_before_anyone_answered_is_missed_and_called_back_once():
    c = call()
    c.end(CallEnd.CALLER, NOW + timedelta(seconds=20))
    assert c.status is CallStatus.MISSED and not c.live
    c.call_back("aigerim", NOW + timedelta(minutes=2))
    with pytest.raises(DomainError, match="already"):
        c.call_back("boris", NOW + timedelta(minutes=3))
    with pytest.raises(DomainError):
        c.move(app_position(52.0, 76.0), NOW)


def test_the_place_in_line_is_by_ringing_time():
    first, second, third = (
        call(now=NOW),
        call(now=NOW + timedelta(seconds=3)),
        call(now=NOW + timedelta(seconds=9)),
    )
    second.answer("a", "A", "", NOW + timedelta(seconds=10))
    calls = [third, second, first]
    assert [place_in_line(calls, c.id) for c in (first, second, third)] == [1, 0, 2]


@pytest.mark.parametrize(
    ("lat", "lon", "accuracy"),
    [
        ("52", 76.9, None),
        (True, 76.9, None),
        (52.2, 181.0, None),
        (float("nan"), 1.0, None),
        (52.2, 76.9, -1),
        (52.2, 76.9, 1e9),
        (52.2, 76.9, "10"),
    ],
)
def test_positions_from_the_app_are_checked(lat, lon, accuracy):
    with pytest.raises(ValidationError):
        app_position(lat, lon, accuracy)


def test_a_call_needs_someone_calling():
    with pytest.raises(ValidationError):
        AppCall.start(Caller.create("", None, None), None, NOW)


def test_the_feed_record_names_the_call_not_the_caller():
    c = call()
    record = CallChange.of(ChangeKind.CALL_RINGING, c)
    payload = record.payload()
    assert "Данияр" not in str(payload) and "+7701" not in str(payload)
    assert read_change("call.ringing", payload) == record
    changes = Changes.of([record])
    assert changes.calls == {c.id} and changes.ringing == (c.id,) and changes
    assert c.without_identity().caller.is_empty and c.without_identity().location == c.location


def test_ice_servers_from_the_settings():
    settings = Settings()
    assert settings.ice_servers() == []  # a local network needs none
    settings.call_ice_servers = "stun:stun.pol.kz:3478 turn:turn.pol.kz:3478?transport=udp"
    settings.call_turn_username, settings.call_turn_password = "desk", "secret"
    assert settings.ice_servers() == [
        {"urls": ["stun:stun.pol.kz:3478"]},
        {"urls": ["turn:turn.pol.kz:3478?transport=udp"], "username": "desk", "credential": "secret"},
    ]
