"""The shift lead's use cases on both databases: units' shifts and loans, look-outs, the handover."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dispatch_desk.domain.access import Forbidden, Principal, Role
from dispatch_desk.domain.entities import Precinct, Unit
from dispatch_desk.domain.enums import Channel, LocationSource, UnitKind, UnitStatus
from dispatch_desk.domain.errors import DomainError, ValidationError
from dispatch_desk.domain.look_outs import LookOutKind, matches
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.store.media_files import MediaStore
from tests.support.people import add_person

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def square(lon0: float, lat0: float, size: float = 0.01) -> dict:
    ring = [[lon0, lat0], [lon0 + size, lat0], [lon0 + size, lat0 + size], [lon0, lat0 + size], [lon0, lat0]]
    return {"type": "Polygon", "coordinates": [ring]}


@pytest.fixture
def lead(db, clock, tmp_path) -> DeskService:
    system = DeskService(db, Principal.for_system("setup"), clock=clock)
    system.ensure_reference_data()
    system.replace_precincts(
        [
            Precinct("01", "Бірінші", "Первый", "First", square(76.90, 52.28)),
            Precinct("02", "Екінші", "Второй", "Second", square(76.91, 52.28)),
        ]
    )
    for call_sign, home, status in (
        ("П-011", "01", UnitStatus.AVAILABLE),
        ("П-021", "02", UnitStatus.AVAILABLE),
        ("П-022", "02", UnitStatus.OFF_SHIFT),
    ):
        system.add_unit(
            Unit(
                call_sign,
                UnitKind.PATROL_CAR,
                home,
                crew=["Серік Б."],
                status=status,
                position=(52.2855, 76.9155),
                position_at=clock.now,
            )
        )
    add_person(db, "lead-marat", "shift_lead")
    person = Principal("lead-marat", "Марат Е.", (Role.SHIFT_LEAD,))
    return DeskService(db, person, clock=clock, media=MediaStore(tmp_path / "media"))


def operator(lead: DeskService) -> DeskService:
    return DeskService(lead.db, Principal("op-aigerim", "Айгерім", (Role.OPERATOR,)), clock=lead.clock)


def test_a_unit_goes_on_shift_with_its_crew_and_off_again(lead, clock):
    with pytest.raises(ValidationError, match="crew"):
        lead.lead.start_shift("П-022", [" ", ""])
    with pytest.raises(DomainError, match="start its shift"):
        lead.set_unit_status("П-022", UnitStatus.AVAILABLE)  # not without its crew
    unit = lead.lead.start_shift("П-022", ["Ержан Т.", "Дина М."])
    assert unit.status is UnitStatus.AVAILABLE and unit.crew == ["Ержан Т.", "Дина М."]
    with pytest.raises(DomainError, match="already on shift"):
        lead.lead.start_shift("П-022", ["Ержан Т."])
    clock.advance(minutes=40)
    lead.lead.meal_break("П-022")
    clock.advance(minutes=25)
    lead.lead.meal_break("П-022", False)
    clock.advance(minutes=5)
    times = lead.lead.shift_times()["П-022"]
    totals = times.totals(clock.now)
    assert totals == {"available": 45 * 60.0, "meal_break": 25 * 60.0}
    assert times.on_shift_s(clock.now) == 70 * 60.0
    ended = lead.lead.end_shift("П-022")
    assert ended.status is UnitStatus.OFF_SHIFT and ended.crew == []
    assert lead.lead.shift_times()["П-022"].on_shift_s(clock.now) is None
    kinds = [e.kind for e in lead.read.feed_after(0) if getattr(e.record, "call_sign", "") == "П-022"]
    assert kinds[-4:] == ["unit.shift_started", "unit.status", "unit.status", "unit.shift_ended"]


def test_an_operator_may_not_manage_shifts_loans_or_look_outs(lead, clock):
    desk = operator(lead)
    for attempt in (
        lambda: desk.lead.start_shift("П-022", ["Ержан Т."]),
        lambda: desk.lead.meal_break("П-011"),
        lambda: desk.lead.lend("П-011", "02", clock.now + timedelta(hours=2)),
        lambda: desk.lead.issue_look_out(
            "person", "мужчина в красной куртке", clock.now + timedelta(hours=2), keywords=["красной куртке"]
        ),
        lambda: desk.lead.hand_over(clock.now - timedelta(hours=12), clock.now),
    ):
        with pytest.raises(Forbidden):
            attempt()


def test_a_lent_unit_is_recommended_as_its_new_precincts_own_until_the_loan_ends(lead, clock):
    incident = lead.create_incident(
        CallDraft(
            Channel.PHONE,
            "theft",
            description="кража",
            address="Ломова 1",
            location=Location(52.285, 76.915, LocationSource.GPS),
        )
    )
    assert incident.precinct == "02"
    before = {c.call_sign: c for c in lead.read.recommend_units(incident.number)}
    assert [r.code for r in before["П-011"].reasons][-1] == "other_precinct"
    with pytest.raises(ValidationError, match="12 hours"):
        lead.lead.lend("П-011", "02", clock.now + timedelta(hours=13))
    with pytest.raises(ValidationError, match="own"):
        lead.lead.lend("П-021", "02", clock.now + timedelta(hours=1))
    unit = lead.lead.lend("П-011", "02", clock.now + timedelta(hours=2))
    assert unit.precinct_at(clock.now) == "02"
    after = {c.call_sign: c for c in lead.read.recommend_units(incident.number)}
    assert "lent_here" in [r.code for r in after["П-011"].reasons]
    clock.advance(hours=2, seconds=1)  # the loan ran out: back to its own precinct without a write
    again = {c.call_sign: c for c in lead.read.recommend_units(incident.number)}
    assert "other_precinct" in [r.code for r in again["П-011"].reasons]
    lead.lead.end_loan("П-011")
    assert lead.read.units()[0].lent_to is None


def test_a_meal_break_is_not_recommended(lead, clock):
    incident = lead.create_incident(
        CallDraft(
            Channel.PHONE,
            "theft",
            description="кража",
            address="Ломова 1",
            location=Location(52.285, 76.915, LocationSource.GPS),
        )
    )
    lead.lead.meal_break("П-021")
    assert "П-021" not in [c.call_sign for c in lead.read.recommend_units(incident.number)]
    lead.dispatch(incident.number, "П-021")  # the shift lead may still send it
    assert {u.call_sign: u.status for u in lead.read.units()}["П-021"] is UnitStatus.DISPATCHED


def test_look_outs_are_issued_watched_for_and_ended(lead, clock):
    expires = clock.now + timedelta(hours=24)
    with pytest.raises(ValidationError, match="region"):
        lead.lead.issue_look_out("vehicle", "серая Лада", expires, plate="123 ABC 99")
    with pytest.raises(ValidationError, match="JPEG, PNG or WebP"):
        lead.lead.issue_look_out("vehicle", "серая Лада", expires, plate="123ABC14", photo=b"<script>")
    with pytest.raises(ValidationError, match="precinct"):
        lead.lead.issue_look_out("vehicle", "серая Лада", expires, plate="123ABC14", precincts=["99"])
    car = lead.lead.issue_look_out(
        LookOutKind.VEHICLE,
        "серая Лада Гранта, угнана",
        expires,
        plate="123 авс 14",
        keywords=["серая Лада"],
        photo=PNG,
        precincts=["02"],
    )
    assert car.plate == "123 ABC 14" and car.id is not None
    assert lead.lead.look_out_photo(car).read_bytes() == PNG
    person = lead.lead.issue_look_out("missing", "мальчик 8 лет, синяя куртка", expires, keywords=["Ахметов"])
    desk = operator(lead)
    active = desk.lead.active_look_outs()
    assert {lo.id for lo in active} == {car.id, person.id}
    found = matches(active, "Видели машину 123-ABC-14 у магазина", "02", clock.now)
    assert [m.look_out.id for m in found] == [car.id]
    assert matches(active, "Видели машину 123-ABC-14 у магазина", "01", clock.now) == []  # not its precinct
    assert [m.look_out.id for m in matches(active, "нашли мальчика, говорит Ахметова", "01", clock.now)] == [
        person.id
    ]
    with pytest.raises(ValidationError, match="reason"):
        lead.lead.end_look_out(car.id, " ")
    lead.lead.end_look_out(car.id, "found at Ломова 1")
    with pytest.raises(DomainError, match="already ended"):
        lead.lead.end_look_out(car.id, "again")
    assert [lo.id for lo in desk.lead.active_look_outs()] == [person.id]
    clock.advance(hours=24)
    assert desk.lead.active_look_outs() == []
    kinds = [e.kind for e in lead.read.feed_after(0) if e.kind.startswith("look_out.")]
    assert kinds == ["look_out.issued", "look_out.issued", "look_out.ended"]


def test_the_handover_is_made_by_one_lead_and_confirmed_by_the_next(lead, clock):
    start = clock.now - timedelta(hours=12)
    with pytest.raises(ValidationError, match="ends after"):
        lead.lead.hand_over(clock.now, start)
    handover = lead.lead.hand_over(start, clock.now, "П-011: рация барахлит\nПроверить Ломова 1")
    assert handover.notes.splitlines() == ["П-011: рация барахлит", "Проверить Ломова 1"]
    with pytest.raises(DomainError, match="incoming"):
        lead.lead.confirm_receipt(handover.id)
    assert lead.lead.awaiting_receipt() is None  # one's own handover is not waiting for oneself
    incoming = DeskService(lead.db, Principal("lead-dana", "Дана С.", (Role.SHIFT_LEAD,)), clock=clock)
    assert incoming.lead.awaiting_receipt().id == handover.id
    clock.advance(minutes=3)
    received = incoming.lead.confirm_receipt(handover.id)
    assert received.received_by == "lead-dana" and received.received_at == clock.now
    assert incoming.lead.awaiting_receipt() is None
    with pytest.raises(DomainError, match="already received"):
        incoming.lead.confirm_receipt(handover.id)
    entries = [e for e in lead.read.feed_after(0) if e.kind.startswith("handover.")]
    assert [(e.kind, e.actor) for e in entries] == [
        ("handover.made", "lead-marat"),
        ("handover.received", "lead-dana"),
    ]


def test_the_handover_report_counts_carries_over_and_lists_what_was_overdue(lead, clock):
    from dispatch_desk.services.handover_csv import handover_csv

    start = clock.now
    p1 = lead.create_incident(
        CallDraft(
            Channel.PHONE,
            "robbery",
            description="грабёж",
            address="Ломова 1",
            location=Location(52.285, 76.915, LocationSource.GPS),
        )
    )
    clock.advance(seconds=70)
    lead.acknowledge_overdue(p1.number, "not_dispatched")
    clock.advance(seconds=20)
    lead.dispatch(p1.number, "П-021")  # 90 s after it came: 30 s overdue
    clock.advance(minutes=5)
    lead.close(p1.number, "задержан", code="detained")
    carried = lead.create_incident(
        CallDraft(
            Channel.PHONE,
            "noise_night",
            description="шум",
            address="Ломова 3",
            location=Location(52.285, 76.905, LocationSource.GPS),
        )
    )
    lead.lead.issue_look_out(
        "person", "мужчина в красной куртке", clock.now + timedelta(hours=6), keywords=["красной куртке"]
    )
    clock.advance(minutes=10)
    report = lead.lead.report(start, clock.now, notes="П-011: рация барахлит")
    assert report.contacts == 2 and dict(report.by_category) == {"robbery": 1, "noise_night": 1}
    assert dict(report.by_precinct) == {"02": 1, "01": 1}
    assert [i.number for i in report.carried_over] == [carried.number]
    assert [i.number for i in report.p1] == [p1.number]
    [overdue] = [e for e in report.overdue if e.number == p1.number]
    assert (overdue.kind, overdue.lasted_s, overdue.acknowledged_by) == ("not_dispatched", 30.0, "lead-marat")
    assert [lo.description for lo in report.look_outs] == ["мужчина в красной куртке"]
    assert report.unit_states == {"available": 2, "off_shift": 1}
    assert report.outcomes == [("detained", 1)]  # what the shift achieved, by disposition
    by_priority = {p.priority: p for p in report.by_priority}
    assert (by_priority[1].contacts, by_priority[1].dispatched, by_priority[1].within_target) == (1, 1, 0.0)
    assert by_priority[1].queue_p50_s == 90.0 and by_priority[1].target_s == 60.0
    assert [p.priority for p in report.by_priority] == sorted(by_priority)  # P1 first
    assert report.full_name("lead-marat") == "Lead-marat"  # the account's full name, for the signature
    rows = handover_csv(report).splitlines()
    assert rows[0] == "part,key,count,priority,status,category,precinct,units,at,who,detail"
    assert any(r.startswith(f"overdue,{p1.number},30,1,not_dispatched") and "lead-marat" in r for r in rows)
    assert any(r.startswith(f"carried_over,{carried.number}") for r in rows)
    assert rows[-1].startswith("notes,")
    with pytest.raises(Forbidden):
        operator(lead).lead.report(start, clock.now)
