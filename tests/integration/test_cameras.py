"""The camera registry end to end: imported from CSV and GeoJSON by an administrator, listed without a
password anywhere, the cameras that see an incident best first, an inspector seeing the home precinct's
only, hostile files refused whole; on PostgreSQL attacked with plain SQL as each role."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from dispatch_desk.cli import main
from dispatch_desk.demo.city import build_demo
from dispatch_desk.store import migrate
from dispatch_desk.store.db import Database
from tests.support.people import DEMO_PASSWORD, act_as

SECRET = "Kx9-never-shown"
CSV = f"""id,name,lat,lon,direction_deg,fov_deg,range_m,stream_url,snapshot_url,ptz,username,password
lermontov-1,Лермонтова / Кутузова,52.2873,76.9662,90,70,150,rtsp://admin:{SECRET}@10.1.0.11:554/h264,,no,,
lermontov-2,<b>Лермонтова</b> двор,52.2880,76.9674,0,90,120,rtsp://10.1.0.12/main,http://10.1.0.12/snap.jpg,no,viewer,{SECRET}
dome-7,Купол у парка,52.2860,76.9690,,,200,rtsps://10.1.0.17/live,,yes,,
far-away,Северная промзона,52.3800,76.9900,0,60,100,rtsp://10.1.0.99/a,,no,,
"""


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def city(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cameras") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_demo(db, now=datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    db.dispose()
    return str(path)


@pytest.fixture(scope="module")
def registry(city, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("files") / "cameras.csv"
    path.write_text(CSV, encoding="utf-8")
    return str(path)


def test_an_administrator_imports_and_nobody_sees_a_password(capsys, monkeypatch, city, registry, caplog):
    act_as(monkeypatch, "admin", DEMO_PASSWORD)
    code, out, _ = run(capsys, "cameras", "import", registry, "--replace", "--db", city)
    assert code == 0 and "4" in out and "2" in out  # four cameras, two with credentials
    act_as(monkeypatch, "operator", DEMO_PASSWORD)
    code, out, err = run(capsys, "cameras", "list", "--db", city)
    assert code == 0 and "rtsp://10.1.0.11:554/h264" in out and SECRET not in out + err
    code, out, _ = run(capsys, "cameras", "list", "--json", "--db", city)
    listed = {c["id"]: c for c in json.loads(out)}
    assert SECRET not in out and "admin" not in listed["lermontov-1"]["stream_url"]
    assert listed["lermontov-2"]["name"] == "<b>Лермонтова</b> двор"  # text, never markup
    assert listed["lermontov-1"]["precinct"] == "05" and listed["far-away"]["precinct"] == "10"
    assert SECRET not in caplog.text


def test_the_cameras_that_see_an_incident_best_first(capsys, monkeypatch, city, registry):
    from dispatch_desk.domain.access import Principal
    from dispatch_desk.domain.enums import Channel
    from dispatch_desk.domain.values import Location
    from dispatch_desk.services.desk import CallDraft, DeskService

    act_as(monkeypatch, "admin", DEMO_PASSWORD)
    run(capsys, "cameras", "import", registry, "--replace", "--db", city)
    desk = DeskService(Database(f"sqlite:///{city}"), Principal.for_system("test"))
    number = desk.create_incident(
        CallDraft(Channel.PHONE, "theft", "", "улица Лермонтова", Location.placed(52.2873, 76.9674))
    ).number
    act_as(monkeypatch, "operator", DEMO_PASSWORD)
    code, out, _ = run(capsys, "cameras", "near", number, "--json", "--db", city)
    near = json.loads(out)
    assert code == 0 and [c["id"] for c in near] == ["lermontov-1", "dome-7", "lermontov-2"]
    assert near[0]["looks_at_place"] and near[1]["looks_at_place"] and not near[2]["looks_at_place"]
    assert 70 <= near[0]["distance_m"] <= 90
    code, out, _ = run(capsys, "cameras", "near", number, "--lang", "ru", "--db", city)
    assert code == 0 and "lermontov-1" in out
    act_as(monkeypatch, "inspector05", DEMO_PASSWORD)  # precinct 05: these are its cameras
    code, out, _ = run(capsys, "cameras", "list", "--json", "--db", city)
    assert {c["precinct"] for c in json.loads(out)} == {"05"}
    act_as(monkeypatch, "operator", DEMO_PASSWORD)
    code, _, err = run(capsys, "cameras", "import", registry, "--db", city)
    assert code != 0 and "administrator" in err
    act_as(monkeypatch, "admin", DEMO_PASSWORD)
    assert run(capsys, "cameras", "remove", "far-away", "--db", city)[0] == 0
    code, _, err = run(capsys, "cameras", "remove", "far-away", "--db", city)
    assert code != 0 and "no camera far-away" in err


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (
            "id,name,lat,lon,stream_url\nx,X,95,76.9,rtsp://h/a\ny,Y,52,east,rtsp://h/b\n",
            "bad.csv",
            "row 2: lat",
        ),
        ("id,name,lat,lon,stream_url\nx,X,52,76.9,javascript:alert(1)\n", "script.csv", "rtsp://"),
        (
            "id,name,lat,lon,stream_url\nx,X,52,76.9,rtsp://h/a\nx,X,52,76.9,rtsp://h/a\n",
            "twice.csv",
            "twice",
        ),
        ("name,lat\nX,52\n", "noid.csv", "name the columns"),
        ('{"type": "FeatureCollection", "features": [{"geometry": null}]}', "broken.geojson", "id"),
        ("[" * 100_000, "deep.geojson", "not JSON"),
        (b"\xff\xfe\x00\x01", "binary.csv", "not UTF-8"),
    ],
)
def test_a_hostile_registry_file_is_refused_whole(
    capsys, monkeypatch, city, tmp_path, content, name, expected
):
    act_as(monkeypatch, "admin", DEMO_PASSWORD)
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    before = run(capsys, "cameras", "list", "--json", "--db", city)[1]
    code, _, err = run(capsys, "cameras", "import", str(path), "--db", city)
    assert code != 0 and expected in err and len(err.strip().splitlines()) == 1
    assert run(capsys, "cameras", "list", "--json", "--db", city)[1] == before  # nothing imported


def test_a_huge_registry_file_is_refused_before_it_is_read(capsys, monkeypatch, city, tmp_path):
    act_as(monkeypatch, "admin", DEMO_PASSWORD)
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.truncate(60_000_000)
    code, _, err = run(capsys, "cameras", "import", str(path), "--db", city)
    assert code != 0 and "at most 50 MB" in err


def test_on_postgresql_only_administrators_manage_cameras_and_no_one_reads_a_password_back(
    pg_database, clock, tmp_path
):
    from dispatch_desk.domain.access import Principal
    from dispatch_desk.geo.camera_import import read_cameras
    from dispatch_desk.services.desk import DeskService
    from tests.conftest import _truncate
    from tests.support.pg_roles import as_person, one, refused

    _truncate(pg_database)
    build_demo(pg_database, now=clock.now, days=1)
    path = tmp_path / "cameras.csv"
    path.write_text(CSV, encoding="utf-8")
    admin = DeskService(pg_database, Principal.for_system("admin"))
    admin.cameras.import_cameras(read_cameras(path), replace=True)  # these four, not the demo's sixty
    with as_person(pg_database, "operator") as sql:
        assert one(sql, "SELECT count(*) FROM cameras") == 4
        assert one(sql, "SELECT count(*) FROM camera_secrets") == 2  # the desk's player opens the stream
        assert refused(sql, "DELETE FROM cameras")
        assert refused(sql, "INSERT INTO camera_secrets VALUES ('dome-7', 'x', 'y')")
    with as_person(pg_database, "inspector05") as sql:
        assert one(sql, "SELECT count(*) FROM cameras") == 3  # precinct 05's only
        assert one(sql, "SELECT count(*) FROM camera_secrets") == 2
    with as_person(pg_database, "admin") as sql:
        assert refused(sql, "SELECT password FROM camera_secrets")
        assert one(sql, "SELECT count(camera_id) FROM camera_secrets") == 2
        assert refused(sql, "UPDATE cameras SET stream_url = 'rtsp://evil/x'")
    for login in ("auditor", "shiftlead"):
        with as_person(pg_database, login) as sql:
            assert refused(sql, "UPDATE camera_secrets SET password = 'x'"), login
    with as_person(pg_database, "auditor") as sql:
        assert refused(sql, "SELECT password FROM camera_secrets")


def test_the_demo_city_has_cameras_at_its_crossings_and_by_the_river(db, clock):
    from dispatch_desk.demo.city import RIVER_INCIDENT
    from dispatch_desk.domain.access import Principal
    from dispatch_desk.domain.enums import Channel
    from dispatch_desk.domain.values import Location
    from dispatch_desk.services.desk import CallDraft, DeskService

    build_demo(db, now=clock.now, days=1)
    desk = DeskService(db, Principal.for_system("op"), clock=clock)
    cameras = desk.cameras.all()
    assert len(cameras) == 60 and {c.stream_url for c in cameras} == {"rtsp://127.0.0.1:8554/demo"}
    assert all(c.precinct for c in cameras)
    draft = CallDraft(
        Channel.PHONE, "fight_assault", "", "набережная Иртыша", Location.placed(*RIVER_INCIDENT)
    )
    near = desk.cameras.near(desk.create_incident(draft).number)
    assert (
        [s.camera.id for s in near[:2]] == ["embankment-1", "embankment-2"]
        and near[0].looks
        and near[1].looks
    )
