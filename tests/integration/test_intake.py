"""The intake server over real HTTP, on SQLite and PostgreSQL: Open311 GeoReport v2, keys, media, replies."""

from __future__ import annotations

import json
import random
import threading
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import text

from dispatch_desk.demo.simulator import photo, voice_message
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import AttachmentKind, Channel, LocationSource
from dispatch_desk.intake.app import MB, IntakeLimits, create_app
from dispatch_desk.services.app_reports import IntakeService
from dispatch_desk.services.desk import CallDraft
from dispatch_desk.store.media_files import MediaStore
from tests.support.intake import ServerThread, app_key, unlimited_senders

CENTRE = (52.2873, 76.9674)  # Pavlodar, inside the demo precincts
LIMITS = unlimited_senders(IntakeLimits(max_file_bytes=512 * 1024, max_report_bytes=1 * MB, max_files=3))


@pytest.fixture
def server(intake):
    with ServerThread(create_app(intake, LIMITS)) as running:
        yield running


@pytest.fixture
def key(intake) -> str:
    return app_key(intake)


@pytest.fixture
def client(server):
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def report(key: str, **extra: str) -> dict[str, str]:
    fields = {
        "api_key": key,
        "service_code": "theft",
        "lat": str(CENTRE[0]),
        "long": str(CENTRE[1]),
        "description": "Украли велосипед из подъезда",
    }
    fields.update(extra)
    return fields


def test_services_are_the_categories_in_the_asked_language(client):
    answer = client.get("/v2/services.json", headers={"Accept-Language": "kk"})
    assert answer.status_code == 200
    services = {s["service_code"]: s for s in answer.json()}
    assert services["theft"]["service_name"] == "Ұрлық"
    assert services["theft"]["metadata"] is True and services["theft"]["type"] == "realtime"
    definition = client.get("/v2/services/theft.json").json()
    assert {a["code"] for a in definition["attributes"]} == {"report_id", "video_call", "gps_accuracy_m"}
    assert client.get("/v2/services/nope.json").status_code == 404


def test_form_post_as_the_specification_shows_it_becomes_an_app_incident(client, key, desk):
    # The body of the GeoReport v2 "POST Service Request" example, with this server's service code.
    body = (
        f"api_key={key}&service_code=theft&lat=52.2873&long=76.9674"
        "&address_string=1234+5th+street&email=smit222%40sfgov.edu&device_id=tt222111"
        "&account_id=123456&first_name=john&last_name=smith&phone=111111111"
        "&description=A+large+sinkhole+is+destroying+the+street&media_url=http%3A%2F%2Ffarm3.static.flickr.com%2F2002%2F2212426634_5ed477a060.jpg"
    )
    answer = client.post(
        "/v2/requests.json", content=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert answer.status_code == 201, answer.text
    [receipt] = answer.json()
    number = receipt["service_request_id"]
    assert answer.headers["location"] == f"/v2/requests/{number}.json"
    assert receipt["account_id"] == "123456"
    incident = desk.read.incident(number)
    assert incident.channel is Channel.APP
    assert incident.location.source is LocationSource.GPS
    assert (incident.location.lat, incident.location.lon) == CENTRE
    assert incident.precinct is not None
    assert incident.caller.name == "john smith" and incident.caller.app_user_id == "123456"
    assert incident.address == "1234 5th street"
    assert incident.priority == 3  # theft's default
    # The phone "111111111" is not a possible number: kept in the text, the report is not refused.
    assert "(phone as sent: 111111111)" in incident.description
    assert [e.kind for e in desk.read.feed_after(0) if e.entity == "incident"][-1] == "incident.created"


def test_form_text_in_raw_utf8_reads_as_sent_and_other_bytes_are_refused(client, key, desk):
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    text = "Муж бьёт жену, кв. 45 — Күйеуі ұрып жатыр"
    raw = (
        f"api_key={key}&service_code=domestic_conflict&lat=52.2873&long=76.9674&description=".encode()
        + text.encode()
    )
    answer = client.post(
        "/v2/requests.json", content=raw, headers=form
    )  # as curl -d sends it: not percent-encoded
    assert answer.status_code == 201, answer.text
    assert desk.read.incident(answer.json()[0]["service_request_id"]).description == text
    escaped = f"api_key={key}&service_code=theft&lat=52.2873&long=76.9674&description=%D0%9A%D1%80%D0%B0%D0%B6%D0%B0"
    answer = client.post("/v2/requests.json", content=escaped.encode(), headers=form)
    assert (
        answer.status_code == 201
        and desk.read.incident(answer.json()[0]["service_request_id"]).description == "Кража"
    )
    before = len(desk.read.recent_incidents(1000))
    for bad in (b"\xff\xfe", b"%FF%FE", "Кража".encode("cp1251")):
        body = f"api_key={key}&service_code=theft&lat=52.2873&long=76.9674&description=".encode() + bad
        answer = client.post("/v2/requests.json", content=body, headers=form)
        assert answer.status_code == 400 and "UTF-8" in answer.json()[0]["description"], answer.text
    many = "&".join(f"f{n}=x" for n in range(150))
    answer = client.post("/v2/requests.json", content=f"api_key={key}&{many}".encode(), headers=form)
    assert answer.status_code == 400 and "more than 100 fields" in answer.json()[0]["description"]
    assert len(desk.read.recent_incidents(1000)) == before  # nothing stored from a refused body


def test_json_post_with_attributes(client, key, desk):
    answer = client.post(
        "/v2/requests.json",
        json={
            "api_key": key,
            "service_code": "domestic_conflict",
            "lat": CENTRE[0],
            "long": CENTRE[1],
            "phone": "+7 701 234 56 78",
            "attribute": {"video_call": True, "gps_accuracy_m": 12},
        },
    )
    assert answer.status_code == 201, answer.text
    incident = desk.read.incident(answer.json()[0]["service_request_id"])
    assert incident.video_call_requested is True
    assert incident.location.accuracy_m == 12
    assert incident.caller.phone == "+77012345678"
    assert incident.priority == 2


def test_address_only_report_is_accepted_without_a_position(client, key, desk):
    answer = client.post(
        "/v2/requests.json",
        data={"api_key": key, "service_code": "noise_night", "address_string": "Торайгырова 64"},
    )
    assert answer.status_code == 201, answer.text
    incident = desk.read.incident(answer.json()[0]["service_request_id"])
    assert incident.location is None and incident.address == "Торайгырова 64"


def test_multipart_media_is_typed_by_content_and_stored_once_by_hash(client, key, desk, intake):
    rng = random.Random(4)
    jpeg, wav = photo(rng, (320, 240)), voice_message(rng, 1.0, 8000)
    files = [
        ("media", ("../../etc/passwd\x00.jpg", jpeg, "image/jpeg")),
        ("media", ("голос.wav", wav, "application/octet-stream")),
    ]
    first = client.post("/v2/requests.json", data=report(key), files=files)
    assert first.status_code == 201, first.text
    second = client.post("/v2/requests.json", data=report(key), files=files[:1])
    assert second.status_code == 201
    incident = desk.read.incident(first.json()[0]["service_request_id"])
    kinds = {a.kind: a for a in incident.attachments}
    assert kinds[AttachmentKind.PHOTO].media_type == "image/jpeg"
    assert kinds[AttachmentKind.AUDIO].media_type == "audio/x-wav"
    shown = kinds[AttachmentKind.PHOTO].original_name
    assert shown.startswith("passwd") and "/" not in shown and "\x00" not in shown  # no folders, no NUL
    assert kinds[AttachmentKind.AUDIO].original_name == "голос.wav"
    stored = sorted(p for p in intake.media.root.rglob("*") if p.is_file())
    assert len(stored) == 2  # the photo sent twice is stored once
    assert all(p.name in {a.sha256 for a in incident.attachments} for p in stored)
    assert intake.media.read(kinds[AttachmentKind.PHOTO].sha256) == jpeg


def test_a_retry_with_the_same_idempotency_key_never_makes_a_second_incident(client, key, desk):
    headers = {"Idempotency-Key": "app-7d1c0f"}
    first = client.post("/v2/requests.json", data=report(key), headers=headers).json()[0]
    again = client.post("/v2/requests.json", data=report(key), headers=headers).json()[0]
    assert again["service_request_id"] == first["service_request_id"]
    assert first["service_notice"] == "received" and "earlier" in again["service_notice"]
    by_device = report(key, device_id="phone-1", **{"attribute[report_id]": "r-1"})
    a = client.post("/v2/requests.json", data=by_device).json()[0]
    b = client.post("/v2/requests.json", data=by_device).json()[0]
    assert a["service_request_id"] == b["service_request_id"] != first["service_request_id"]
    assert len([i for i in desk.read.recent_incidents(50) if i.channel is Channel.APP]) == 2


def test_concurrent_retries_make_one_incident(server, key, desk):
    numbers: list[str] = []

    def post() -> None:
        with httpx.Client(base_url=server.url, timeout=30) as http:
            answer = http.post(
                "/v2/requests.json", data=report(key), headers={"Idempotency-Key": "same-report"}
            )
            numbers.append(answer.json()[0]["service_request_id"])

    threads = [threading.Thread(target=post) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(numbers) == 8 and len(set(numbers)) == 1
    assert len(desk.read.recent_incidents(50)) == 1


def test_keys_are_required_checked_and_revocable(client, key, intake):
    assert client.post("/v2/requests.json", data=report("")).status_code == 401
    bad = client.post("/v2/requests.json", data=report("ddk_" + "0" * 48))
    assert bad.status_code == 403 and bad.json()[0]["code"] == 403
    assert client.post("/v2/requests.json", data=report("not-a-key")).status_code == 403
    ok = client.post("/v2/requests.json", data=report(key))
    assert ok.status_code == 201
    header = client.post("/v2/requests.json", data=report(""), headers={"X-API-Key": key})
    assert header.status_code == 201
    stored = intake.api_keys()
    assert all(key not in (k.secret_hash, k.prefix) for k in stored)  # only a hash is kept
    intake.revoke_api_key("102-app", by=Principal.for_system("admin"))
    assert client.post("/v2/requests.json", data=report(key)).status_code == 403


def test_rate_limit_per_key(client, intake):
    _, slow = intake.create_api_key("slow-client", rate_per_minute=6, by=Principal.for_system("admin"))
    codes = [client.post("/v2/requests.json", data=report(slow)).status_code for _ in range(7)]
    assert codes[:5] == [201] * 5 and codes[-1] == 429
    limited = client.post("/v2/requests.json", data=report(slow))
    assert int(limited.headers["retry-after"]) >= 1


def test_replies_to_the_citizen(client, key, desk, clock):
    posted = client.post("/v2/requests.json", data=report(key)).json()[0]
    number, secret = posted["service_request_id"], posted["report_secret"]
    assert len(secret) >= 32
    public = client.get(f"/v2/requests/{number}.json").json()[0]
    assert public == {**dict.fromkeys(public), "service_request_id": number, "status": "open"}
    assert "description" not in public and "lat" not in public  # the citizen's words stay with the police
    clock.advance(minutes=40)
    desk.close(number, "bicycle found", "Велосипед найден, заберите его в участке №3.")
    for asked in ({}, {"params": {"api_key": key}}, {"headers": {"X-Report-Secret": "x" * 32}}):
        answer = client.get(f"/v2/requests/{number}.json", **asked).json()[0]
        assert answer["status"] == "closed" and answer["status_notes"] is None  # the app's key is no secret
        assert answer["service_code"] is None and answer["agency_responsible"] is None
    own = client.get(
        f"/v2/requests/{number}.json", headers={"X-Report-Secret": secret, "Accept-Language": "en"}
    )
    closed = own.json()[0]
    assert closed["status"] == "closed"
    assert closed["status_notes"] == "Велосипед найден, заберите его в участке №3."
    assert closed["updated_datetime"] > closed["requested_datetime"]
    assert closed["updated_datetime"].endswith("+05:00")
    assert closed["description"] == "Украли велосипед из подъезда" and closed["lat"] == CENTRE[0]
    assert closed["agency_responsible"]
    for odd in ("секрет", "\x00\x1b", "x" * 5000):  # never a 500: read as no secret
        assert client.get(f"/v2/requests/{number}.json", params={"report_secret": odd}).status_code in (
            200,
            404,
        )
    by_parameter = client.get(f"/v2/requests/{number}.json", params={"report_secret": secret}).json()[0]
    assert by_parameter["status_notes"] == closed["status_notes"]
    assert client.get(f"/v2/requests/{number}.json", params={"api_key": "wrong"}).status_code == 403
    assert client.get("/v2/requests/26-999999.json").status_code == 404


def test_a_replay_gets_the_same_answer_and_revokes_nothing(client, key, desk, db):
    """A retry (the first answer lost) or a replay of the exact body and key: the same number and the same
    secret, nothing issued, nothing revoked; the author's secret still reads the measures taken."""
    headers = {"Idempotency-Key": "report-77"}
    first = client.post("/v2/requests.json", data=report(key), headers=headers).json()[0]
    for _ in range(3):
        again = client.post("/v2/requests.json", data=report(key), headers=headers).json()[0]
        assert again["service_request_id"] == first["service_request_id"]
        assert again["report_secret"] == first["report_secret"] and again["service_notice"].startswith(
            "received earlier"
        )
    number = first["service_request_id"]
    desk.close(number, "found", "Найден.")

    def notes(secret: str):
        return client.get(f"/v2/requests/{number}.json", headers={"X-Report-Secret": secret}).json()[0][
            "status_notes"
        ]

    assert notes(first["report_secret"]) == "Найден."
    other = client.post(
        "/v2/requests.json", data=report(key), headers={"Idempotency-Key": "report-78"}
    ).json()[0]
    assert other["report_secret"] != first["report_secret"]  # another report, another secret
    # a secret of an earlier version (random, not derived) stays as it was: a replay then returns none
    with db.write_session() as session, session.begin():
        session.execute(
            text(
                "UPDATE intake_receipts SET secret_hash = 'legacy' WHERE incident_id = "
                "(SELECT id FROM incidents WHERE number = :n)"
            ),
            {"n": number},
        )
    replay = client.post("/v2/requests.json", data=report(key), headers=headers).json()[0]
    assert replay["service_request_id"] == number and replay["report_secret"] == ""


def test_phone_calls_and_confidential_reports_are_never_served_without_their_secret(client, key, desk):
    phone = desk.create_incident(CallDraft(Channel.PHONE, "theft", address="Кутузова 1")).number
    posted = client.post("/v2/requests.json", data=report(key, service_code="corruption_report")).json()[0]
    corruption = posted["service_request_id"]
    missing = client.get("/v2/requests/26-999999.json")
    for number in (phone, corruption):
        answer = client.get(f"/v2/requests/{number}.json", params={"api_key": key})
        assert answer.status_code == 404
        assert answer.json()[0]["description"] == missing.json()[0]["description"].replace(
            "26-999999", number
        )
    assert corruption not in [r["service_request_id"] for r in client.get("/v2/requests.json").json()]
    own = client.get(f"/v2/requests/{corruption}.json", headers={"X-Report-Secret": posted["report_secret"]})
    assert own.status_code == 200 and own.json()[0]["service_code"] == "corruption_report"


def test_a_confidential_key_reads_its_own_reports_and_nothing_else(client, key, desk, intake):
    _, agency = intake.create_api_key(
        "anti-corruption-agency", by=Principal.for_system("admin"), confidential=True
    )
    theirs = client.post("/v2/requests.json", data=report(agency, service_code="corruption_report")).json()[0]
    app = client.post("/v2/requests.json", data=report(key)).json()[0]["service_request_id"]
    own = client.get(f"/v2/requests/{theirs['service_request_id']}.json", params={"api_key": agency})
    assert own.json()[0]["description"] == "Украли велосипед из подъезда"
    other = client.get(f"/v2/requests/{app}.json", params={"api_key": agency}).json()[0]
    assert other["description"] is None if "description" in other else True
    assert other["service_code"] is None
    listed = client.get("/v2/requests.json", params={"api_key": agency}).json()
    assert [r["service_request_id"] for r in listed] == [theirs["service_request_id"]]
    assert listed[0]["service_code"] == "corruption_report"
    assert client.get("/v2/requests.json", params={"service_code": "theft"}).status_code == 403
    assert (
        client.get("/v2/requests.json", params={"service_code": "theft", "api_key": key}).status_code == 403
    )


def test_walking_ten_thousand_numbers_yields_nothing_private(key, db, desk, intake, clock):
    """From outside, with and without the app's key, every number of the year's first 10,000: no status
    notes, descriptions, positions, categories, confidential reports or phone calls. (What is served is
    decided above the database, the same on both: the walk runs once, on SQLite.)"""
    if db.is_postgresql:
        pytest.skip("the walk is the same code on PostgreSQL; it runs once")
    roomy = unlimited_senders(
        IntakeLimits(lookups_per_minute=10**9)
    )  # the walk itself; the rate limit is tested below
    with ServerThread(create_app(intake, roomy)) as running, httpx.Client(base_url=running.url) as http:
        posted = []
        for n in range(6):
            number = http.post("/v2/requests.json", data=report(key)).json()[0]["service_request_id"]
            desk.close(number, "done", f"Ответ автору {n}")
            posted.append(number)
        desk.create_incident(CallDraft(Channel.PHONE, "domestic_conflict", address="Кутузова 1"))
        http.post("/v2/requests.json", data=report(key, service_code="police_complaint"))
        year = clock.now.astimezone(ZoneInfo("Asia/Almaty")).strftime("%y")
        seen: dict[str, dict] = {}
        for n in range(1, 10_001):  # one by one, every other number with the app's key
            params = {"api_key": key} if n % 2 else {}
            answer = http.get(f"/v2/requests/{year}-{n:06d}.json", params=params)
            assert answer.status_code in (200, 404)
            if answer.status_code == 200:
                seen[f"{n}"] = answer.json()[0]
        for params in ({}, {"api_key": key}):  # two hundred at a time, without and with the key
            for chunk in range(0, 10_000, 200):
                numbers = ",".join(f"{year}-{n:06d}" for n in range(chunk + 1, chunk + 201))
                answer = http.get("/v2/requests.json", params={"service_request_id": numbers, **params})
                assert answer.status_code == 200
                seen.update((f"{r['service_request_id']}{params}/list", r) for r in answer.json())
    assert len(seen) == 3 * len(posted)  # each app report alone, and listed without and with the key
    for answer in seen.values():
        assert answer["service_request_id"] in posted
        assert {k for k, v in answer.items() if v is not None} == {"service_request_id", "status"}


def test_one_address_cannot_walk_the_register_at_full_speed(intake, key):
    slow = unlimited_senders(IntakeLimits(lookups_per_minute=60))
    with ServerThread(create_app(intake, slow)) as running, httpx.Client(base_url=running.url) as http:
        codes = [http.get(f"/v2/requests/26-{n:06d}.json").status_code for n in range(1, 30)]
        assert codes[:5] == [404] * 5 and codes[-1] == 429
        limited = http.get("/v2/requests/26-000001.json", params={"api_key": key})
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
        many = ",".join(f"26-{n:06d}" for n in range(1, 201))
        assert http.get("/v2/requests.json", params={"service_request_id": many}).status_code == 429


def test_request_list_filters(client, key, desk, clock):
    theft = client.post("/v2/requests.json", data=report(key)).json()[0]["service_request_id"]
    clock.advance(hours=1)
    noise = client.post("/v2/requests.json", data=report(key, service_code="noise_night")).json()[0][
        "service_request_id"
    ]
    desk.create_incident(CallDraft(Channel.PHONE, "theft", address="Кутузова 1"))  # a phone call: not listed
    desk.close(theft, "done", "Проведена беседа.")

    def ids(**params: str) -> list[str]:
        answer = client.get("/v2/requests.json", params=params)
        assert answer.status_code == 200, answer.text
        return [r["service_request_id"] for r in answer.json()]

    assert ids() == [noise, theft]  # newest first
    assert ids(status="open") == [noise]
    assert ids(status="closed") == [theft]
    assert ids(service_request_id=f"{theft},{noise}", status="closed") == [noise, theft]  # id list wins
    start = clock.now.isoformat()
    assert ids(start_date=start) == [noise]
    assert (
        client.get(
            "/v2/requests.json",
            params={"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-11-01T00:00:00Z"},
        ).status_code
        == 400
    )
    assert client.get("/v2/requests.json", params={"start_date": "yesterday"}).status_code == 400
    for far in ("0001-01-01T00:00:00", "9999-12-31T23:59:59"):  # would overflow the date range
        answer = client.get("/v2/requests.json", params={"start_date": far})
        assert answer.status_code == 400 and "between the years" in answer.json()[0]["description"]
    assert client.get("/v2/requests.json", params={"status": "pending"}).status_code == 400


def test_openapi_document_is_served(client):
    document = client.get("/openapi.json").json()
    assert set(document["paths"]) >= {
        "/v2/services.json",
        "/v2/requests.json",
        "/v2/requests/{service_request_id}.json",
    }
    post = document["paths"]["/v2/requests.json"]["post"]
    assert set(post["requestBody"]["content"]) == {
        "application/x-www-form-urlencoded",
        "application/json",
        "multipart/form-data",
    }
    assert (
        "theft"
        in post["requestBody"]["content"]["application/json"]["schema"]["properties"]["service_code"]["enum"]
    )


# -- bad input: every one a 4xx with a message, never a 5xx, nothing stored -----------------------
def _bad_cases(key: str):
    rng = random.Random(9)
    wav = voice_message(rng, 0.5, 8000)
    jpeg = photo(rng, (64, 48))
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    jsonh = {"Content-Type": "application/json"}
    yield "not JSON", dict(content=b"{not json", headers=jsonh), 400, "not valid JSON"
    yield "JSON array", dict(content=b"[1, 2]", headers=jsonh), 400, "must be an object"
    yield "invalid UTF-8", dict(content=b'{"a": "\xff"}', headers=jsonh), 400, "not valid JSON"
    yield (
        "lat as text in JSON",
        dict(json={"api_key": key, "service_code": "theft", "lat": "52", "long": 76.9}),
        400,
        "lat",
    )
    yield (
        "lat as boolean",
        dict(json={"api_key": key, "service_code": "theft", "lat": True, "long": 76.9}),
        400,
        "lat",
    )
    yield (
        "description object",
        dict(json={"api_key": key, "service_code": "theft", "address_string": "x", "description": {"a": 1}}),
        400,
        "description",
    )
    yield (
        "NaN",
        dict(content=f"api_key={key}&service_code=theft&lat=NaN&long=76".encode(), headers=form),
        400,
        "decimal number",
    )
    yield (
        "Infinity",
        dict(content=f"api_key={key}&service_code=theft&lat=52&long=inf".encode(), headers=form),
        400,
        "decimal number",
    )
    yield (
        "JSON 1e400",
        dict(
            content=f'{{"api_key":"{key}","service_code":"theft","lat":1e400,"long":1}}'.encode(),
            headers=jsonh,
        ),
        400,
        "finite",
    )
    yield "lat out of range", dict(data=report(key, lat="91")), 400, "out of range"
    yield "lat in Python's number syntax", dict(data=report(key, lat="5_2")), 400, "decimal number"
    yield "lat in full-width digits", dict(data=report(key, lat="５２")), 400, "decimal number"
    yield (
        "address_id not text beside an address",
        dict(json={"api_key": key, "service_code": "theft", "address_string": "x", "address_id": True}),
        400,
        "address_id",
    )
    yield (
        "negative accuracy without a position",
        dict(
            json={
                "api_key": key,
                "service_code": "theft",
                "address_string": "x",
                "attribute": {"gps_accuracy_m": -2.4e307},
            }
        ),
        400,
        "gps_accuracy_m",
    )
    yield "long out of range", dict(data=report(key, long="-181")), 400, "out of range"
    yield (
        "lat without long",
        dict(data={"api_key": key, "service_code": "theft", "lat": "52"}),
        400,
        "together",
    )
    yield "no place at all", dict(data={"api_key": key, "service_code": "theft"}), 400, "position"
    yield (
        "missing service_code",
        dict(data={"api_key": key, "lat": "52", "long": "76"}),
        400,
        "service_code is required",
    )
    yield "unknown service_code", dict(data=report(key, service_code="parking_on_mars")), 404, "not a service"
    yield "extra field", dict(data=report(key, colour="red")), 400, "not a field"
    yield "unknown attribute", dict(data=report(key, **{"attribute[secret]": "1"})), 400, "not an attribute"
    yield (
        "video_call not boolean",
        dict(data=report(key, **{"attribute[video_call]": "maybe"})),
        400,
        "true or false",
    )
    yield (
        "field twice",
        dict(
            content=f"api_key={key}&service_code=theft&service_code=fraud&lat=52&long=76".encode(),
            headers=form,
        ),
        400,
        "more than once",
    )
    yield "description too long", dict(data=report(key, description="x" * 10_001)), 400, "too long"
    yield "javascript media_url", dict(data=report(key, media_url="javascript:alert(1)")), 400, "media_url"
    yield (
        "bad idempotency key",
        dict(data=report(key), headers={"Idempotency-Key": "has spaces in it"}),
        400,
        "Idempotency-Key",
    )
    yield (
        "text/plain body",
        dict(content=b"service_code=theft", headers={"Content-Type": "text/plain"}),
        415,
        "send the report",
    )
    yield "no content type", dict(content=b"service_code=theft"), 415, "send the report"
    yield "huge body", dict(content=b"a=" + b"x" * (2 * MB), headers=form), 413, "larger than"
    yield (
        "huge chunked body",
        dict(content=iter([b'{"a": "'] + [b"x" * 65536] * 40), headers=jsonh),
        401,  # more than is read of a body whose key is not in the header
        "X-API-Key",
    )
    yield (
        "huge form field",
        dict(content=b"description=" + b"x" * (MB + 10), headers={**form, "X-API-Key": key}),
        400,
        "maximum size",
    )
    yield (
        "huge file",
        dict(data=report(key), files=[("media", ("big.jpg", jpeg + b"\0" * 600_000, "image/jpeg"))]),
        413,
        "larger than",
    )
    yield (
        "too many files",
        dict(data=report(key), files=[("media", (f"{i}.jpg", jpeg, "image/jpeg")) for i in range(4)]),
        400,
        "Too many files",
    )
    yield (
        "voice declared as photo",
        dict(data=report(key), files=[("media", ("photo.jpg", wav, "image/jpeg"))]),
        415,
        "declared as image/jpeg",
    )
    yield (
        "text file as photo",
        dict(data=report(key), files=[("media", ("x.jpg", b"<script>alert(1)</script>", "image/jpeg"))]),
        415,
        "not a photo",
    )
    yield (
        "executable as media",
        dict(data=report(key), files=[("media", ("a.mp4", b"MZ\x90\x00" + b"\0" * 200, "video/mp4"))]),
        415,
        "not a photo",
    )
    yield "empty file", dict(data=report(key), files=[("media", ("e.jpg", b"", "image/jpeg"))]), 415, "empty"
    yield (
        "file in another field",
        dict(data=report(key), files=[("photo", ("p.jpg", jpeg, "image/jpeg"))]),
        400,
        "field 'media'",
    )
    yield (
        "document declared",
        dict(data=report(key), files=[("media", ("p.jpg", jpeg, "application/pdf"))]),
        415,
        "not a photo, video or audio",
    )


# Checking the input does not touch the database: one kind of database is enough here.
@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
@pytest.mark.parametrize("case", [c[0] for c in _bad_cases("k")])
def test_bad_input_gets_a_clear_4xx_and_stores_nothing(client, key, desk, intake, case):
    _, kwargs, status, message = next(c for c in _bad_cases(key) if c[0] == case)
    answer = client.post("/v2/requests.json", **kwargs)
    assert answer.status_code == status, answer.text
    [error] = answer.json()
    assert error["code"] == status and message in error["description"], error
    assert desk.read.recent_incidents(10) == []
    assert not intake.media.root.exists() or not any(p.is_file() for p in intake.media.root.rglob("*"))


def test_hostile_text_is_stored_as_text(client, key, desk):
    hostile = '<img src=x onerror="alert(1)"><script>document.title="x"</script>\x00\x1b[31m'
    answer = client.post("/v2/requests.json", data=report(key, description=hostile, first_name="<b>Bob</b>"))
    incident = desk.read.incident(answer.json()[0]["service_request_id"])
    assert incident.description == '<img src=x onerror="alert(1)"><script>document.title="x"</script>[31m'
    assert incident.caller.name == "<b>Bob</b>"
    secret = answer.json()[0]["report_secret"]
    full = client.get(f"/v2/requests/{incident.number}.json", headers={"X-Report-Secret": secret})
    assert full.headers["content-type"] == "application/json"
    assert json.loads(full.text)[0]["description"] == incident.description


def test_wrong_method_lists_the_allowed_ones(client):
    answer = client.request("DELETE", "/v2/requests.json")
    assert answer.status_code == 405
    assert answer.headers["allow"] == "GET, POST"


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_a_database_away_answers_503_and_the_retry_goes_through(db, desk, tmp_path):
    from sqlalchemy.engine import make_url

    from dispatch_desk.services.desk import DeskService
    from dispatch_desk.store.db import Database
    from tests.support.tcpproxy import TcpProxy

    url = make_url(db.url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    proxied = Database(url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False))
    service = IntakeService(
        DeskService(proxied, Principal.for_system("intake")), MediaStore(tmp_path / "media")
    )
    _, key = service.create_api_key("102-app", 100_000, by=Principal.for_system("admin"))
    try:
        with (
            ServerThread(create_app(service, unlimited_senders())) as server,
            httpx.Client(base_url=server.url, timeout=30) as http,
        ):
            assert http.post("/v2/requests.json", data=report(key)).status_code == 201
            proxy.cut()
            away = http.post(
                "/v2/requests.json", data=report(key), headers={"Idempotency-Key": "during-outage"}
            )
            assert away.status_code == 503, away.text
            assert away.headers["retry-after"] == "5" and "not available" in away.json()[0]["description"]
            assert http.get("/v2/requests.json").status_code == 503
            proxy.restore()
            back = http.post(
                "/v2/requests.json", data=report(key), headers={"Idempotency-Key": "during-outage"}
            )
            assert back.status_code == 201, back.text
    finally:
        service.close()
        proxied.dispose()
        proxy.close()
    assert len(desk.read.recent_incidents(10)) == 2
