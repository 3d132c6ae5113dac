"""The desk's use cases against both SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.entities import Precinct, Unit
from dispatch_desk.domain.enums import Channel, IncidentStatus, LocationSource, Priority, UnitKind, UnitStatus
from dispatch_desk.domain.errors import (
    ConcurrencyConflict,
    DomainError,
    InvalidTransition,
    NotFound,
    ValidationError,
)
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft, DeskService


def square(lon0: float, lat0: float, size: float = 0.01) -> dict:
    ring = [[lon0, lat0], [lon0 + size, lat0], [lon0 + size, lat0 + size], [lon0, lat0 + size], [lon0, lat0]]
    return {"type": "Polygon", "coordinates": [ring]}


@pytest.fixture
def city(desk: DeskService) -> DeskService:
    desk.replace_precincts(
        [
            Precinct("01", "Бірінші", "Первый", "First", square(76.90, 52.28)),
            Precinct("02", "Екінші", "Второй", "Second", square(76.91, 52.28)),
        ]
    )
    for call_sign, home in (("П-011", "01"), ("П-012", "01"), ("П-021", "02")):
        desk.add_unit(Unit(call_sign, UnitKind.PATROL_CAR, home, crew=["Серік Б.", "Олег К."]))
    return desk


def draft(**kw) -> CallDraft:
    values = dict(
        channel=Channel.PHONE,
        category="fight_assault",
        address="ул. Торайгырова, д. 64, кв. 12",
        description="Драка во дворе",
        caller_phone="8 701 234 56 78",
        caller_name="Айгерім",
    )
    values.update(kw)
    return CallDraft(**values)


def test_create_incident_numbers_locates_and_records(city, clock):
    incident = city.create_incident(draft(location=Location(52.285, 76.905, LocationSource.GEOCODED)))
    assert incident.number == "26-000001"
    assert incident.precinct == "01"
    assert incident.priority == Priority.LIFE_IN_DANGER  # the category's default
    assert incident.caller.phone == "+77012345678"
    assert incident.address_key == "торайгырова 64"
    second = city.create_incident(draft(category="noise_night", priority=2))
    assert second.number == "26-000002" and second.priority == Priority.URGENT
    assert second.precinct is None  # address only, not located yet
    stored = city.read.incident("26-000001")
    assert stored.received_at == clock.now and stored.received_at.tzinfo is not None
    assert stored.location.lat == pytest.approx(52.285)
    feed = city.read.feed_after(0)
    created = [e for e in feed if e.kind == "incident.created"]
    assert [e.record.number for e in created] == ["26-000001", "26-000002"]
    assert all(e.actor == "op-aigerim" for e in feed)
    assert [e.seq for e in feed] == sorted(e.seq for e in feed)


def test_point_on_shared_border_goes_to_one_precinct_deterministically(city):
    incident = city.create_incident(draft(location=Location(52.285, 76.91, LocationSource.GPS)))
    assert incident.precinct == "01"


def test_numbers_restart_each_year_in_local_time(city, clock):
    from datetime import UTC, datetime

    clock.now = datetime(2026, 12, 31, 19, 30, tzinfo=UTC)  # already 1 January 2027 in Kazakhstan (UTC+5)
    assert city.create_incident(draft()).number == "27-000001"
    clock.now = datetime(2026, 12, 31, 18, 30, tzinfo=UTC)
    assert city.create_incident(draft()).number == "26-000001"


def test_whole_dispatch_flow_with_times(city, clock):
    incident = city.create_incident(draft())
    clock.advance(seconds=35)
    city.dispatch(incident.number, "П-011")
    clock.advance(seconds=20)
    city.unit_en_route("П-011")
    clock.advance(minutes=7)
    city.unit_on_scene("П-011")
    assert city.read.unit("П-011").status == UnitStatus.ON_SCENE
    clock.advance(minutes=25)
    closed = city.close(
        incident.number, "Participants taken to the precinct", "Патруль выехал, составлен протокол."
    )
    assert closed.status == IncidentStatus.CLOSED
    stored = city.read.incident(incident.number)
    assert (stored.first_dispatched_at - stored.received_at).total_seconds() == 35
    assert (stored.first_on_scene_at - stored.received_at).total_seconds() == 35 + 20 + 7 * 60
    assert stored.citizen_message == "Патруль выехал, составлен протокол."
    assignment = stored.assignments[0]
    assert assignment.call_sign == "П-011" and assignment.cleared_at == clock.now
    unit = city.read.unit("П-011")
    assert unit.status == UnitStatus.AVAILABLE and unit.current_incident is None
    kinds = [e.kind for e in city.read.timeline(incident.number)]
    assert kinds == [
        "incident.created",
        "incident.dispatched",
        "incident.en_route",
        "incident.on_scene",
        "incident.closed",
    ]
    assert city.read.open_incidents() == []


def test_several_units_per_incident_and_reassignment_with_reason(city, clock):
    first = city.create_incident(draft(category="theft"))
    second = city.create_incident(draft(category="fight_assault", address="Естая 5"))
    city.dispatch(first.number, "П-011")
    city.dispatch(first.number, "П-012")
    assert [a.call_sign for a in city.read.incident(first.number).active_assignments()] == ["П-011", "П-012"]
    with pytest.raises(DomainError, match="reassign"):
        city.dispatch(second.number, "П-011")
    with pytest.raises(ValidationError, match="reason"):
        city.reassign("П-011", second.number, "  ")
    clock.advance(minutes=2)
    city.reassign("П-011", second.number, "fight has priority")
    source = city.read.incident(first.number)
    target = city.read.incident(second.number)
    assert [a.call_sign for a in source.active_assignments()] == ["П-012"]
    assert "fight has priority" in source.assignments[0].cleared_reason
    assert target.status == IncidentStatus.DISPATCHED
    assert target.assignments[0].reason == "fight has priority"
    assert city.read.unit("П-011").current_incident == second.number
    # Moving the last unit away before arrival puts the incident back in the queue.
    city.reassign("П-012", second.number, "backup needed")
    assert city.read.incident(first.number).status == IncidentStatus.NEW


def test_invalid_transitions_and_unknown_things_give_clear_errors(city):
    incident = city.create_incident(draft())
    with pytest.raises(InvalidTransition, match="'new' to 'reopened'"):
        city.reopen(incident.number, "why not")
    with pytest.raises(NotFound, match="26-999999"):
        city.dispatch("26-999999", "П-011")
    with pytest.raises(NotFound, match="Ж-1"):
        city.dispatch(incident.number, "Ж-1")
    with pytest.raises(DomainError, match="not assigned"):
        city.unit_en_route("П-021")
    city.set_unit_status("П-021", UnitStatus.OFF_SHIFT)
    with pytest.raises(InvalidTransition, match="'off_shift' to 'dispatched'"):
        city.dispatch(incident.number, "П-021")
    # Nothing was half-written by the failed dispatch.
    assert city.read.incident(incident.number).assignments == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"category": "unknown"}, "not a known category"),
        ({"priority": 9}, "priority"),
        ({"caller_phone": "not a phone"}, "phone"),
        ({"address": "", "location": None}, "address or a location"),
        ({"description": "x" * 20_000}, "too long"),
        ({"address": 42}, "must be text"),
    ],
)
def test_bad_call_input_is_refused_and_nothing_is_written(city, changes, message):
    with pytest.raises(ValidationError, match=message):
        city.create_incident(draft(**changes))
    assert city.read.recent_incidents() == []


def test_hostile_text_is_stored_verbatim_as_data(city):
    payload = '<img src=x onerror=alert(1)></script><script>alert("x")</script>\'; DROP TABLE incidents; --'
    incident = city.create_incident(
        draft(description=payload, caller_name="<b>Bob</b>", address=payload[:100])
    )
    stored = city.read.incident(incident.number)
    assert stored.description == payload
    assert stored.caller.name == "<b>Bob</b>"


def test_stale_version_is_a_conflict_not_an_overwrite(city):
    incident = city.create_incident(draft())
    seen = incident.version
    city.dispatch(incident.number, "П-011", seen_version=seen)
    with pytest.raises(ConcurrencyConflict, match="changed by someone else"):
        city.close(incident.number, "done", seen_version=seen)
    assert city.read.incident(incident.number).status == IncidentStatus.DISPATCHED


def test_two_workstations_racing_for_one_unit_never_double_book_it(city, db, clock):
    a = city.create_incident(draft())
    b = city.create_incident(draft(address="Естая 5"))
    other = DeskService(db, Principal.for_system("op-second"), clock=clock)
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def send(service: DeskService, number: str) -> None:
        barrier.wait()
        try:
            service.dispatch(number, "П-021")
            outcomes[number] = "ok"
        except DomainError as exc:
            outcomes[number] = exc

    threads = [
        threading.Thread(target=send, args=(city, a.number)),
        threading.Thread(target=send, args=(other, b.number)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(outcomes) == 2 and list(outcomes.values()).count("ok") == 1
    loser = next(v for v in outcomes.values() if v != "ok")
    assert (isinstance(loser, DomainError) and "П-021" in str(loser)) or isinstance(
        loser, ConcurrencyConflict
    )
    unit = city.read.unit("П-021")
    booked = [n for n in (a.number, b.number) if city.read.incident(n).active_assignments()]
    assert booked == [unit.current_incident]


def test_earlier_incidents_at_this_address(city, clock):
    first = city.create_incident(draft(address="Торайгырова 64"))
    clock.advance(days=2)
    city.create_incident(draft(address="Естая 5"))
    clock.advance(days=2)
    third = city.create_incident(draft(address="64 Торайгырова, кв. 7"))
    earlier = city.read.incidents_at_address("ул. Торайгырова, д. 64", exclude=third.number)
    assert [i.number for i in earlier] == [first.number]
    assert city.read.incidents_at_address("") == []


def test_open_incidents_sorted_by_priority_then_age(city, clock):
    low = city.create_incident(draft(category="illegal_parking"))
    clock.advance(minutes=1)
    high = city.create_incident(draft(category="fight_assault"))
    clock.advance(minutes=1)
    closed = city.create_incident(draft(category="theft"))
    city.close(closed.number, "handled by phone")
    assert [i.number for i in city.read.open_incidents()] == [high.number, low.number]


def test_feed_is_written_in_the_same_transaction_as_the_change(city):
    before = city.read.feed_after(0)
    with pytest.raises(ValidationError):
        city.create_incident(draft(category="nope"))
    assert city.read.feed_after(0) == before
    city.create_incident(draft())
    after = city.read.feed_after(before[-1].seq)
    assert [e.kind for e in after] == ["incident.created"]


def test_unit_position_and_statuses(city, clock):
    city.report_position("П-011", 52.29, 76.95)
    unit = city.read.unit("П-011")
    assert unit.position == pytest.approx((52.29, 76.95)) and unit.position_at == clock.now
    with pytest.raises(ValidationError):
        city.report_position("П-011", 95, 76.95)
    with pytest.raises(DomainError, match="use dispatch"):
        city.set_unit_status("П-011", UnitStatus.ON_SCENE)
    incident = city.create_incident(draft())
    city.dispatch(incident.number, "П-011")
    city.set_unit_status("П-011", UnitStatus.RETURNING)  # called back: the incident waits again
    assert city.read.incident(incident.number).status == IncidentStatus.NEW
    assert city.read.unit("П-011").current_incident is None


def test_categories_are_kept_in_the_database_and_editable(city):
    categories = {c.code: c for c in city.read.categories()}
    noise = categories["noise_night"]
    noise.default_priority = Priority.URGENT
    city.save_category(noise)
    assert city.create_incident(draft(category="noise_night")).priority == Priority.URGENT
    # Re-seeding does not undo the edit.
    assert city.ensure_reference_data() == 0
    assert {c.code: c for c in city.read.categories()}["noise_night"].default_priority == Priority.URGENT


def test_a_duplicate_links_to_its_parent_incident(city):
    parent = city.create_incident(draft())
    child = city.create_incident(draft(parent_number=parent.number, caller_name="второй звонящий"))
    assert city.read.incident(child.number).parent_number == parent.number
    with pytest.raises(NotFound, match="26-999999"):
        city.create_incident(draft(parent_number="26-999999"))


def test_cancel_frees_the_units_and_reopen_brings_the_incident_back(city, clock):
    incident = city.create_incident(draft())
    city.dispatch(incident.number, "П-011")
    city.dispatch(incident.number, "П-012")
    with pytest.raises(ValidationError, match="reason"):
        city.cancel(incident.number, "")
    cancelled = city.cancel(incident.number, "caller rang back: false alarm")
    assert cancelled.status == IncidentStatus.CANCELLED and cancelled.disposition.startswith(
        "caller rang back"
    )
    assert {city.read.unit(c).status for c in ("П-011", "П-012")} == {UnitStatus.AVAILABLE}
    assert all(
        a.cleared_reason == "incident cancelled" for a in city.read.incident(incident.number).assignments
    )
    clock.advance(minutes=5)
    reopened = city.reopen(incident.number, "caller rang again")
    assert reopened.status == IncidentStatus.REOPENED and reopened.closed_at is None
    assert [i.number for i in city.read.open_incidents()] == [incident.number]
    kinds = [e.kind for e in city.read.timeline(incident.number)]
    assert kinds[-2:] == ["incident.cancelled", "incident.reopened"]


def test_recommendation_and_duplicates_through_the_service(city, clock):
    city.report_position("П-011", 52.2851, 76.9051)
    city.report_position("П-021", 52.2852, 76.9150)
    place = Location(52.285, 76.905, LocationSource.GEOCODED)
    first = city.create_incident(draft(location=place))
    ranked = city.read.recommend_units(first.number)
    assert ranked[0].call_sign == "П-011" and ranked[0].eta_s is not None
    assert ranked[-1].call_sign == "П-012" and ranked[-1].reasons[0].code == "no_position"
    clock.advance(minutes=5)
    again = Location(52.2855, 76.9052, LocationSource.GPS)
    duplicates = city.read.likely_duplicates("disturbing_peace", again)
    assert [d.incident.number for d in duplicates] == [first.number]
    assert duplicates[0].age_s == 300 and duplicates[0].distance_m < 100
    assert city.read.likely_duplicates("fraud", again) == []
    clock.advance(minutes=40)
    assert city.read.likely_duplicates("fight_assault", again) == []


def test_an_unverified_location_is_placed_and_the_precinct_follows(city):
    incident = city.create_incident(draft(address="somewhere the gazetteer does not know"))
    assert incident.location is None and incident.precinct is None
    placed = city.set_location(
        incident.number, Location(52.285, 76.915, LocationSource.MAP), seen_version=incident.version
    )
    assert placed.precinct == "02" and placed.location.source == LocationSource.MAP
    assert city.read.incident(incident.number).location_verified
    assert city.read.timeline(incident.number)[-1].kind == "incident.located"
    with pytest.raises(ConcurrencyConflict):
        city.set_location(
            incident.number, Location(52.285, 76.905, LocationSource.MAP), seen_version=incident.version
        )


def test_the_duplicate_check_offers_an_open_incident_at_the_same_address_however_old(city, clock):
    first = city.create_incident(draft(address="ул. Торайгырова, д. 195", category="domestic_conflict"))
    clock.advance(minutes=43)
    found = city.read.likely_duplicates("fight_assault", None, address="Торайгырова 195 кв 3")
    assert [d.incident.number for d in found] == [first.number] and found[0].same_address
    city.close(first.number, "resolved")
    assert (
        city.read.likely_duplicates("fight_assault", None, address="Торайгырова 195") == []
    )  # closed: not offered


def test_caller_history_by_number_and_by_address(city, db, clock):
    from dispatch_desk.domain.access import Role

    here = Location(52.285, 76.905, LocationSource.GEOCODED)  # precinct 01
    old = city.create_incident(
        draft(address="Торайгырова 64", caller_phone="+7 701 555 12 34", location=here)
    )
    city.close(old.number, "Участники доставлены в ОП\nподробности в рапорте", code="taken_to_precinct")
    clock.advance(days=40)  # outside the 30 days of a repeat address
    recent = []
    for n in range(3):
        clock.advance(days=1)
        recent.append(
            city.create_incident(
                draft(address=f"ул. Торайгырова, д. 64, кв. {n}", caller_phone=None, location=here)
            )
        )
    clock.advance(hours=1)
    elsewhere = city.create_incident(draft(address="Естая 5", caller_phone="87015551234"))

    history = city.read.caller_history("8 (701) 555-12-34", "улица Торайгырова, 64")
    assert history.phone.total == 2 and history.phone.recent == 1
    assert [i.number for i in history.phone.last] == [elsewhere.number, old.number]
    assert history.address.total == 4 and history.address.recent == 3 and history.address.repeat
    assert [i.number for i in history.address.last] == [r.number for r in reversed(recent)] + [old.number]
    assert history.address.last[-1].disposition.startswith("Участники доставлены")
    assert history.address.last[-1].disposition_code == "taken_to_precinct"
    closed = [e.record for e in city.read.timeline(old.number) if e.kind == "incident.closed"]
    assert closed[0].disposition_code == "taken_to_precinct"
    with pytest.raises(ValidationError):
        city.close(recent[0].number, "", code="not-a-code")
    assert city.read.incident(recent[0].number).status.is_open

    # The incident on screen is not its own history; three then make no repeat.
    shown = city.read.caller_history(None, "Торайгырова 64", exclude=recent[-1].number)
    assert shown.address.total == 3 and shown.address.recent == 2 and not shown.address.repeat
    assert shown.phone.is_empty

    # A number that cannot be one, or nothing typed: nothing found, no error.
    assert city.read.caller_history("12ab", "").is_empty and city.read.caller_history(None, "").is_empty

    # Many earlier incidents: all counted, five listed.
    for _ in range(7):
        city.create_incident(draft(address="Естая 5", caller_phone="87015551234"))
    many = city.read.caller_history("87015551234", "")
    assert many.phone.total == 9 and len(many.phone.last) == 5

    # An inspector sees the history of their own precinct only; the number is not theirs to look up.
    def inspector(precinct: str) -> DeskService:
        return DeskService(
            db, Principal("insp", "Insp", (Role.INSPECTOR,), home_precinct=precinct), clock=clock
        )

    own = inspector("01").read.caller_history("87015551234", "Торайгырова 64")
    assert own.phone.is_empty and own.address.total == 4
    other = inspector("02").read.caller_history("87015551234", "Торайгырова 64")
    assert other.phone.is_empty and other.address.is_empty
    nobody = DeskService(db, Principal("adm", "Admin", (Role.ADMIN,)), clock=clock)
    assert nobody.read.caller_history("87015551234", "Торайгырова 64").is_empty


def test_the_stored_address_is_the_matched_one_and_the_typed_one_is_kept(city):
    from dispatch_desk.domain.entities import Street

    city.replace_gazetteer(
        [
            Street(
                "улица Торайгырова",
                "Торайғыров көшесі",
                "Toraigyrov Street",
                {"type": "LineString", "coordinates": [[76.901, 52.281], [76.909, 52.289]]},
                1,
                212,
            )
        ],
        [],
    )
    typed = city.create_incident(draft(address="Торайгырва 64"))
    assert typed.address == "улица Торайгырова, 64" and typed.typed_address == "Торайгырва 64"
    assert typed.address_key == "торайгырова 64" and typed.location is not None
    again = city.read.incident(typed.number)
    assert (again.address, again.typed_address) == ("улица Торайгырова, 64", "Торайгырва 64")
    # Geocoded in the form: the same match is stored, not the typed words.
    placed = city.create_incident(
        draft(address="торайгырова 64", location=Location.geocoded(52.285, 76.905, 0.75))
    )
    assert placed.address == "улица Торайгырова, 64" and placed.typed_address == "торайгырова 64"
    # Not found: what was typed is the address, nothing beside it.
    unknown = city.create_incident(draft(address="Несуществующая 5"))
    assert unknown.address == "Несуществующая 5" and unknown.typed_address == "" and unknown.location is None
    # Placed on the map: the typed words stay the address (nothing was matched).
    on_map = city.create_incident(
        draft(address="во дворе у гаражей", location=Location.placed(52.285, 76.905))
    )
    assert on_map.address == "во дворе у гаражей" and on_map.typed_address == ""


def test_closed_incidents_are_found_by_number_address_phone_and_text(city, db, clock):
    from dispatch_desk.domain.access import Role

    bike = city.create_incident(
        draft(
            address="Торайгырова 64",
            description="Украли ВЕЛОСИПЕД у подъезда",
            caller_phone="87015550101",
            caller_name="Марат",
        )
    )
    city.close(bike.number, "", code="case_registered")
    clock.advance(days=3)
    other = city.create_incident(draft(address="Естая 5", description="50% скидка_обман", caller_phone=None))
    city.close(other.number, "проверено")
    clock.advance(minutes=5)
    house_26 = city.create_incident(draft(address="Абая 26", description="шум", caller_phone=None))
    city.close(house_26.number, "проверено")

    def found(text, desk=city):
        return [i.number for i in desk.read.search_incidents(text)]

    assert found(bike.number) == [bike.number]  # "26-…": not every house numbered 26
    assert found("абая 26") == [house_26.number]
    assert found("торайгырова, 64") == [bike.number] and found("ТОРАЙГЫРОВА") == [bike.number]
    assert found("велосипед") == [bike.number] and found("Велосипед") == [bike.number]
    assert found("8 701 555 01 01") == [bike.number] and found("555 01") == [bike.number]
    assert found("марат") == [bike.number]
    assert found("50%") == [other.number] and found("_обман") == [other.number]  # wildcards are letters here
    assert found("%") == [] and found(" ") == [] and found("x" * 10_000) == []
    assert found("' OR 1=1 --") == [] and found("\x00\x01") == []
    assert set(found("26-")) == {bike.number, other.number, house_26.number}  # newest first, any status
    assert found("26-")[0] == house_26.number
    # Without the caller's identity: not by name or number.
    inspector = DeskService(db, Principal("insp", "Insp", (Role.INSPECTOR,), home_precinct="01"), clock=clock)
    assert found("марат", inspector) == [] and found("87015550101", inspector) == []
    today = city.read.incidents_since(city.read.today_started())
    assert [i.number for i in today] == [other.number, house_26.number]


def test_the_shift_lead_sets_thresholds_and_acknowledges_an_overdue_incident(city, db, clock):
    from dispatch_desk.domain.access import Forbidden, Role
    from dispatch_desk.domain.overdue import Thresholds

    lead = DeskService(db, Principal("lead", "Lead", (Role.SHIFT_LEAD,)), clock=clock)
    operator = DeskService(db, Principal("op", "Op", (Role.OPERATOR,)), clock=clock)
    assert lead.read.thresholds() == Thresholds()  # the defaults until one is set
    strict = Thresholds(not_dispatched_s={1: 30.0, 2: 120.0, 3: 600.0, 4: 1200.0}, en_route_s=600.0)
    lead.set_thresholds(strict)
    got = operator.read.thresholds()  # every desk reads the newest
    assert dict(got.not_dispatched_s) == {1: 30.0, 2: 120.0, 3: 600.0, 4: 1200.0} and got.en_route_s == 600.0
    for wrong in (
        Thresholds(not_dispatched_s={1: 0.0, 2: 1.0, 3: 1.0, 4: 1.0}),
        Thresholds(on_scene_s=10**9),
    ):
        with pytest.raises(ValidationError):
            lead.set_thresholds(wrong)
    with pytest.raises(Forbidden):
        operator.set_thresholds(strict)

    waiting = city.create_incident(draft())
    clock.advance(minutes=2)
    lead.acknowledge_overdue(waiting.number, "not_dispatched")
    acknowledged = operator.read.acknowledged_since(clock.now - timedelta(hours=1))
    assert acknowledged[waiting.number]["not_dispatched"][0] == "lead"
    assert [e.kind for e in city.read.timeline(waiting.number)][-1] == "incident.overdue_acknowledged"
    with pytest.raises(ValidationError):
        lead.acknowledge_overdue(waiting.number, "drop table")
    with pytest.raises(Forbidden):
        operator.acknowledge_overdue(waiting.number, "not_dispatched")
