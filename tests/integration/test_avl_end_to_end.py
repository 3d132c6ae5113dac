"""As the README tells it: the shift lead binds trackers to units with ``units device``, ``dispatch-desk avl``
runs as its own process, and a Wialon device, a Teltonika device and Traccar Client move their units."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import text

from dispatch_desk.avl import encode
from dispatch_desk.cli import main
from dispatch_desk.demo.city import build_demo
from dispatch_desk.domain.fixes import Fix, Source
from dispatch_desk.store import migrate
from dispatch_desk.store.db import Database
from tests.support.people import DEMO_PASSWORD, act_as

WIALON, TELTONIKA, PHONE = "42001300083", "356307042441013", "officer-7"


@pytest.fixture
def city(tmp_path):
    path = tmp_path / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_demo(db, days=1)
    db.dispose()
    return f"sqlite:///{path}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_shift_lead_binds_trackers_and_reads_them_back(city, capsys, monkeypatch):
    act_as(monkeypatch, "shiftlead", DEMO_PASSWORD)
    assert main(["units", "device", "add", "A-11", "--id", WIALON, "--protocol", "wialon", "--db", city]) == 0
    assert "A-11" in capsys.readouterr().err
    assert main(["units", "device", "add", "A-12", "--id", WIALON, "--protocol", "wialon", "--db", city]) == 1
    assert "already in a unit" in capsys.readouterr().err
    for hostile in ("x" * 65, "a\nb", " "):  # too long, a line break, nothing
        assert (
            main(["units", "device", "add", "A-12", "--id", hostile, "--protocol", "osmand", "--db", city])
            == 1
        )
        assert "printable characters" in capsys.readouterr().err
    assert main(["units", "device", "list", "--json", "--db", city]) == 0
    assert [(b["unit"], b["device"]) for b in json.loads(capsys.readouterr().out)] == [("A-11", WIALON)]
    assert main(["units", "device", "remove", WIALON, "--db", city, "--lang", "ru"]) == 0
    assert "больше не" in capsys.readouterr().err
    assert main(["units", "device", "list", "--history", "--db", city]) == 0
    assert "A-11" in capsys.readouterr().out
    act_as(monkeypatch, "operator", DEMO_PASSWORD)  # an operator may not
    assert main(["units", "device", "add", "A-12", "--id", "x1", "--protocol", "osmand", "--db", city]) == 1
    capsys.readouterr()


def test_trackers_move_their_units_through_the_units_server(city, monkeypatch, tmp_path):
    act_as(monkeypatch, "shiftlead", DEMO_PASSWORD)
    for unit, device, protocol in (
        ("A-11", WIALON, "wialon"),
        ("A-12", TELTONIKA, "teltonika"),
        ("A-21", PHONE, "osmand"),
    ):
        assert (
            main(["units", "device", "add", unit, "--id", device, "--protocol", protocol, "--db", city]) == 0
        )
    ports = [free_port() for _ in range(3)]
    env = {**os.environ, "DISPATCH_DESK_DB": city, "DISPATCH_DESK_CONFIG_DIR": str(tmp_path)}
    args = ["--wialon-port", str(ports[0]), "--teltonika-port", str(ports[1]), "--osmand-port", str(ports[2])]
    server = subprocess.Popen(
        [sys.executable, "-m", "dispatch_desk", "avl", "--host", "127.0.0.1", *args],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not _listening(ports[2]):
            assert server.poll() is None, server.stderr.read() if server.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.1)
        now = datetime.now(UTC).replace(microsecond=0)
        where = {"A-11": (52.29, 76.97), "A-12": (52.28, 76.95), "A-21": (52.27, 76.94)}
        with socket.create_connection(("127.0.0.1", ports[0])) as device:
            device.sendall(encode.wialon_login(WIALON))
            assert device.recv(64) == b"#AL#1\r\n"
            device.sendall(
                encode.wialon_data(Fix(WIALON, now, *where["A-11"], Source.WIALON, speed_kmh=40.0))
            )
            assert device.recv(64) == b"#AD#1\r\n"
        with socket.create_connection(("127.0.0.1", ports[1])) as device:
            device.sendall(encode.teltonika_login(TELTONIKA))
            assert device.recv(1) == b"\x01"
            fix = Fix(TELTONIKA, now, *where["A-12"], Source.TELTONIKA, satellites=9)
            device.sendall(encode.teltonika_packet([fix]))
            assert device.recv(4) == b"\0\0\0\x01"
        phone = Fix(PHONE, now, *where["A-21"], Source.OSMAND)
        assert (
            httpx.get(f"http://127.0.0.1:{ports[2]}/", params=encode.osmand_query(phone)).status_code == 200
        )
    finally:
        server.terminate()
        server.wait(10)
    db = Database(city)
    with db.reading() as session:
        moved = dict(
            session.execute(
                text("SELECT u.call_sign, p.lat FROM unit_positions p JOIN units u ON u.id = p.unit_id")
            ).all()
        )
    db.dispose()
    assert moved == pytest.approx({unit: lat for unit, (lat, _lon) in where.items()}, abs=1e-5)


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_the_demo_patrols_report_every_unit_through_the_three_protocols(city, monkeypatch, tmp_path, capsys):
    ports = [free_port() for _ in range(3)]
    env = {**os.environ, "DISPATCH_DESK_DB": city, "DISPATCH_DESK_CONFIG_DIR": str(tmp_path)}
    args = ["--wialon-port", str(ports[0]), "--teltonika-port", str(ports[1]), "--osmand-port", str(ports[2])]
    server = subprocess.Popen(
        [sys.executable, "-m", "dispatch_desk", "avl", "--host", "127.0.0.1", *args], env=env, text=True
    )
    try:
        deadline = time.monotonic() + 30
        while not _listening(ports[2]):
            assert server.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        act_as(monkeypatch, "shiftlead", DEMO_PASSWORD)
        db = Database(city)
        with db.reading() as session:  # the demo binds the units' trackers the three protocols in turn
            first = list(session.execute(text("SELECT call_sign FROM units ORDER BY call_sign")).scalars())[
                :3
            ]
        db.dispose()
        panic = [arg for call_sign in first for arg in ("--panic", call_sign)]
        assert (
            main(["demo-patrols", *args, "--seconds", "3", "--db", city, *panic, "--panic-after", "1"]) == 0
        )
    finally:
        server.terminate()
        server.wait(10)
    capsys.readouterr()
    db = Database(city)
    with db.reading() as session:
        units = session.execute(text("SELECT count(*) FROM units")).scalar_one()
        moved = session.execute(text("SELECT count(*) FROM unit_positions")).scalar_one()
        protocols = set(session.execute(text("SELECT DISTINCT protocol FROM unit_fixes")).scalars())
        alarms = session.execute(
            text("SELECT u.call_sign, a.protocol FROM unit_alarms a JOIN units u ON u.id = a.unit_id")
        ).all()
    db.dispose()
    assert moved == units == 42 and protocols == {"wialon", "teltonika", "osmand"}
    # each protocol's panic input, through its own bytes, raised an officer-in-danger alarm
    assert sorted(alarms) == sorted(zip(first, ("wialon", "teltonika", "osmand"), strict=True))


def test_a_units_track_by_period_as_json_and_gpx_and_who_read_it(city, capsys, monkeypatch, tmp_path):
    from dispatch_desk.domain.access import Principal
    from dispatch_desk.services.tracking import TrackerIntake, UnitTrackers

    db = Database(city)
    UnitTrackers(db, Principal.for_system("lead")).bind("A-11", TELTONIKA, Source.TELTONIKA)
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1)  # newer than the demo's positions
    intake = TrackerIntake(db, clock=lambda: start + timedelta(minutes=1))
    for n in range(5):
        fix = Fix(
            TELTONIKA, start + timedelta(seconds=n * 10), 52.2873 + n * 0.0002, 76.9674, Source.TELTONIKA
        )
        intake.take([fix])
    act_as(monkeypatch, "shiftlead", DEMO_PASSWORD)
    since, until = (start - timedelta(minutes=1)).isoformat(), (start + timedelta(minutes=1)).isoformat()
    window = ["--from", since, "--to", until, "--db", city]
    assert main(["units", "track", "A-11", *window, "--json"]) == 0
    track = json.loads(capsys.readouterr().out)
    assert [round(p["lat"], 4) for p in track] == [52.2873, 52.2875, 52.2877, 52.2879, 52.2881]
    gpx = tmp_path / "a11.gpx"
    assert main(["units", "track", "A-11", *window, "--gpx", str(gpx)]) == 0
    assert (
        gpx.read_text().count("<trkpt") == 5
        and 'xmlns="http://www.topografix.com/GPX/1/1"' in gpx.read_text()
    )
    assert main(["units", "list", "--json", "--db", city]) == 0
    a11 = next(u for u in json.loads(capsys.readouterr().out) if u["call_sign"] == "A-11")
    assert (
        round(a11["lat"], 4) == 52.2881 and a11["position_at"] == (start + timedelta(seconds=40)).isoformat()
    )
    with db.reading() as session:
        looked = session.execute(
            text("SELECT kind, subject FROM access_log WHERE kind = 'track_viewed'")
        ).all()
    db.dispose()
    assert looked and all(subject == "unit A-11" for _kind, subject in looked)
    backwards = ["--from", until, "--to", since, "--db", city]
    assert main(["units", "track", "A-11", *backwards]) == 1
    assert "ends after it starts" in capsys.readouterr().err
    act_as(monkeypatch, "operator", DEMO_PASSWORD)  # an operator may not read where a unit drove
    assert main(["units", "track", "A-11", *window]) == 1
    capsys.readouterr()
