"""N desks following one PostgreSQL (N = 1, 3, 10), each a real desk in a process of its own: while new
incidents arrive at 10 a second for 20 s, how fresh each desk's queue is (commit → row in its queue
model), the CPU each desk and the server spend per report, and the connections the desks hold — with
the desk's feed code (a feed page's incidents read together) against the way before (each incident read
by itself), in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.store import migrate
from dispatch_desk.store.db import Database
from tests.support.people import PASSWORD, add_person

RATE = 10  # reports a second
SECONDS = 20
TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User and system CPU of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def server_cpu(postmaster: int) -> float:
    """CPU of the server: its postmaster and every process it started (backends, writers) so far."""
    total = cpu_seconds(postmaster)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(stat[1]) == postmaster:
                    total += (int(stat[11]) + int(stat[12])) / TICK
            except (OSError, IndexError, ValueError):
                continue  # a backend that ended while read
    return total


@pytest.fixture(scope="module")
def desks_db(pg_server):
    from dispatch_desk.demo.city import build_demo

    db = Database(pg_server.create_database("desks"))
    migrate.upgrade(db)
    build_demo(db, days=1)
    for n in range(10):
        add_person(db, f"desk{n}")
    yield db, pg_server
    db.dispose()


class Desk:
    """A desk in its own process (``benchmarks.follower``): the numbers it shows and when."""

    def __init__(self, url: str, login: str, way: str, home: Path) -> None:
        env = {
            **os.environ,
            "DISPATCH_DESK_DATA_DIR": str(home / "d"),
            "DISPATCH_DESK_CONFIG_DIR": str(home / "c"),
            "DISPATCH_DESK_USER": login,
            "DISPATCH_DESK_PASSWORD": PASSWORD,
            "DISPATCH_DESK_BENCH_FEED": way,
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.follower", url],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.ready = threading.Event()
        self.seen: dict[str, float] = {}
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.strip() == "ready":
                self.ready.set()
            elif line.strip():
                number, at = line.split()
                self.seen[number] = float(at)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(20)


@pytest.mark.parametrize("way", ["page", "each"])
@pytest.mark.parametrize(
    "count", [int(n) for n in os.environ.get("DISPATCH_DESK_BENCH_DESKS", "1,3,10").split(",")]
)
def test_desks_following_one_postgresql(benchmark, desks_db, tmp_path, count, way):
    db, server = desks_db
    postmaster = int((server.data / "postmaster.pid").read_text().split()[0])
    url = db.url
    intake = DeskService(db, Principal.for_system("intake"))
    where = Location.placed(52.285, 76.95)

    def connections() -> int:
        with db.engine.connect() as connection:
            query = text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")
            return int(connection.scalar(query) or 0)

    own = 0  # the benchmark's own connections, counted as in the load below but before any desk
    for _ in range(RATE):
        intake.create_incident(CallDraft(Channel.PHONE, "theft", "Украли сумку", "Естая 105", location=where))
        own = max(own, connections())
    desks = [Desk(url, f"desk{n}", way, tmp_path / f"desk{n}") for n in range(count)]
    results: dict[str, float] = {}
    try:
        for desk in desks:
            assert desk.ready.wait(240), "a desk did not start"
        time.sleep(3)  # the desks' first reads done
        idle_from = time.monotonic()
        idle_cpu = [cpu_seconds(d.process.pid) for d in desks]
        time.sleep(5)
        idle_rate = [
            (cpu_seconds(d.process.pid) - c) / (time.monotonic() - idle_from)
            for d, c in zip(desks, idle_cpu, strict=True)
        ]

        def load() -> dict[str, float]:
            made: dict[str, float] = {}
            start = time.monotonic()
            for n in range(RATE * SECONDS):
                due = start + n / RATE
                time.sleep(max(0.0, due - time.monotonic()))
                number = intake.create_incident(
                    CallDraft(Channel.PHONE, "theft", "Украли сумку", "Естая 105", location=where)
                ).number
                made[number] = time.time()
                if n == RATE * SECONDS // 2:
                    results["connections"] = connections()
            return made

        cpu_before = [cpu_seconds(d.process.pid) for d in desks]
        server_before = server_cpu(postmaster)
        began = time.monotonic()
        made = benchmark.pedantic(load, rounds=1, iterations=1)
        deadline = time.monotonic() + 60
        while any(set(made) - set(d.seen) for d in desks) and time.monotonic() < deadline:
            time.sleep(0.1)
        window = time.monotonic() - began
        cpu = [cpu_seconds(d.process.pid) - c for d, c in zip(desks, cpu_before, strict=True)]
        server = server_cpu(postmaster) - server_before
    finally:
        for desk in desks:
            desk.stop()
    reports = len(made)
    order = list(made)
    missing = [sorted(order.index(n) for n in set(made) - set(d.seen)) for d in desks]
    assert not any(missing), f"reports a desk never showed (by their place among {len(made)}): {missing}"
    delays = sorted(max(0.0, d.seen[n] - at) * 1000 for d in desks for n, at in made.items())
    per_desk = [(c - rate * window) / reports * 1000 for c, rate in zip(cpu, idle_rate, strict=True)]
    figures = {
        "desks": count,
        "freshness_p50_ms": round(statistics.median(delays), 1),
        "freshness_p95_ms": round(delays[int(0.95 * len(delays)) - 1], 1),
        "desk_cpu_ms_per_report": round(statistics.median(per_desk), 2),
        "desk_idle_core_share": round(statistics.median(idle_rate), 3),
        "server_cpu_ms_per_report": round(server / reports * 1000, 2),
        "server_core_share": round(server / window, 3),
        "connections_of_the_desks": int(results["connections"]) - own,
    }
    benchmark.extra_info.update(figures)
    print(f"\n{way} ×{count}: {figures}")
