"""The routing engine over a hand-made network with a river and one bridge (``tests/support/road_network``):
the unit across the water loses to one on the incident's own bank, one-way streets are obeyed, a unit off
the roads is snapped and says so, an incident far from every road and a broken engine fall back to the
straight line, on both databases; a new network reaches another process through the change feed."""

from __future__ import annotations

import logging
import time
from datetime import timedelta
from pathlib import Path

import pytest

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.entities import Unit
from dispatch_desk.domain.enums import Channel, LocationSource, UnitKind
from dispatch_desk.domain.roads import TravelMode
from dispatch_desk.domain.values import Location
from dispatch_desk.geo.routing import RoadEngine, build_road_network
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.services.feed_follow import FeedFollower
from dispatch_desk.services.roads import RoadService
from tests.support.road_network import BRIDGE, at, write_osm


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("roads")
    built = build_road_network(write_osm(folder / "river.osm"), folder / "roads.tar")
    return built.archive.read_bytes()


@pytest.fixture
def roads(db, tmp_path, archive) -> RoadService:
    service = RoadService(db, tmp_path / "roads")
    DeskService(db, Principal.for_system("admin"), roads=service).road_network.replace("river.osm", archive)
    return service


@pytest.fixture
def river_desk(db, clock, roads) -> DeskService:
    desk = DeskService(db, Principal.for_system("op"), clock=clock, roads=roads)
    desk.ensure_reference_data()
    for call_sign, kind in (
        ("WEST", UnitKind.PATROL_CAR),
        ("EAST", UnitKind.PATROL_CAR),
        ("OFF", UnitKind.PATROL_CAR),
    ):
        desk.add_unit(Unit(call_sign, kind, None, crew=["Иванов"]))
    recent = clock.now - timedelta(minutes=1)
    desk.report_position("WEST", *at(-300, 800), recent)  # 630 m away across the water
    desk.report_position("EAST", *at(1300, -500), recent)  # 1.6 km away on the same bank
    desk.report_position("OFF", *at(5000, 5000), recent)  # far beyond the grid
    return desk


def incident_at(desk: DeskService, east_m: float, north_m: float) -> str:
    lat, lon = at(east_m, north_m)
    draft = CallDraft(Channel.PHONE, "theft", "велосипед", location=Location(lat, lon, LocationSource.GPS))
    return desk.create_incident(draft).number


def test_the_unit_across_the_water_loses_and_says_which_bridge_it_would_take(river_desk):
    number = incident_at(river_desk, 330, 800)
    ranked = river_desk.read.recommend_units(number)
    assert [c.call_sign for c in ranked[:2]] == ["EAST", "WEST"]
    east, west = ranked[0], ranked[1]
    assert east.by_road and west.by_road
    assert 2000 < east.distance_m < 3000  # the straight line says 1.6 km
    assert west.distance_m > 4500 and west.via == (BRIDGE,)
    assert west.reasons[0].code == "road_via" and west.reasons[0].value("via") == BRIDGE
    summary = west.summary()
    assert summary["by_road"] and summary["via"] == [BRIDGE] and summary["eta_s"] > east.summary()["eta_s"]


def test_without_the_roads_the_straight_line_picks_the_unit_across_the_water(db, clock, river_desk):
    number = incident_at(river_desk, 330, 800)
    plain = DeskService(db, Principal.for_system("op"), clock=clock)  # no routing engine at all
    ranked = plain.read.recommend_units(number)
    assert ranked[0].call_sign == "WEST" and not ranked[0].by_road
    assert [r.code for r in ranked[0].reasons][:1] == ["distance"]


def test_one_way_streets_are_obeyed(roads):
    engine = roads.engine()
    assert engine is not None
    # down the one-way street against its direction: round by the next street
    south = engine.route(at(1300, 1500), at(1300, -500), TravelMode.CAR)
    north = engine.route(at(1300, -500), at(1300, 1500), TravelMode.CAR)
    assert north.metres == pytest.approx(2000, abs=60)
    assert south.metres > 2800
    walked = engine.route(at(1300, 1500), at(1300, -500), TravelMode.FOOT)  # a walker may go both ways
    assert walked.metres == pytest.approx(2000, abs=60)


def test_a_unit_off_the_roads_is_snapped_and_the_reasons_say_how_far(river_desk, clock):
    river_desk.report_position("OFF", *at(1700, 0), clock.now - timedelta(minutes=1))  # 400 m off
    number = incident_at(river_desk, 800, 0)
    off = next(c for c in river_desk.read.recommend_units(number) if c.call_sign == "OFF")
    assert off.by_road
    snapped = next(r for r in off.reasons if r.code == "off_road")
    assert 350 <= int(str(snapped.value("metres"))) <= 450


def test_an_incident_far_from_every_road_falls_back_to_the_straight_line(river_desk):
    number = incident_at(river_desk, 9000, 9000)
    ranked = river_desk.read.recommend_units(number)
    assert ranked and not any(c.by_road for c in ranked)
    assert ranked[0].call_sign == "OFF"  # nearest in a straight line
    why = [r for r in ranked[0].reasons if r.code == "straight_line"]
    assert why and why[0].value("why") == "incident_off_network"


def test_a_broken_engine_falls_back_with_one_log_line_and_the_desk_keeps_working(db, clock, tmp_path, caplog):
    roads = RoadService(db, tmp_path / "broken")
    admin = DeskService(db, Principal.for_system("admin"), roads=roads)
    admin.road_network.replace("river.osm", b"this is no routing archive" * 100)
    desk = DeskService(db, Principal.for_system("op"), clock=clock, roads=roads)
    desk.ensure_reference_data()
    desk.add_unit(Unit("EAST", UnitKind.PATROL_CAR, None, crew=["Иванов"]))
    desk.report_position("EAST", *at(1300, -500), clock.now)
    with caplog.at_level(logging.WARNING, logger="dispatch_desk.services.roads"):
        first = desk.read.recommend_units(incident_at(desk, 330, 800))
        second = desk.read.recommend_units(incident_at(desk, 330, 900))
    assert first[0].call_sign == second[0].call_sign == "EAST"
    assert [r.value("why") for r in first[0].reasons if r.code == "straight_line"] == ["routing_failed"]
    lines = [r for r in caplog.records if r.name == "dispatch_desk.services.roads"]
    assert len(lines) == 1 and "straight-line" in lines[0].getMessage()
    assert desk.routes.route(desk.read.open_incidents()[0].number, "EAST") is None


def test_no_road_network_says_so_in_the_reasons(db, clock, tmp_path):
    desk = DeskService(db, Principal.for_system("op"), clock=clock, roads=RoadService(db, tmp_path / "none"))
    desk.ensure_reference_data()
    desk.add_unit(Unit("EAST", UnitKind.PATROL_CAR, None, crew=["Иванов"]))
    desk.report_position("EAST", *at(1300, -500), clock.now)
    best = desk.read.recommend_units(incident_at(desk, 330, 800))[0]
    assert [r.value("why") for r in best.reasons if r.code == "straight_line"] == ["no_network"]


def test_a_route_with_its_turns_and_the_countdown_along_it(river_desk, clock):
    number = incident_at(river_desk, 330, 800)
    route = river_desk.routes.route(number, "WEST", "ru")
    assert route is not None and route.bridges == (BRIDGE,)
    assert len(route.turns) >= 3 and any(BRIDGE in t.instruction for t in route.turns)
    assert route.turns[0].instruction.startswith(("Двигайтесь", "Езжайте", "Поезжайте"))  # Russian words
    left_at_start, off = route.progress(*at(-300, 800))
    assert off < 30 and left_at_start == pytest.approx(route.seconds, rel=0.05)
    left_on_bridge, off = route.progress(*at(0, -1500))
    assert off < 30 and 0 < left_on_bridge < left_at_start * 0.7
    _, off_route = route.progress(*at(-800, 0))  # turned into the wrong street
    assert off_route > 300


def test_coverage_of_the_free_units_and_what_none_reaches(river_desk):
    coverage = river_desk.routes.coverage((5, 10))
    assert coverage is not None
    assert set(coverage.units) == {"WEST", "EAST"}  # OFF stands beyond every road it could drive
    assert coverage.units["EAST"][5]["type"] in ("Polygon", "MultiPolygon")
    assert coverage.uncovered is None or coverage.uncovered_share >= 0.0


def test_a_new_network_reaches_another_process_through_the_feed(db, clock, tmp_path, archive):
    elsewhere = RoadService(db, tmp_path / "elsewhere")
    desk = DeskService(db, Principal.for_system("op"), clock=clock, roads=elsewhere)
    follower = FeedFollower(desk, desk.read.last_feed_seq())
    assert elsewhere.engine() is None and elsewhere.status == "none"
    DeskService(
        db, Principal.for_system("admin"), roads=RoadService(db, tmp_path / "here")
    ).road_network.replace("river.osm", archive)
    assert follower.poll().changes.roads
    assert elsewhere.engine() is not None and elsewhere.status == "roads"
    assert [p.name for p in (tmp_path / "elsewhere").iterdir()] == [
        f"roads-{elsewhere.info().sha256[:20]}.tar"
    ]


def test_an_extract_without_roads_is_refused(tmp_path):
    from dispatch_desk.domain.errors import ValidationError

    empty = tmp_path / "empty.osm"
    empty.write_text('<?xml version="1.0"?><osm version="0.6"><node id="1" lat="54.8" lon="69.1"/></osm>')
    with pytest.raises(ValidationError, match="no roads"):
        build_road_network(empty, tmp_path / "roads.tar")
    hostile = tmp_path / "hostile.osm"
    hostile.write_text("<osm><way id='1'><nd ref='99'/><tag k='highway' v='<script>'/></way></osm>")
    with pytest.raises(ValidationError):
        build_road_network(hostile, tmp_path / "roads.tar")
    garbage = tmp_path / "garbage.osm.pbf"
    garbage.write_bytes(b"\x00\xff" * 5000)
    with pytest.raises(ValidationError):
        build_road_network(garbage, tmp_path / "roads.tar")
    assert not (tmp_path / "roads.tar").exists()
    with pytest.raises(Exception, match="no routing archive"):
        RoadEngine(Path(tmp_path / "missing.tar"))


def test_on_postgresql_every_desk_reads_the_roads_and_only_an_administrator_replaces_them(
    city, clock, tmp_path
):
    from sqlalchemy.engine import make_url

    from dispatch_desk.domain.access import Forbidden
    from tests.support.people import DEMO_PASSWORD
    from tests.support.pg_roles import as_person, connect, one, refused

    db, accounts, _number = city
    operator = accounts.sign_in("operator", DEMO_PASSWORD).principal
    roads = RoadService(accounts.database_for(operator), tmp_path / "operator")
    assert roads.engine() is not None and roads.info().source == "roads.osm"  # the demo city's, read as them
    gate = make_url(accounts.service_role_url("gate"))
    with connect(db, gate.username, gate.password) as sql:  # the workstation before anyone signs in
        assert one(sql, "SELECT count(*) FROM road_networks") == 1
    row = "INSERT INTO road_networks (built_at, built_by, source, sha256, size, archive) VALUES (now(), 'x', 'x.osm', 'x', 1, 'x')"
    for login in ("operator", "shiftlead", "inspector05", "auditor"):
        with as_person(db, login) as sql:
            assert refused(sql, "DELETE FROM road_networks"), login
            assert refused(sql, row), login
            assert refused(sql, "UPDATE road_networks SET archive = 'x'"), login
    with as_person(db, "admin") as sql:
        assert refused(sql, "UPDATE road_networks SET archive = 'x'")  # a replacement is a new row, recorded
    desk = DeskService(accounts.database_for(operator), operator, clock=clock, roads=roads)
    with pytest.raises(Forbidden):
        desk.road_network.replace("mine.osm", b"x")
    admin = accounts.sign_in("admin", DEMO_PASSWORD).principal
    with as_person(db, "admin") as sql:  # an administrator's plain SQL: a damaged archive is refused on use
        sql.execute("DELETE FROM road_networks")
        sql.execute(row)
    fresh = RoadService(accounts.database_for(operator), tmp_path / "fresh")
    assert fresh.engine() is None and fresh.status == "failed"
    assert (
        DeskService(accounts.database_for(admin), admin, clock=clock).road_network.current().source == "x.osm"
    )


def test_in_the_demo_city_the_unit_on_the_incidents_bank_comes_first(db, clock, tmp_path):
    """The README's walk: a fight on the embankment opposite A-72."""
    from dispatch_desk.demo.city import RIVER_INCIDENT, build_demo

    build_demo(db, now=clock.now, days=1)
    desk = DeskService(db, Principal.for_system("op"), clock=clock, roads=RoadService(db, tmp_path / "roads"))
    draft = CallDraft(
        Channel.PHONE, "fight_assault", "драка", "набережная Иртыша", Location.placed(*RIVER_INCIDENT)
    )
    number = desk.create_incident(draft).number
    ranked = {c.call_sign: c for c in desk.read.recommend_units(number, 9)}
    first = desk.read.recommend_units(number, 1)[0]
    assert first.call_sign == "A-71" and first.by_road and first.via == ()
    across = ranked["A-72"]
    assert across.via == ("Южный мост",) and across.eta_s > first.eta_s + 60
    plain = DeskService(db, Principal.for_system("op"), clock=clock).read.recommend_units(number, 1)[0]
    assert plain.call_sign == "A-72"  # the straight line sends the car across the water
    route = desk.routes.route(number, "A-72", "ru")
    assert route is not None and route.bridges == ("Южный мост",) and route.metres > 3000
    desk.report_position("A-72", 52.2640, 76.9143, clock.now - timedelta(hours=2))  # not heard of since
    stale = {c.call_sign: c for c in desk.read.recommend_units(number, 40)}["A-72"]
    assert [r.code for r in stale.reasons][:2] == ["stale_position", "from_post"]  # from 07's service centre


def test_the_intake_follows_a_new_road_network_as_the_desks_do(tmp_path, archive):
    from dispatch_desk.composition import open_services
    from dispatch_desk.config import Settings

    settings = Settings()
    settings.database_url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    services = open_services(settings, build_demo_if_empty=False, first_administrator=False)
    intake = services.app_reports
    assert intake.desk.roads is services.roads and services.roads is not None
    assert services.roads.engine() is None
    waker = intake.follow_changes()
    try:
        admin = DeskService(
            services.db, Principal.for_system("admin"), roads=RoadService(services.db, tmp_path / "x")
        )
        admin.road_network.replace("river.osm", archive)
        deadline = time.monotonic() + 10
        while services.roads.engine() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert services.roads.status == "roads"
    finally:
        waker.stop()
        services.db.dispose()
