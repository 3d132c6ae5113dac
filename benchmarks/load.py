"""A lean HTTP/1.1 load generator for the intake benchmarks.

A general client (httpx, requests) spends more CPU per request than the server under test does, and on
two cores that would measure the client. This one keeps ``concurrency`` keep-alive connections open on
asyncio and writes prepared request bytes; it parses only the status line, Content-Length and the body.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

BOUNDARY = "dispatchdeskbenchboundary"


@dataclass
class LoadResult:
    sent: int = 0
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    acknowledged: dict[str, str] = field(default_factory=dict)  # idempotency key → incident number
    answered_at: dict[str, float] = field(default_factory=dict)  # incident number → time.time()
    errors: list[str] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        return self.sent / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] if ordered else float("nan")

    def summary(self) -> dict[str, float]:
        return {
            "reports": self.sent,
            "reports_per_s": round(self.per_second, 1),
            "p50_ms": round(statistics.median(self.latencies_ms), 2) if self.latencies_ms else None,
            "p99_ms": round(self.percentile(0.99), 2),
            "errors": len(self.errors),
        }


def form_request(host: str, port: int, api_key: str, key: str, fields: dict[str, str]) -> bytes:
    body = urlencode(fields).encode()
    head = (
        f"POST /v2/requests.json HTTP/1.1\r\nHost: {host}:{port}\r\nX-API-Key: {api_key}\r\n"
        f"Idempotency-Key: {key}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def multipart_request(
    host: str, port: int, api_key: str, key: str, fields: dict[str, str], media: tuple[str, str, bytes]
) -> bytes:
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    filename, content_type, data = media
    parts.append(
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="media"; filename="{filename}"\r\n'
        f"Content-Type: {content_type}\r\n\r\n".encode()
        + data
        + b"\r\n"
    )
    parts.append(f"--{BOUNDARY}--\r\n".encode())
    body = b"".join(parts)
    head = (
        f"POST /v2/requests.json HTTP/1.1\r\nHost: {host}:{port}\r\nX-API-Key: {api_key}\r\n"
        f"Idempotency-Key: {key}\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    status_line = await reader.readline()
    status = int(status_line.split()[1])
    length = 0
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    return status, await reader.readexactly(length)


async def _run(
    host: str, port: int, requests: list[tuple[str, bytes]], concurrency: int, pace: float, result: LoadResult
) -> None:
    queue: asyncio.Queue[tuple[int, str, bytes]] = asyncio.Queue()
    for n, (key, raw) in enumerate(requests):
        queue.put_nowait((n, key, raw))
    started = time.perf_counter()

    async def worker() -> None:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while True:
                try:
                    n, key, raw = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                if pace > 0:  # open loop: report n is due at n / pace seconds
                    delay = started + n / pace - time.perf_counter()
                    if delay > 0:
                        await asyncio.sleep(delay)
                began = time.perf_counter()
                writer.write(raw)
                status, body = await _read_response(reader)
                took = time.perf_counter() - began
                if status == 201:
                    number = json.loads(body)[0]["service_request_id"]
                    result.acknowledged[key] = number
                    result.answered_at[number] = time.time()
                    result.latencies_ms.append(took * 1000)
                    result.sent += 1
                else:
                    result.errors.append(f"{status} {body[:200]!r}")
        finally:
            writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    result.seconds = time.perf_counter() - started


def run_load(
    host: str, port: int, requests: list[tuple[str, bytes]], concurrency: int = 32, pace: float = 0.0
) -> LoadResult:
    """Send every (idempotency key, raw request) and wait for the answers; ``pace`` reports a second
    (0: as fast as the server answers)."""
    result = LoadResult()
    asyncio.run(_run(host, port, requests, concurrency, pace, result))
    return result
