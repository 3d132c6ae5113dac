from datetime import UTC, datetime, time, timedelta

import pytest

from dispatch_desk.domain.address import address_key, search_key
from dispatch_desk.domain.categories import DEFAULT_CATEGORIES
from dispatch_desk.domain.entities import Incident, Precinct, Unit
from dispatch_desk.domain.enums import (
    Channel,
    IncidentStatus,
    LocationSource,
    Priority,
    UnitKind,
    UnitStatus,
)
from dispatch_desk.domain.errors import DomainError, InvalidTransition, ValidationError
from dispatch_desk.domain.transitions import (
    INCIDENT_TRANSITIONS,
    UNIT_TRANSITIONS,
    check_incident_transition,
)
from dispatch_desk.domain.values import (
    Caller,
    Location,
    OpeningHours,
    clean_text,
    format_incident_number,
    normalize_phone,
    parse_incident_number,
)

T0 = datetime(2026, 11, 20, 19, 30, tzinfo=UTC)


def make_incident(**kw) -> Incident:
    values = dict(
        channel=Channel.PHONE,
        category="theft",
        priority=Priority.ROUTINE,
        received_at=T0,
        created_at=T0,
        number="26-000001",
        id=1,
    )
    values.update(kw)
    return Incident(**values)


def make_unit(call_sign="П-011", unit_id=7, status=UnitStatus.AVAILABLE) -> Unit:
    return Unit(call_sign, UnitKind.PATROL_CAR, "01", id=unit_id, status=status)


def test_invalid_transition_names_both_states():
    with pytest.raises(InvalidTransition) as caught:
        check_incident_transition(IncidentStatus.CLOSED, IncidentStatus.DISPATCHED)
    message = str(caught.value)
    assert "'closed'" in message and "'dispatched'" in message and "reopened" in message


def test_every_status_has_a_rule_and_closed_states_only_reopen():
    assert set(INCIDENT_TRANSITIONS) == set(IncidentStatus)
    assert set(UNIT_TRANSITIONS) == set(UnitStatus)
    assert INCIDENT_TRANSITIONS[IncidentStatus.CLOSED] == {IncidentStatus.REOPENED}
    assert INCIDENT_TRANSITIONS[IncidentStatus.CANCELLED] == {IncidentStatus.REOPENED}


def test_full_incident_lifecycle_sets_first_times():
    incident = make_incident()
    unit = make_unit()
    incident.assign(unit, T0 + timedelta(seconds=40))
    assert incident.status == IncidentStatus.DISPATCHED
    incident.unit_en_route(unit.id, T0 + timedelta(seconds=70))
    incident.unit_on_scene(unit.id, T0 + timedelta(minutes=9))
    assert incident.status == IncidentStatus.ON_SCENE
    cleared = incident.close(T0 + timedelta(minutes=40), "Protocol drawn up", "A patrol checked the yard.")
    assert [a.call_sign for a in cleared] == ["П-011"]
    assert incident.status == IncidentStatus.CLOSED
    assert incident.first_dispatched_at == T0 + timedelta(seconds=40)
    assert incident.first_en_route_at == T0 + timedelta(seconds=70)
    assert incident.first_on_scene_at == T0 + timedelta(minutes=9)
    assert incident.closed_at == T0 + timedelta(minutes=40)
    assert incident.citizen_message == "A patrol checked the yard."
    # A second dispatch after closing is refused until reopened.
    with pytest.raises(DomainError, match="reopen"):
        incident.assign(make_unit("П-012", 8), T0 + timedelta(hours=1))
    incident.reopen(T0 + timedelta(hours=1), "the caller rang again")
    assert incident.status == IncidentStatus.REOPENED and incident.closed_at is None
    incident.assign(make_unit("П-012", 8), T0 + timedelta(hours=1))
    assert incident.status == IncidentStatus.DISPATCHED
    assert incident.first_dispatched_at == T0 + timedelta(seconds=40)


def test_close_needs_a_disposition():
    incident = make_incident()
    with pytest.raises(ValidationError, match="disposition"):
        incident.close(T0, "   ")
    assert incident.status == IncidentStatus.NEW


def test_withdrawing_last_unit_before_arrival_returns_incident_to_the_queue():
    incident = make_incident()
    unit = make_unit()
    incident.assign(unit, T0)
    incident.clear_unit(unit.id, T0 + timedelta(minutes=1), "reassigned")
    assert incident.status == IncidentStatus.NEW
    assert incident.assignments[0].cleared_reason == "reassigned"


def test_unit_cannot_be_assigned_twice():
    incident = make_incident()
    unit = make_unit()
    incident.assign(unit, T0)
    with pytest.raises(DomainError, match="already assigned"):
        incident.assign(unit, T0)


def test_unit_status_rules():
    unit = make_unit(status=UnitStatus.OFF_SHIFT)
    with pytest.raises(InvalidTransition, match="'off_shift' to 'dispatched'"):
        unit.dispatch_to("26-000001", T0)
    unit.set_status(UnitStatus.AVAILABLE, T0)
    unit.dispatch_to("26-000001", T0)
    assert unit.status == UnitStatus.DISPATCHED and unit.current_incident == "26-000001"
    unit.set_status(UnitStatus.ON_SCENE, T0)
    unit.dispatch_to("26-000002", T0)  # reassignment straight from the scene
    assert unit.current_incident == "26-000002"
    unit.set_status(UnitStatus.AVAILABLE, T0)
    assert unit.current_incident is None


@pytest.mark.parametrize(
    ("lat", "lon"),
    [(91, 0), (0, 181), (float("nan"), 0), (0, float("inf")), ("52", 76), (True, 76), (None, 1)],
)
def test_location_rejects_impossible_coordinates(lat, lon):
    with pytest.raises(ValidationError):
        Location(lat, lon, LocationSource.GPS)


def test_location_source_is_checked():
    with pytest.raises(ValueError):
        Location(52.3, 76.9, "satellite")


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("8 701 234 56 78", "+77012345678"),
        ("+7 (701) 234-56-78", "+77012345678"),
        ("87012345678", "+77012345678"),
        ("+44 20 7946 0958", "+442079460958"),
        ("", None),
    ],
)
def test_phone_numbers_become_e164(typed, e164):
    assert normalize_phone(typed) == e164


@pytest.mark.parametrize("typed", ["hello", "12", "+7" + "9" * 30, "<script>alert(1)</script>"])
def test_bad_phone_numbers_are_refused(typed):
    with pytest.raises(ValidationError):
        normalize_phone(typed)


def test_caller_text_is_cleaned_and_bounded():
    caller = Caller.create("  Айгерім\x00 Ахметова\x1b ", "87012345678")
    assert caller.name == "Айгерім Ахметова"
    with pytest.raises(ValidationError, match="too long"):
        Caller.create("x" * 500)
    with pytest.raises(ValidationError, match="must be text"):
        clean_text(123, "description", 10)


def test_incident_numbers():
    assert format_incident_number(2026, 123) == "26-000123"
    assert parse_incident_number("26-000123") == (26, 123)
    with pytest.raises(ValidationError):
        parse_incident_number("26/123")


def test_opening_hours():
    day = OpeningHours.parse("08:00-20:00")
    night = OpeningHours.parse("20:00–08:00")
    assert str(day) == "08:00-20:00"
    assert day.is_open_at(time(8)) and not day.is_open_at(time(20))
    assert night.is_open_at(time(23)) and night.is_open_at(time(3)) and not night.is_open_at(time(12))
    for bad in ("", "8-20", "25:00-26:00", "08:00"):
        with pytest.raises(ValidationError):
            OpeningHours.parse(bad)


def test_precinct_boundary_must_be_an_area():
    with pytest.raises(ValidationError, match="Polygon"):
        Precinct("01", "a", "b", "c", {"type": "Point", "coordinates": [76.9, 52.3]})


def test_categories_cover_the_required_list_in_three_languages():
    codes = {c.code for c in DEFAULT_CATEGORIES}
    required = {
        "noise_night",
        "disturbing_peace",
        "fight_assault",
        "domestic_conflict",
        "theft",
        "robbery",
        "fraud",
        "road_accident",
        "drunk_driving",
        "traffic_violation",
        "illegal_parking",
        "smoking_entrance",
        "road_conditions",
        "missing_person",
        "corruption_report",
        "consultation",
        "other",
    }
    assert required <= codes
    for category in DEFAULT_CATEGORIES:
        assert category.name_en and category.name_ru and category.name_kk
        assert set(category.related) <= codes
    assert {c.code: c.default_priority for c in DEFAULT_CATEGORIES}[
        "fight_assault"
    ] == Priority.LIFE_IN_DANGER


@pytest.mark.parametrize(
    "typed",
    [
        "ул. Торайгырова, д. 64, кв. 12",
        "Торайгырова 64",
        "64 Торайгырова",
        "Павлодар, Торайгырова 64",
        "улица ТОРАЙГЫРОВА дом 64",
        "Торайгырова көшесі, 64 пәтер 3",
    ],
)
def test_address_key_is_the_same_for_the_same_building(typed):
    assert address_key(typed) == "торайгырова 64"


def test_address_key_keeps_dates_in_street_names_and_letters_in_house_numbers():
    assert address_key("ул. 1 Мая, д. 25") == address_key("1 Мая 25") == "1 мая 25"
    assert address_key("Ломова 5-б") == address_key("Ломова 5Б") == "ломова 5б"
    assert address_key("Естая 12/1") == "естая 12/1"
    assert address_key("Естая 12") != address_key("Естая 14")
    assert address_key("") == "" and address_key(None) == ""


def test_a_disposition_is_a_code_from_the_list_or_free_text():
    from dispatch_desk.domain.dispositions import DISPOSITION_CODES, check_disposition

    assert check_disposition("warned", "") == "warned" and check_disposition("", "Своими словами") == ""
    assert check_disposition("other", "служебная проверка") == "other"
    for code, text in (("", ""), ("other", "  "), ("drop table", "x"), ("x" * 500, "")):
        with pytest.raises(ValidationError):
            check_disposition(code, text)
    assert len(set(DISPOSITION_CODES)) == len(DISPOSITION_CODES) and "other" in DISPOSITION_CODES


def test_a_search_key_names_a_street_or_is_empty():
    assert search_key("ул. Кутузова, 57") == "кутузова 57"
    assert search_key("1 Мая") == "1 мая"  # a street named after a date is a street
    for bare in ("57", "26-000111", "дом 5", "", None):
        assert search_key(bare) == "", bare  # as a key it would find every house 57
