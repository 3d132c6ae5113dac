"""The camera registry's rows and geometry: credentials taken out of every URL and kept apart, hostile and
malformed values refused with a clear message, which cameras look at a place, and the index agreeing with
a scan of all."""

from __future__ import annotations

import random

import pytest

from dispatch_desk.domain.cameras import Camera, best_first, split_credentials
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.geo.camera_index import CameraIndex

CROSSING = (52.2873, 76.9674)


def row(**values) -> dict:
    base = {"id": "cam-1", "name": "Торайгырова / Сатпаева", "lat": "52.2873", "lon": "76.9674"}
    return {**base, "stream_url": "rtsp://10.0.0.5:554/stream1", **values}


def test_credentials_leave_the_url_and_are_kept_apart():
    camera, secret = Camera.parse(row(stream_url="rtsp://admin:s3cr%40t@10.0.0.5:554/stream1?ch=1"))
    assert camera.stream_url == "rtsp://10.0.0.5:554/stream1?ch=1"
    assert (secret.username, secret.password) == ("admin", "s3cr@t")
    assert "s3cr" not in repr(secret) and "s3cr" not in str(camera.summary())
    _, given = Camera.parse(
        row(username="viewer", password="pw", snapshot_url="http://u:x@10.0.0.5/snap.jpg")
    )
    assert (given.username, given.password) == ("viewer", "pw")  # the columns win over a URL's
    assert split_credentials("", "snapshot_url", ("http",))[0] == ""


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"lat": "91"}, "lat must lie between"),
        ({"lon": "east"}, "lon must be a number"),
        ({"lat": "nan"}, "lat must lie between"),
        ({"stream_url": "http://10.0.0.5/live"}, "rtsp://"),
        ({"stream_url": "rtsp://10.0.0.5:port/x"}, "not a URL"),
        ({"stream_url": ""}, "stream_url is required"),
        ({"id": "<script>"}, "letters, digits"),
        ({"id": "x" * 65}, "too long"),
        ({"range_m": "50000"}, "range_m must lie between"),
        ({"fov_deg": "0"}, "fov_deg must lie between"),
        ({"ptz": "maybe"}, "ptz must be yes or no"),
        ({"name": "n" * 201}, "name is too long"),
    ],
)
def test_bad_values_are_refused_with_a_clear_message(values, message):
    with pytest.raises(ValidationError, match=message):
        Camera.parse(row(**values))


def test_html_in_a_name_stays_text_and_control_characters_go():
    camera, _ = Camera.parse(row(name="<img src=x onerror=alert(1)>\x00 угол"))
    assert camera.name == "<img src=x onerror=alert(1)> угол"


def test_which_cameras_look_at_a_place():
    east = Camera.parse(row(id="east", direction_deg="90", fov_deg="60", range_m="150"))[0]  # looks east
    place = (CROSSING[0], CROSSING[1] + 80 / 68_100)  # 80 m east of the cameras
    assert east.view(*place)[1] and east.view(*place)[0] == pytest.approx(80, abs=3)
    west = Camera.parse(row(id="west", direction_deg="270", fov_deg="60"))[0]
    assert not west.view(*place)[1]  # its back to the place
    ptz = Camera.parse(row(id="ptz", direction_deg="270", fov_deg="60", ptz="yes"))[0]
    assert ptz.view(*place)[1]  # it turns
    short = Camera.parse(row(id="short", range_m="50"))[0]  # the place is out of its range
    sights = best_first([west, short, ptz, east], *place)
    assert [s.camera.id for s in sights] == ["east", "ptz", "west"]  # looking first, then the nearest
    assert sights[2].looks is False and sights[0].summary()["looks_at_place"] is True


def test_the_index_answers_as_a_scan_of_all():
    rng = random.Random(7)
    cameras = [
        Camera.parse(
            row(
                id=f"c{n}",
                lat=str(52.25 + rng.random() * 0.08),
                lon=str(76.90 + rng.random() * 0.12),
                direction_deg=str(rng.uniform(0, 360)),
                fov_deg=str(rng.choice([45, 60, 90, 360])),
                range_m=str(rng.choice([60, 100, 200, 400])),
                ptz=rng.random() < 0.1,
            )
        )[0]
        for n in range(5000)
    ]
    index = CameraIndex(cameras)
    for _ in range(200):
        place = (52.25 + rng.random() * 0.08, 76.90 + rng.random() * 0.12)
        fast = [(s.camera.id, s.looks) for s in index.near(*place, limit=10)]
        slow = [(s.camera.id, s.looks) for s in best_first(cameras, *place, limit=10)]
        assert fast == slow
    assert CameraIndex([]).near(*CROSSING) == []
