"""The intake process killed with SIGKILL under load: no acknowledged report lost, retries make no duplicates."""

from __future__ import annotations

import threading
import time

import httpx
from sqlalchemy import func, select

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.app_reports import IntakeService
from dispatch_desk.store.media_files import MediaStore
from dispatch_desk.store.rows import IncidentRow, IntakeReceiptRow
from tests.support.intake import start_intake_process

CLIENTS = 6


def _post(http: httpx.Client, url: str, key: str, report_key: str) -> httpx.Response:
    return http.post(
        f"{url}/v2/requests.json",
        data={"service_code": "theft", "lat": "52.2873", "long": "76.9674", "description": report_key},
        headers={"X-API-Key": key, "Idempotency-Key": report_key},
        timeout=10,
    )


def test_sigkill_in_the_middle_of_a_load_loses_no_acknowledged_report(db, desk, tmp_path):
    _, key = IntakeService(desk, MediaStore(tmp_path / "media")).create_api_key(
        "load", 10_000_000, by=Principal.for_system("admin")
    )
    process, url = start_intake_process(db.url, tmp_path / "media")
    acknowledged: dict[str, str] = {}
    unanswered: set[str] = set()
    lock = threading.Lock()
    stop = threading.Event()

    def client(n: int) -> None:
        with httpx.Client() as http:
            for i in range(100_000):
                report_key = f"client{n}-report{i}"
                try:
                    answer = _post(http, url, key, report_key)
                except httpx.HTTPError:
                    with lock:
                        unanswered.add(report_key)
                    return  # the server is gone
                with lock:
                    if answer.status_code == 201:
                        acknowledged[report_key] = answer.json()[0]["service_request_id"]
                    else:
                        unanswered.add(report_key)
                if stop.is_set():
                    return

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 30
    while len(acknowledged) < 150 and time.monotonic() < deadline:
        time.sleep(0.02)
    process.kill()  # SIGKILL: no shutdown, no flush, in the middle of requests
    process.wait(10)
    stop.set()
    for thread in threads:
        thread.join(30)
    assert len(acknowledged) >= 150

    # Every acknowledged report is in the database, as the number the app was given.
    with db.reading() as session:
        stored = dict(
            session.execute(
                select(IncidentRow.description, IncidentRow.number).where(
                    IncidentRow.channel == Channel.APP.value
                )
            ).all()
        )
    for report_key, number in acknowledged.items():
        assert stored.get(report_key) == number, report_key

    # The app retries what it had no answer for, and some answered ones again: no duplicates.
    process, url = start_intake_process(db.url, tmp_path / "media")
    try:
        with httpx.Client() as http:
            for report_key in sorted(unanswered):
                answer = _post(http, url, key, report_key)
                assert answer.status_code == 201
                acknowledged[report_key] = answer.json()[0]["service_request_id"]
            for report_key in sorted(acknowledged)[:20]:
                assert (
                    _post(http, url, key, report_key).json()[0]["service_request_id"]
                    == acknowledged[report_key]
                )
    finally:
        process.terminate()
        process.wait(10)
    with db.reading() as session:
        incidents = session.scalar(select(func.count()).where(IncidentRow.channel == Channel.APP.value))
        receipts = session.scalar(select(func.count(func.distinct(IntakeReceiptRow.idempotency_key))))
    assert incidents == receipts == len(acknowledged)
    assert len(set(acknowledged.values())) == len(acknowledged)
