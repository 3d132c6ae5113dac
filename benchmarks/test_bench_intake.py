"""Intake figures, on SQLite and PostgreSQL, with the real server process and a lean HTTP client.

Aims: ≥ 300 reports/s on SQLite and ≥ 500 on PostgreSQL without media on 2 cores; p50/p99 latency, also
with a 1 MB photo; freshness from the POST's answer to the row in another process's queue model
p95 ≤ 1 s (aim 300 ms); zero acknowledged reports lost. The naive path (one transaction per report,
``intake_batch_max`` = 1) runs in the same session for the ratio.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from benchmarks.conftest import _fresh
from benchmarks.load import form_request, multipart_request, run_load
from dispatch_desk.demo.city import load_precincts
from dispatch_desk.demo.simulator import photo
from dispatch_desk.domain.access import Principal
from dispatch_desk.intake.open311 import retry_key
from dispatch_desk.services.app_reports import IntakeService
from dispatch_desk.services.desk import DeskService
from dispatch_desk.store.media_files import MediaStore
from dispatch_desk.store.rows import IncidentRow, IntakeReceiptRow
from tests.support.intake import start_intake_process
from tests.support.people import PASSWORD, add_person

REPORTS = 3000
CONCURRENCY = 32
FIELDS = {
    "service_code": "theft",
    "lat": "52.2873",
    "long": "76.9674",
    "description": "Украли велосипед",
    "first_name": "Айгерим",
    "phone": "+77015550102",
    "device_id": "bench",
}
_tags = iter(range(10**9))


@pytest.fixture(scope="module", params=["sqlite", "postgresql", "postgresql-fsync"])
def intake_db(request, tmp_path_factory):
    server = "pg_server_durable" if request.param == "postgresql-fsync" else "pg_server"
    kind = request.param.split("-")[0]
    db = _fresh(kind, "intake", tmp_path_factory, lambda: request.getfixturevalue(server))
    desk = DeskService(db, Principal.for_system("bench"))
    desk.import_precincts(load_precincts())
    media = tmp_path_factory.mktemp("media")
    _, key = IntakeService(desk, MediaStore(media)).create_api_key(
        "bench", 10_000_000, by=Principal.for_system("admin")
    )
    yield db, key, media
    db.dispose()


@contextmanager
def server(db, media, **env):
    process, url = start_intake_process(db.url, media, extra_env={k.upper(): v for k, v in env.items()})
    parts = urlsplit(url)
    try:
        yield parts.hostname, parts.port
    finally:
        process.terminate()
        process.wait(10)


def _requests(host, port, key, count, media=None):
    tag = next(_tags)
    keys = [f"bench-{time.time_ns()}-{tag}-{n}" for n in range(count)]
    if media is None:
        return [(k, form_request(host, port, key, k, FIELDS)) for k in keys]
    # Every photo different (a few bytes after the image's end), so each one is hashed and written.
    return [
        (k, multipart_request(host, port, key, k, FIELDS, ("IMG.jpg", "image/jpeg", media + k.encode())))
        for k in keys
    ]


def _assert_none_lost(db, result) -> None:
    assert not result.errors, result.errors[:3]
    with db.reading() as session:
        stored = dict(
            session.execute(
                select(IntakeReceiptRow.idempotency_key, IncidentRow.number)
                .join(IncidentRow, IncidentRow.id == IntakeReceiptRow.incident_id)
                .where(
                    IntakeReceiptRow.idempotency_key.in_(
                        [retry_key("key", "bench", k) for k in list(result.acknowledged)[:5000]]
                    )
                )
            ).all()
        )
    for key, number in result.acknowledged.items():
        assert stored[retry_key("key", "bench", key)] == number


def _throughput(benchmark, intake_db, count, concurrency, media=None, **env):
    db, key, media_dir = intake_db
    with server(db, media_dir, **env) as (host, port):
        run_load(host, port, _requests(host, port, key, 200, media), concurrency)  # warm-up
        results = []

        def once():
            result = run_load(host, port, _requests(host, port, key, count, media), concurrency)
            results.append(result)
            return result

        benchmark.pedantic(once, rounds=1, iterations=1)
    result = results[0]
    _assert_none_lost(db, result)
    benchmark.extra_info.update(result.summary())
    return result


def test_intake_reports_per_second(benchmark, intake_db):
    _throughput(benchmark, intake_db, REPORTS, CONCURRENCY)


RECORDED_TABLES = ("incidents", "assignments", "units", "change_feed", "access_log")
_recorded: dict[str, float] = {}


def test_intake_reports_per_second_recorded(benchmark, intake_db):
    """A/B, A: every change recorded by the server's triggers (the feed row checked at commit, versions,
    the server's time on feed rows) — what a PostgreSQL database runs."""
    if not intake_db[0].is_postgresql:
        pytest.skip("the recording triggers are PostgreSQL's")
    _recorded["with"] = _throughput(benchmark, intake_db, REPORTS, CONCURRENCY).per_second


def test_intake_reports_per_second_recorded_b_without_triggers(benchmark, intake_db):
    """A/B, B: the same load with the triggers switched off by the owner, as the code before them ran;
    the ratio A/B goes into the figures."""
    db = intake_db[0]
    if not db.is_postgresql:
        pytest.skip("the recording triggers are PostgreSQL's")
    with db.engine.begin() as owner:
        for table in RECORDED_TABLES:
            owner.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")
    try:
        without = _throughput(benchmark, intake_db, REPORTS, CONCURRENCY).per_second
    finally:
        with db.engine.begin() as owner:
            for table in RECORDED_TABLES:
                owner.exec_driver_sql(f"ALTER TABLE {table} ENABLE TRIGGER USER")
    if "with" in _recorded:
        benchmark.extra_info["with_triggers_per_second"] = round(_recorded["with"], 1)
        benchmark.extra_info["ratio_with_over_without"] = round(_recorded["with"] / without, 3)


def test_intake_reports_per_second_sqlite_synchronous_normal(benchmark, intake_db):
    """What durability costs: SQLite's commits as before (synchronous=NORMAL: safe from a killed process,
    not from a power loss), beside the FULL of every other figure."""
    if intake_db[0].is_postgresql:
        pytest.skip("an SQLite setting")
    _throughput(benchmark, intake_db, REPORTS, CONCURRENCY, dispatch_desk_sqlite_synchronous="normal")


def test_intake_reports_per_second_one_transaction_each(benchmark, intake_db):
    """The naive path: every report its own transaction (group commit switched off)."""
    _throughput(benchmark, intake_db, REPORTS // 3, CONCURRENCY, dispatch_desk_intake_batch_max="1")


def test_intake_reports_with_a_1mb_photo(benchmark, intake_db):
    jpeg = photo(random.Random(1), (2600, 1950), quality=92)
    assert 0.8e6 < len(jpeg) < 1.6e6
    _throughput(benchmark, intake_db, 300, 8, media=jpeg)


def test_freshness_from_answer_to_another_desks_queue(benchmark, intake_db, tmp_path):
    """POST answered → row in the queue model of a desk running in another process (p50/p95)."""
    db, key, media_dir = intake_db
    login = f"follower{next(_tags)}"
    add_person(db, login)  # the desk that follows is an operator's, signed in
    env = {
        **os.environ,
        "DISPATCH_DESK_DATA_DIR": str(tmp_path / "d"),
        "DISPATCH_DESK_CONFIG_DIR": str(tmp_path / "c"),
        "DISPATCH_DESK_USER": login,
        "DISPATCH_DESK_PASSWORD": PASSWORD,
    }
    follower = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.follower", db.url],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    seen: dict[str, float] = {}
    ready = threading.Event()

    def read() -> None:
        for line in follower.stdout:
            if line.strip() == "ready":
                ready.set()
            elif line.strip():
                number, at = line.split()
                seen[number] = float(at)

    threading.Thread(target=read, daemon=True).start()
    try:
        assert ready.wait(120), "the follower desk did not start"
        with server(db, media_dir) as (host, port):
            results = []

            def paced():  # a busy evening: 20 reports a second, each answered before the next is due
                result = run_load(host, port, _requests(host, port, key, 300), concurrency=4, pace=20)
                results.append(result)
                return result

            benchmark.pedantic(paced, rounds=1, iterations=1)
        result = results[0]
        deadline = time.monotonic() + 10
        while len(set(result.answered_at) - set(seen)) and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        follower.terminate()
        follower.wait(10)
    missing = set(result.answered_at) - set(seen)
    assert not missing, f"{len(missing)} reports never reached the other desk"
    delays = sorted(max(0.0, seen[n] - at) * 1000 for n, at in result.answered_at.items())
    benchmark.extra_info.update(
        freshness_p50_ms=round(statistics.median(delays), 1),
        freshness_p95_ms=round(delays[int(0.95 * len(delays)) - 1], 1),
        freshness_max_ms=round(delays[-1], 1),
        reports=len(delays),
    )
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(IncidentRow)) >= len(delays)
