"""The cameras dock with a real camera: GStreamer's RTSP server on loopback (scripts/test_camera.py, an
H.264 test pattern behind a user and password) plays in the desk's tiles; a snapshot goes into the
incident with the pattern's colours; the password is never on screen; opening, closing (with how long)
and the snapshot are access lines; a camera that does not answer says so; a stream that stops comes back."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from sqlalchemy import text

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.cameras import Camera, Credentials
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft, DeskService
from tests.support.desk_window import demo_desk

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
PLACE = (52.2873, 76.9674)
PASSWORD = "p@ss w0rd"
# SMPTE bars across the upper part of the picture: white, yellow, cyan, green, magenta, red, blue
BAR_COLOURS = ("#ffffff", "#ffff00", "#00ffff", "#00ff00", "#ff00ff", "#ff0000", "#0000ff")
BARS = [
    (0.07 + n * 0.143, tuple(int(c[i : i + 2], 16) for i in (1, 3, 5))) for n, c in enumerate(BAR_COLOURS)
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_camera(port: int, *extra: str) -> subprocess.Popen:
    camera = subprocess.Popen(
        ["/usr/bin/python3", str(ROOT / "scripts" / "test_camera.py"), str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert camera.stdout is not None and camera.stdout.readline().strip() == "ready", (
        "the test camera did not start"
    )
    return camera


@pytest.fixture
def camera_city(sqlite_city):
    port = free_port()
    camera = start_camera(port, "--user", "viewer", "--password", PASSWORD)
    desk = DeskService(sqlite_city, Principal.for_system("test-setup"))
    west = (PLACE[0], PLACE[1] - 0.0012)  # 80 m west of the place, looking east at it
    crossing = Camera(
        "crossing", "Лермонтова / Кутузова", *west, f"rtsp://127.0.0.1:{port}/test", 90, 70, 150
    )
    dead = Camera("dead", "Пустой столб", PLACE[0] + 0.0005, PLACE[1], f"rtsp://127.0.0.1:{free_port()}/x")
    locked = Camera("locked", "Чужой пароль", PLACE[0] - 0.0004, PLACE[1], crossing.stream_url)
    registry = [
        (crossing, Credentials("viewer", PASSWORD)),
        (dead, Credentials()),
        (locked, Credentials("viewer", "wrong")),
    ]
    desk.cameras.import_cameras(registry, replace=True)  # only these: not the demo city's
    number, other = (
        desk.create_incident(CallDraft(Channel.PHONE, "theft", "", "", Location.placed(*where))).number
        for where in (PLACE, (52.30, 77.00))  # the second, to turn to: no camera there
    )
    yield sqlite_city, (number, other), camera, port
    camera.kill()
    camera.wait()


def colour(image: QImage, x: float) -> tuple[int, int, int]:
    pixel = image.pixelColor(int(image.width() * x), int(image.height() * 0.3))
    return pixel.red(), pixel.green(), pixel.blue()


def test_a_live_camera_plays_a_snapshot_goes_into_the_incident_and_every_look_is_logged(qtbot, camera_city):
    db, (number, other), camera, port = camera_city
    with demo_desk(qtbot, db, "operator") as window:
        window.selection.select_incident(number)
        qtbot.waitUntil(lambda: window.now.selected_number == number, timeout=10_000)
        window.desk_actions.actions["cameras"].trigger()
        tiles = window.cameras.tiles
        qtbot.waitUntil(
            lambda: {t.camera_id for t in tiles} >= {"crossing", "dead", "locked"}, timeout=10_000
        )
        refused = next(t for t in tiles if t.camera_id == "locked")  # a wrong password: no picture, and why
        live = next(t for t in tiles if t.camera_id == "crossing")
        dead = next(t for t in tiles if t.camera_id == "dead")
        qtbot.waitUntil(lambda: live.frames > 3, timeout=20_000)
        assert live.camera_id == "crossing" and "Лермонтова" in live.title.text()
        for shown in (live.title.text(), live.status.text(), dead.title.text()):
            assert PASSWORD not in shown and "p%40ss" not in shown
        qtbot.waitUntil(
            lambda: "does not answer" in dead.status.text() or "lost" in dead.status.text(), timeout=15_000
        )
        qtbot.waitUntil(lambda: "lost" in refused.status.text() and refused.frames == 0, timeout=15_000)
        window.desk_actions.actions["camera_snapshot"].trigger()
        desk = window.now.desk

        def snapshot():
            photos = [
                a
                for a in desk.read.incident(number).attachments
                if a.original_name.startswith("camera crossing")
            ]
            return photos[0] if photos else None

        qtbot.waitUntil(lambda: snapshot() is not None, timeout=10_000)
        image = QImage(str(desk.media_file(number, snapshot().sha256)))
        for x, (r, g, b) in BARS:
            got = colour(image, x)
            assert all(abs(a - b_) < 60 for a, b_ in zip(got, (r, g, b), strict=True)), (x, got)
        camera.kill()  # the stream stops mid-view: the tile says so and connects again
        camera.wait()
        qtbot.waitUntil(lambda: "again" in live.status.text(), timeout=20_000)
        restarted = start_camera(port, "--user", "viewer", "--password", PASSWORD)
        try:
            frames = live.frames
            qtbot.waitUntil(lambda: live.status.text() == "Live" and live.frames > frames, timeout=30_000)
        finally:
            restarted.kill()
            restarted.wait()
        window.selection.select_incident(other)
        qtbot.waitUntil(lambda: live.camera_id is None, timeout=10_000)
    with db.engine.connect() as connection:
        lines = connection.execute(
            text("SELECT kind, subject, detail FROM access_log WHERE kind LIKE 'camera%' ORDER BY id")
        ).all()
    kinds = [(k, s) for k, s, _ in lines]
    assert ("camera_opened", "crossing") in kinds and ("camera_snapshot", "crossing") in kinds
    closed = [d for k, s, d in lines if k == "camera_closed" and s == "crossing"]
    assert closed and closed[-1].endswith(" s") and int(closed[-1].split()[0]) >= 1


def test_the_cameras_of_an_inspector_are_the_home_precincts(qtbot, camera_city):
    db, _numbers, _camera, _port = camera_city
    with demo_desk(qtbot, db, "inspector05") as window:
        cameras = window.now.desk.cameras.all()
        assert {c.precinct for c in cameras} == {"05"} and {c.id for c in cameras} == {
            "crossing",
            "dead",
            "locked",
        }
        assert window.desk_actions.actions["cameras"].isEnabled()


def test_the_cameras_view_cones_on_the_map_with_the_incidents_cameras_stronger(qtbot, sqlite_city):
    from tests.support.desk_window import map_desk, wait_map

    desk = DeskService(sqlite_city, Principal.for_system("test-setup"))
    number = desk.create_incident(
        CallDraft(Channel.PHONE, "fight_assault", "", "набережная Иртыша", Location.placed(52.2650, 76.9255))
    ).number
    with map_desk(qtbot, sqlite_city, "shiftlead") as window:
        window.selection.select_incident(number)
        window.desk_actions.actions["camera_cones"].trigger()
        seen = wait_map(
            qtbot,
            window,
            lambda look: look["cones"] == 60 and bool(look["highlighted"]),
            "desk.camerasLook()",
            20_000,
        )
        assert seen["highlighted"] == ["embankment-1", "embankment-2"]  # the demo's river scene
        window.desk_actions.actions["camera_cones"].trigger()
        wait_map(qtbot, window, lambda look: look["cones"] == 0, "desk.camerasLook()")
