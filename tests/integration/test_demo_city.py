"""The Pavlodar demo city: geography, units and a history with the rhythm of a real centre."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from shapely.geometry import shape
from shapely.ops import unary_union

from dispatch_desk.demo.city import DemoError, build_demo, load_city_outline, load_precincts, load_streets
from dispatch_desk.demo.history import is_day_off
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import UnitKind, UnitStatus
from dispatch_desk.resources import demo_city_dir
from dispatch_desk.services.desk import DeskService

NOW = datetime(2026, 11, 20, 16, 30, tzinfo=UTC)  # 21:30 in Pavlodar: the evening peak
ZONE = ZoneInfo("Asia/Almaty")

REQUIRED_STREETS = [
    "Торайгырова",
    "Естая",
    "Академика Сатпаева",
    "Академика Бектурова",
    "Ломова",
    "Кутузова",
    "Толстого",
    "Лермонтова",
    "Камзина",
    "Академика Чокина",
    "Гагарина",
    "1 Мая",
    "Исиналиева",
    "Машхур Жусупа",
    "Катаева",
    "Суворова",
    "Щедрина",
    "Короленко",
    "Крылова",
    "Торговая",
    "Павлова",
    "Академика Маргулана",
    "Кривенко",
    "Дюсенова",
    "Жаяу Мусы",
    "Малайсары батыра",
    "проспект Назарбаева",
]


def test_twelve_precincts_partition_the_real_city_outline():
    city = shape(load_city_outline())
    precincts = load_precincts()
    assert len(precincts) == 12 and len({p.code for p in precincts}) == 12
    areas = [shape(p.boundary) for p in precincts]
    union = unary_union(areas)
    assert union.symmetric_difference(city).area / city.area < 1e-4
    assert sum(a.area for a in areas) - union.area < 1e-9  # no overlaps
    for p in precincts:
        assert p.name_kk and p.name_ru and p.name_en and p.opening_hours is not None
        hours = p.opening_hours
        assert (hours.closes.hour - hours.opens.hour) % 24 == 12


def test_outline_keeps_its_openstreetmap_attribution():
    data = json.loads((demo_city_dir() / "city.geojson").read_text(encoding="utf-8"))
    assert "OpenStreetMap" in data["attribution"] and "ODbL" in data["attribution"]


def test_gazetteer_has_the_required_streets_in_three_spellings_inside_the_city():
    streets = load_streets()
    city = shape(load_city_outline())
    assert len(streets) >= 40
    russian = {s.name_ru.removeprefix("улица ") for s in streets}
    assert set(REQUIRED_STREETS) <= russian
    for street in streets:
        assert street.name_kk and street.name_en and street.name_ru
        assert street.house_min == 1 and street.house_max > 20
        assert city.buffer(1e-6).contains(shape(street.geometry))


@pytest.fixture
def demo(db) -> DeskService:
    build_demo(db, now=NOW, seed=102)
    return DeskService(db, Principal.for_system("test"), clock=lambda: NOW)


def test_demo_history_has_the_rhythm_of_a_real_centre(demo):
    incidents = demo.read.recent_incidents(limit=100_000)
    days = Counter(i.received_at.astimezone(ZONE).date() for i in incidents)
    full_days = [
        d for d in days if NOW.astimezone(ZONE).date() - timedelta(days=29) < d < NOW.astimezone(ZONE).date()
    ]
    average = sum(days[d] for d in full_days) / len(full_days)
    assert 110 <= average <= 120
    off = [days[d] for d in full_days if is_day_off(d)]
    work = [days[d] for d in full_days if not is_day_off(d)]
    assert sum(off) / len(off) > sum(work) / len(work) * 1.08
    hours = Counter(i.received_at.astimezone(ZONE).hour for i in incidents)
    evening = sum(hours[h] for h in range(19, 24)) / len(incidents)
    assert evening > 0.3  # five hours of 24 carry more than 30 % of the contacts
    assert max(hours, key=hours.get) in range(19, 24)
    categories = Counter(i.category for i in incidents)
    assert len(categories) >= 15
    channels = Counter(i.channel.value for i in incidents)
    assert channels["phone"] > channels["app"] > channels["video_call"] > 0


def test_demo_incidents_are_consistent(demo):
    index = demo.precinct_index()
    incidents = demo.read.recent_incidents(limit=100_000)
    for incident in incidents[:600]:
        if incident.location is not None:
            assert incident.precinct == index.locate(incident.location.lat, incident.location.lon)
        else:
            assert incident.precinct is None
        if incident.status.value == "closed":
            assert incident.closed_at >= incident.received_at and incident.disposition
        kinds = [e.kind for e in demo.read.timeline(incident.number)]
        assert kinds[0] == "incident.created"
        assert (
            kinds[-1]
            == {
                "closed": "incident.closed",
                "new": "incident.created",
                "dispatched": "incident.dispatched",
                "en_route": "incident.en_route",
                "on_scene": "incident.on_scene",
            }[incident.status.value]
        )
    numbers = [i.number for i in incidents]
    assert len(set(numbers)) == len(numbers)
    # The next incident continues the year's numbering.
    from dispatch_desk.domain.enums import Channel
    from dispatch_desk.services.desk import CallDraft

    latest = max(int(n.split("-")[1]) for n in numbers)
    created = demo.create_incident(CallDraft(Channel.PHONE, "theft", address="Естая 5"))
    assert created.number == f"26-{latest + 1:06d}"


def test_demo_units_match_the_open_incidents(demo):
    units = demo.read.units()
    kinds = Counter(u.kind for u in units)
    assert 28 <= kinds[UnitKind.PATROL_CAR] + kinds[UnitKind.TRAFFIC] + kinds[UnitKind.FOOT_PATROL] <= 32
    assert kinds[UnitKind.JUVENILE_INSPECTOR] == 12
    assert all(u.position is not None and u.position_at is not None for u in units)
    working = {u.call_sign: u for u in units if u.status.is_committed}
    open_incidents = demo.read.open_incidents()
    assert open_incidents, "the evening peak has open incidents"
    assigned = {a.call_sign: i.number for i in open_incidents for a in i.active_assignments()}
    assert {c: u.current_incident for c, u in working.items()} == assigned
    assert any(u.status == UnitStatus.AVAILABLE for u in units)


def test_demo_goes_only_into_an_empty_database(demo, db):
    with pytest.raises(DemoError, match="empty database"):
        build_demo(db, now=NOW)
