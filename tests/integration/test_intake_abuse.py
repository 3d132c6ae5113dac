"""The intake under attack, over real HTTP: hijacked retry keys, floods on a shared key, bodies sent to
exhaust the server, slow sockets, aborted uploads, a broken media folder. Each attack ends in a clear
4xx/409/429/503 or a closed connection; nothing acknowledged is lost or replaced; the honest citizen is
served. Bounded in time: every wait here has a deadline of seconds."""

from __future__ import annotations

import json
import logging
import os
import random
import socket
import threading
import time

import httpx
import pytest
from sqlalchemy import text

from dispatch_desk.demo.city import load_precincts
from dispatch_desk.demo.simulator import photo
from dispatch_desk.domain.access import Principal
from dispatch_desk.intake.app import MB, IntakeLimits, create_app
from dispatch_desk.intake.limits import client_address, parse_networks
from dispatch_desk.intake.server import LastResort
from dispatch_desk.services.app_reports import IntakeService
from dispatch_desk.store.media_files import MediaStore
from tests.support.intake import ServerThread, app_key

CENTRE = ("52.2873", "76.9674")
LIMITS = IntakeLimits(
    max_file_bytes=512 * 1024,
    max_report_bytes=1 * MB,
    max_files=3,
    reports_per_device_per_minute=6,
    reports_per_address_per_minute=30,
    trusted_proxies=parse_networks("127.0.0.1"),
    header_timeout_s=1.0,
    body_timeout_s=2.0,
)


@pytest.fixture
def server(intake):
    with ServerThread(LastResort(create_app(intake, LIMITS)), limits=LIMITS) as running:
        yield running


@pytest.fixture
def key(intake) -> str:
    return app_key(intake, 60)


@pytest.fixture
def http(server):
    with httpx.Client(base_url=server.url, timeout=20) as client:
        yield client


ADDRESSES = iter(f"10.9.{n // 250}.{n % 250}" for n in range(1, 60_000))


def post(http, key, *, address=None, idempotency=None, **fields):
    """A report from ``address`` (by default a network address of its own: the limits per address are
    tested on their own)."""
    address = address or next(ADDRESSES)
    body = {"service_code": "theft", "lat": CENTRE[0], "long": CENTRE[1], **fields}
    headers = {"X-API-Key": key, "X-Forwarded-For": address}
    if idempotency:
        headers["Idempotency-Key"] = idempotency
    return http.post("/v2/requests.json", data=body, headers=headers)


def test_a_retry_key_taken_first_by_someone_else_is_refused_and_nothing_is_replaced(http, key, desk):
    pair = {"device_id": "victim-phone-42", "attribute[report_id]": "17"}
    planted = post(http, key, description="всё хорошо", **pair)
    assert planted.status_code == 201
    victim = post(http, key, description="муж бьёт жену, кв. 45", **pair)
    assert victim.status_code == 409 and "new key" in victim.json()[0]["description"]
    assert victim.json()[0]["code"] == 409
    number = planted.json()[0]["service_request_id"]
    assert desk.read.incident(number).description == "всё хорошо"  # the first report stays as it was
    retry = post(http, key, description="всё хорошо", **pair)  # a true retry still finds its incident
    assert retry.status_code == 201 and retry.json()[0]["service_request_id"] == number
    assert "earlier" in retry.json()[0]["service_notice"]
    # The same Idempotency-Key with another body: 409; from another device: a report of its own.
    first = post(http, key, idempotency="abc-1", device_id="phone-a", description="раз")
    assert post(http, key, idempotency="abc-1", device_id="phone-a", description="два").status_code == 409
    other = post(http, key, idempotency="abc-1", device_id="phone-b", description="два")
    assert other.status_code == 201
    assert other.json()[0]["service_request_id"] != first.json()[0]["service_request_id"]


def test_a_flooding_device_or_address_does_not_starve_an_honest_citizen_on_the_same_key(http, key, desk):
    assert post(http, key, description="первое").status_code == 201  # the address data is loaded now
    before = len(desk.read.open_incidents())
    answers: list[int] = []

    def flood(device: str | None, address: str) -> None:
        with httpx.Client(base_url=str(http.base_url), timeout=20) as own:
            for _ in range(15):
                extra = {"device_id": device} if device else {}
                answers.append(post(own, key, address=address, description="спам", **extra).status_code)

    threads = [threading.Thread(target=flood, args=("flood-phone", "10.0.0.66")) for _ in range(4)]
    threads.append(threading.Thread(target=flood, args=(None, "10.0.0.66")))  # no device: the address counts
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    honest = [
        post(http, key, address="10.0.0.7", device_id="honest-phone", description=f"кража {n}")
        for n in range(3)
    ]
    for thread in threads:
        thread.join()
    assert [a.status_code for a in honest] == [201, 201, 201]
    accepted = answers.count(201)
    assert answers.count(429) >= 70 and set(answers) <= {201, 429}  # at most the address's burst of 5
    assert (
        len(desk.read.open_incidents()) - before == accepted + 3
    )  # a refused report never became an incident
    refused = post(http, key, address="10.0.0.66", device_id="flood-phone")
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1


def test_the_client_address_behind_a_trusted_proxy():
    trusted = parse_networks("127.0.0.1, 10.1.0.0/16")
    assert client_address("127.0.0.1", "203.0.113.9", trusted) == "203.0.113.9"
    assert client_address("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.1.2.3", trusted) == "203.0.113.9"
    assert client_address("198.51.100.1", "203.0.113.9", trusted) == "198.51.100.1"  # not a proxy of ours
    assert client_address("127.0.0.1", "<script>", trusted) == "127.0.0.1"
    assert client_address("127.0.0.1", None, ()) == "127.0.0.1"


def _raw(server, head: bytes, body: bytes = b"", wait: float = 5.0) -> bytes:
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as sock:
        sock.sendall(head + body)
        data = b""
        try:
            while chunk := sock.recv(65536):
                data += chunk
                if b"\r\n\r\n" in data and data.split(b"\r\n\r\n", 1)[1]:
                    break
        except TimeoutError:
            pass
    return data


def test_a_big_body_without_a_key_in_the_header_is_refused_before_it_is_read(server, key):
    started = time.monotonic()
    head = (
        b"POST /v2/requests.json HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 1500000\r\n\r\n"
    )
    answer = _raw(server, head, b"{")  # and never the other 1,499,999 bytes
    assert b" 401 " in answer.split(b"\r\n")[0] and b"X-API-Key" in answer
    assert time.monotonic() - started < 1.5  # answered at once, not after the body's deadline
    wrong = head.replace(b"Content-Type", b"X-API-Key: ddk_wrong\r\nContent-Type")
    assert b" 403 " in _raw(server, wrong, b"{").split(b"\r\n")[0]
    huge = head.replace(b"1500000", b"60000000")  # beyond any report: refused on its declared size
    assert b" 413 " in _raw(server, huge, b"{").split(b"\r\n")[0]


@pytest.mark.parametrize(
    "body, status, words",
    [
        (b"[" * 100_000 + b"]" * 100_000, 400, "nested too deeply"),
        (b'{"service_code": "theft", "service_code": "fraud", "address_string": "x"}', 400, "more than once"),
        (json.dumps({f"k{n}": n for n in range(300_000)}).encode(), 413, "larger than"),
        (json.dumps({"attribute": {f"k{n}": 1 for n in range(500)}}).encode(), 400, "keys"),
        (b'{"service_code": "theft", "address_string": "x", "start_date": "0001-01-01T00:00:00"}', 400, ""),
    ],
    ids=["deep", "duplicate keys", "huge", "many keys", "odd field"],
)
def test_hostile_json_is_refused_with_a_georeport_error(http, key, body, status, words):
    answer = http.post(
        "/v2/requests.json", content=body, headers={"X-API-Key": key, "Content-Type": "application/json"}
    )
    assert answer.status_code == status, answer.text
    assert answer.json()[0]["code"] == status and words in answer.json()[0]["description"]


def test_slow_sockets_are_closed_and_the_server_keeps_answering(server, http):
    host, port = server.url.removeprefix("http://").split(":")
    slow = []
    for n in range(60):
        sock = socket.create_connection((host, int(port)), timeout=10)
        sock.sendall(
            b"POST /v2/requests.json HTTP/1.1\r\nHost: x\r\n"
            if n % 2
            else b"POST /v2/requests.json HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"
        )
        slow.append(sock)
    assert http.get("/healthz").status_code == 200  # served meanwhile
    deadline = time.monotonic() + 8
    closed = 0
    for sock in slow:
        sock.settimeout(max(0.1, deadline - time.monotonic()))
        try:
            data = sock.recv(1024)
            closed += data == b"" or b"HTTP/1.1" in data  # closed, or answered (a body cut short)
        except (TimeoutError, ConnectionResetError):
            closed += 0
        sock.close()
    assert closed == len(slow)


def test_an_upload_that_stops_half_way_is_one_line_in_the_log(server, key, caplog):
    caplog.set_level(logging.INFO)
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(
            f"POST /v2/requests.json HTTP/1.1\r\nHost: x\r\nX-API-Key: {key}\r\n"
            "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 400000\r\n\r\n".encode()
            + b'--b\r\nContent-Disposition: form-data; name="media"; filename="a.jpg"\r\n\r\n'
            + b"\xff" * 100_000
        )
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not any("went away" in r.getMessage() for r in caplog.records):
        time.sleep(0.05)
    assert [r.getMessage() for r in caplog.records if "went away" in r.getMessage()]
    assert not [r for r in caplog.records if r.exc_info]  # no traceback


def test_a_media_folder_that_breaks_answers_503_and_the_server_refuses_to_start_without_one(
    http, key, intake, tmp_path, monkeypatch
):
    photo = ("p.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 2000 + b"\xff\xd9", "image/jpeg")
    root = intake.media.root
    intake.media.root = tmp_path / "a-file"
    intake.media.root.write_text("not a folder")
    answer = http.post(
        "/v2/requests.json",
        data={"service_code": "theft", "lat": CENTRE[0], "long": CENTRE[1]},
        files=[("media", photo)],
        headers={"X-API-Key": key},
    )
    intake.media.root = root
    assert answer.status_code in (415, 503)  # a made-up JPEG may be refused first; never a 500
    from dispatch_desk.cli import main

    monkeypatch.setenv("DISPATCH_DESK_MEDIA_DIR", str(tmp_path / "a-file" / "media"))
    assert main(["intake", "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "--port", "1"]) == 1


def test_an_error_nobody_foresaw_is_a_georeport_503(http, intake, monkeypatch, caplog):
    monkeypatch.setattr(intake, "services", lambda: (_ for _ in ()).throw(RuntimeError("boom")))
    answer = http.get("/v2/services.json")
    assert answer.status_code == 503 and answer.json()[0]["code"] == 503
    assert "boom" not in answer.text  # nothing of the inside reaches the client


def test_orphan_media_are_swept_but_never_a_file_a_report_names(http, key, intake):
    named = post(http, key, description="с фото")
    assert named.status_code == 201
    sha = intake.media.put(photo(random.Random(3), (32, 24)))
    orphan = intake.media.put(b"left by an upload that failed half-way" * 10)
    incoming = intake.media.path(orphan).parent / ".incoming-abc"
    incoming.write_bytes(b"partial")
    with intake.db.engine.begin() as connection:  # a committed report names ``sha``
        number = named.json()[0]["service_request_id"]
        incident_id = connection.execute(
            text("SELECT id FROM incidents WHERE number = :n"), {"n": number}
        ).scalar()
        connection.execute(
            text(
                "INSERT INTO attachments (incident_id, kind, sha256, media_type, size, original_name) "
                "VALUES (:i, 'photo', :s, 'image/jpeg', 1, '')"
            ),
            {"i": incident_id, "s": sha},
        )
    old = time.time() - 7200
    for path in (intake.media.path(sha), intake.media.path(orphan), incoming):
        os.utime(path, (old, old))
    assert intake.sweep_media() == 2
    assert intake.media.has(sha) and not intake.media.has(orphan) and not incoming.exists()


def test_the_docs_page_loads_nothing_from_elsewhere(http):
    page = http.get("/docs")
    assert page.status_code == 200 and "/v2/requests.json" in page.text
    assert "<script" not in page.text and "cdn" not in page.text.lower() and "http://" not in page.text


def test_sqlite_commits_are_on_disk_before_they_return(intake):
    if intake.db.is_postgresql:
        pytest.skip("PostgreSQL: synchronous_commit, checked at the intake's start")
    with intake.db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_burst_from_one_phone_joins_its_first_open_report(http, key, desk):
    numbers = [
        post(http, key, device_id="phone-z", description=f"шум {n}").json()[0]["service_request_id"]
        for n in range(3)
    ]
    other = post(http, key, device_id="phone-y", description="другое").json()[0]["service_request_id"]
    assert desk.read.incident(numbers[0]).parent_number is None
    assert [desk.read.incident(n).parent_number for n in numbers[1:]] == [numbers[0], numbers[0]]
    assert desk.read.incident(other).parent_number is None
    desk.close(numbers[0], "проверено")  # handled: the sender's next report starts a group of its own
    later = post(http, key, device_id="phone-z", description="снова").json()[0]["service_request_id"]
    assert desk.read.incident(later).parent_number is None


def test_every_request_takes_its_key_from_the_header(http, intake):
    _, agency = intake.create_api_key("agency", 60, by=Principal.for_system("admin"), confidential=True)
    posted = post(http, agency, description="взятка на посту", first_name="Серік")
    number = posted.json()[0]["service_request_id"]
    full = http.get(f"/v2/requests/{number}.json", headers={"X-API-Key": agency})
    assert full.status_code == 200 and full.json()[0]["description"] == "взятка на посту"
    listed = http.get(
        "/v2/requests.json", params={"service_request_id": number}, headers={"X-API-Key": agency}
    )
    assert listed.json()[0]["description"] == "взятка на посту"
    assert http.get(f"/v2/requests/{number}.json", headers={"X-API-Key": "ddk_wrong"}).status_code == 403
    assert "description" not in http.get(f"/v2/requests/{number}.json").json()[0]  # no key: the number only


def test_the_intake_process_stays_small_and_answers_through_big_bodies(db, desk, tmp_path):
    """The real ``dispatch-desk intake``: four 60 MB bodies without a key and a 55 MB JSON body with
    millions of keys (the attacks that once took the server to 1 GB and froze it) are refused on their
    declared size; the process's peak memory stays far below what reading them would take."""
    if db.is_postgresql:
        pytest.skip("the same server code on PostgreSQL; the process runs once")
    from tests.support.intake import start_intake_process

    desk.import_precincts(load_precincts())
    _, key = IntakeService(desk, MediaStore(tmp_path / "m")).create_api_key(
        "app", 600, by=Principal.for_system("a")
    )
    process, url = start_intake_process(db.url, tmp_path / "media")
    try:
        host, port = url.removeprefix("http://").split(":")
        junk = b'"k1":1,' * 8_000_000  # 56 MB of JSON object members
        statuses = []
        for head in [b"Content-Type: application/json\r\nContent-Length: 60000000\r\n"] * 4 + [
            f"X-API-Key: {key}\r\nContent-Type: application/json\r\nContent-Length: {len(junk) + 2}\r\n".encode()
        ]:
            with socket.create_connection((host, int(port)), timeout=10) as sock:
                sock.sendall(b"POST /v2/requests.json HTTP/1.1\r\nHost: x\r\n" + head + b"\r\n")
                try:
                    sock.sendall(b"{" + junk[:4_000_000])
                except OSError:
                    pass  # refused and closed before the body: as it should be
                answer = sock.recv(4096)
            statuses.append(int(answer.split(b" ")[1]))
        assert statuses == [401, 401, 401, 401, 413]  # no key in the header; a JSON report past 1 MB
        assert httpx.get(f"{url}/healthz", timeout=5).status_code == 200
        with open(f"/proc/{process.pid}/status", encoding="ascii") as status:
            peak_mb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
        assert peak_mb < 400, peak_mb  # at start it is about 180 MB: nothing of those bodies was held
    finally:
        process.terminate()
        process.wait(10)


def test_reports_of_one_sender_committed_together_form_one_group(intake, key, desk):
    from dispatch_desk.intake.open311 import parse_report

    client = intake.authenticate(key)
    pending = [
        intake.prepare(
            client,
            parse_report(
                {
                    "service_code": "theft",
                    "lat": CENTRE[0],
                    "long": CENTRE[1],
                    "device_id": device,
                    "description": f"{device} {n}",
                }
            ),
        )
        for n, device in enumerate(["phone-q", "phone-q", "phone-r", "phone-q"])
    ]
    receipts = intake._commit(pending)  # one batch, as the writer commits a burst
    numbers = [r.number for r in receipts]
    parents = [desk.read.incident(n).parent_number for n in numbers]
    assert parents == [None, numbers[0], None, numbers[0]]
