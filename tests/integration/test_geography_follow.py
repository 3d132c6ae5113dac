"""A precinct or address import on one workstation reaches a running intake server (another process)
through the change feed, without a restart."""

from __future__ import annotations

import time

import httpx

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.entities import Precinct, Street
from dispatch_desk.services.app_reports import IntakeService
from dispatch_desk.store.media_files import MediaStore
from tests.support.intake import start_intake_process


def square(code: str, lon0: float, lat0: float, size: float = 0.01) -> Precinct:
    ring = [[lon0, lat0], [lon0 + size, lat0], [lon0 + size, lat0 + size], [lon0, lat0 + size], [lon0, lat0]]
    return Precinct(code, code, code, code, {"type": "Polygon", "coordinates": [ring]})


def post(url: str, key: str, **fields) -> dict:
    answer = httpx.post(
        f"{url}/v2/requests.json", data={"api_key": key, "service_code": "theft", **fields}, timeout=10
    )
    assert answer.status_code == 201, answer.text
    return answer.json()[0]


def test_imports_elsewhere_reach_a_running_intake_server(db, desk, tmp_path):
    desk.import_precincts([square("01", 76.90, 52.28)])
    _, key = IntakeService(desk, MediaStore(tmp_path / "media")).create_api_key(
        "102-app", 1_000_000, by=Principal.for_system("admin")
    )
    process, url = start_intake_process(db.url, tmp_path / "media")
    try:
        first = post(url, key, lat="52.285", long="76.905")
        assert desk.read.incident(first["service_request_id"]).precinct == "01"
        # Another workstation replaces the precincts and the address data.
        desk.import_precincts([square("77", 76.90, 52.28)], replace=True)
        street = Street(
            "улица Новая",
            "Жаңа көшесі",
            "Novaya street",
            {"type": "LineString", "coordinates": [[76.901, 52.281], [76.909, 52.289]]},
            1,
            99,
        )
        desk.replace_gazetteer(
            [street],
            [
                {
                    "street_name": "улица Новая",
                    "housenumber": "5",
                    "lat": 52.2835,
                    "lon": 76.9035,
                    "source": "test",
                    "source_id": "1",
                }
            ],
        )
        # The two imports are two changes; the server may pick them up in two polls, so wait for both.
        deadline = time.monotonic() + 10
        while True:
            incident = desk.read.incident(post(url, key, lat="52.285", long="76.905")["service_request_id"])
            by_address = desk.read.incident(post(url, key, address_string="Новая 5")["service_request_id"])
            followed = incident.precinct == "77" and by_address.location is not None
            if followed or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert incident.precinct == "77"
        assert by_address.location is not None and by_address.precinct == "77"
    finally:
        process.terminate()
        process.wait(10)


def test_a_desk_following_the_feed_drops_its_geography_and_categories_when_another_changes_them(db, desk):
    from dispatch_desk.domain.entities import Category
    from dispatch_desk.domain.enums import Priority
    from dispatch_desk.services.desk import DeskService
    from dispatch_desk.services.feed_follow import FeedFollower

    desk.import_precincts([square("01", 76.90, 52.28)])
    other = DeskService(db, Principal.for_system("op-second"))  # another workstation, with caches of its own
    follower = FeedFollower(other, other.read.last_feed_seq())
    assert other.geo.locate(52.285, 76.905) == "01" and other.read.category("theft") is not None
    desk.import_precincts([square("77", 76.90, 52.28)], replace=True)
    desk.save_category(Category("graffiti", Priority.NO_URGENCY, "Graffiti", "Граффити", "Граффити"))
    assert other.geo.locate(52.285, 76.905) == "01"  # still its copy
    batch = follower.poll()
    assert batch.changes.precincts and batch.changes.categories
    assert other.geo.locate(52.285, 76.905) == "77" and other.read.category("graffiti") is not None
