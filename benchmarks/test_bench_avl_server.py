"""The units' server over its sockets, on SQLite and PostgreSQL: 1,000 trackers connected at once (half
Wialon IPS, half Teltonika, logged in and kept open), each protocol's half sending one fix a packet as fast
as the answers come, and Traccar Client's HTTP from 200 phones at once. The same run measures the naive
way beside it: a transaction for every packet (before group commit). Aim ≥ 5,000 fixes/s."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import pytest
from sqlalchemy import text

from dispatch_desk.avl import encode
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.entities import Unit
from dispatch_desk.domain.enums import UnitKind
from dispatch_desk.domain.fixes import Fix, Source
from dispatch_desk.services.desk import DeskService
from dispatch_desk.services.tracking import UnitTrackers

TRACKERS = 1000  # half Wialon, half Teltonika
PHONES = 200
PACKETS = 6  # a connection's packets in one measurement


def _device(n: int) -> tuple[str, Source]:
    if n < TRACKERS // 2:
        return f"77{n:013d}", Source.WIALON
    if n < TRACKERS:
        return f"78{n:013d}", Source.TELTONIKA
    return f"phone-{n:04d}", Source.OSMAND


@pytest.fixture(scope="module")
def fleet(empty_db):
    desk = DeskService(empty_db, Principal.for_system("bench"))
    trackers = UnitTrackers(empty_db, Principal.for_system("bench"))
    with empty_db.reading() as session:
        have = set(session.execute(text("SELECT call_sign FROM units")).scalars())
    bound = {b.device for b in trackers.bindings()}
    for n in range(TRACKERS + PHONES):
        call_sign = f"C-{n:04d}"
        if call_sign not in have:
            desk.add_unit(Unit(call_sign, UnitKind.PATROL_CAR, "01"))
        device, source = _device(n)
        if device not in bound:
            trackers.bind(call_sign, device, source)
    return empty_db


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, url: str, naive: bool) -> None:
        self.ports = [_free_port() for _ in range(3)]
        command = [sys.executable, "-m", "benchmarks.avl_serve", url, *map(str, self.ports)]
        self.process = subprocess.Popen(
            [*command, *(["naive"] if naive else [])], env=os.environ, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while not all(_listening(p) for p in self.ports):
            assert self.process.poll() is None and time.monotonic() < deadline, (
                "the units' server did not start"
            )
            time.sleep(0.1)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _fix(n: int, step: int, device: str, source: Source, start: datetime) -> Fix:
    at = start + timedelta(seconds=step)
    return Fix(
        device, at, 52.25 + (n % 100) * 1e-3 + step * 2e-5, 76.9 + (n // 100) * 1e-3, source, speed_kmh=30.0
    )


async def _connect(port: int, n: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    device, source = _device(n)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(encode.wialon_login(device) if source is Source.WIALON else encode.teltonika_login(device))
    await writer.drain()
    answer = await reader.read(64)
    assert answer in (b"#AL#1\r\n", b"\x01"), answer
    return reader, writer


async def _trackers(ports: list[int], start: datetime, first_step: int) -> dict[str, float]:
    """Open every tracker's connection, then let each protocol's half send while the other stays open."""
    links = await asyncio.gather(
        *(_connect(ports[0] if n < TRACKERS // 2 else ports[1], n) for n in range(TRACKERS))
    )
    rates = {}
    for name, numbers in (("wialon", range(TRACKERS // 2)), ("teltonika", range(TRACKERS // 2, TRACKERS))):

        async def send(n: int) -> None:
            reader, writer = links[n]
            device, source = _device(n)
            for step in range(first_step, first_step + PACKETS):
                fix = _fix(n, step, device, source, start)
                writer.write(
                    encode.wialon_data(fix) if source is Source.WIALON else encode.teltonika_packet([fix])
                )
                await writer.drain()
                assert await reader.read(64), "the server closed the connection"

        began = time.perf_counter()
        await asyncio.gather(*(send(n) for n in numbers))
        rates[name] = len(numbers) * PACKETS / (time.perf_counter() - began)
    for _reader, writer in links:
        writer.close()
    return rates


async def _phones(port: int, start: datetime, first_step: int) -> float:
    """Traccar Client on PHONES phones at once, each keeping its HTTP/1.1 connection as the app does (a
    light client of raw requests, so that the client's own cost does not hide the server's)."""
    links = await asyncio.gather(*(asyncio.open_connection("127.0.0.1", port) for _ in range(PHONES)))

    async def send(k: int) -> None:
        reader, writer = links[k]
        n = TRACKERS + k
        device, source = _device(n)
        for step in range(first_step, first_step + PACKETS):
            query = urlencode(encode.osmand_query(_fix(n, step, device, source, start)))
            writer.write(f"GET /?{query} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 200"), head[:40]
            length = int(
                next(
                    (
                        line.split(b":")[1]
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"content-length")
                    ),
                    b"0",
                )
            )
            if length:
                await reader.readexactly(length)

    began = time.perf_counter()
    await asyncio.gather(*(send(k) for k in range(PHONES)))
    rate = PHONES * PACKETS / (time.perf_counter() - began)
    for _reader, writer in links:
        writer.close()
    return rate


@pytest.mark.parametrize("naive", [False, True], ids=["group_commit", "one_transaction_a_packet_naive"])
def test_fixes_per_second_with_1000_trackers_connected(benchmark, fleet, naive):
    server = Server(fleet.url, naive)
    start = datetime.now(UTC) - timedelta(hours=5)  # every round later than the last, none in the future
    rounds = iter(range(0, 10_000, PACKETS))
    results: list[dict[str, float]] = []

    def one_round() -> None:
        step = next(rounds) + (5000 if naive else 0)
        rates = asyncio.run(_trackers(server.ports, start, step))
        rates["osmand"] = asyncio.run(_phones(server.ports[2], start, step))
        results.append(rates)

    try:
        benchmark.pedantic(one_round, rounds=3, warmup_rounds=1)
    finally:
        server.stop()
    for protocol in ("wialon", "teltonika", "osmand"):
        rate = sorted(r[protocol] for r in results)[len(results) // 2]
        benchmark.extra_info[f"{protocol}_fixes_per_s"] = round(rate)
        print(f"\n{'naive' if naive else 'group commit'} {protocol}: {rate:,.0f} fixes/s", flush=True)
