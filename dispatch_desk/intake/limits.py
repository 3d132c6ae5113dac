"""Limits that protect the intake server: requests per client key, and bytes per request body."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from dispatch_desk.config import Settings

MB = 1024 * 1024


@dataclass(frozen=True)
class IntakeLimits:
    """How much one request may carry (settings ``intake_max_*``)."""

    max_file_bytes: int = 25 * MB
    max_report_bytes: int = 60 * MB
    max_files: int = 10
    max_list: int = 1000  # service requests in one GET /v2/requests.json answer
    # Lookups of service requests from one network address a minute: walking the numbers is slow.
    lookups_per_minute: int = 120

    @classmethod
    def from_settings(cls, settings: Settings) -> IntakeLimits:
        return cls(
            max_file_bytes=int(settings.intake_max_file_mb * MB),
            max_report_bytes=int(settings.intake_max_report_mb * MB),
            max_files=max(1, int(settings.intake_max_files)),
            lookups_per_minute=max(1, int(settings.intake_lookups_per_minute)),
        )


DEFAULT_LIMITS = IntakeLimits()


class RateLimiter:
    """A token bucket per client (a key's id, a network address): ``rate_per_minute`` on average, bursts
    of up to ten seconds' worth. At most ``max_clients`` buckets are kept: the fullest go first."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, max_clients: int = 100_000) -> None:
        self.clock = clock
        self.max_clients = max_clients
        self._buckets: dict[Hashable, tuple[float, float]] = {}  # client → (tokens, last refill)
        self._lock = threading.Lock()

    def allow(self, key_id: Hashable, rate_per_minute: int, cost: float = 1.0) -> float:
        """0.0 when the request (worth ``cost`` requests) may go ahead, else the seconds until it may be
        retried."""
        per_second = rate_per_minute / 60.0
        capacity = max(5.0, per_second * 10)
        now = self.clock()
        with self._lock:
            if key_id not in self._buckets and len(self._buckets) >= self.max_clients:
                self._forget_idle(now, per_second, capacity)
            tokens, last = self._buckets.get(key_id, (capacity, now))
            tokens = min(capacity, tokens + (now - last) * per_second)
            cost = min(max(cost, 1.0), capacity)
            if tokens >= cost:
                self._buckets[key_id] = (tokens - cost, now)
                return 0.0
            self._buckets[key_id] = (tokens, now)
            return (cost - tokens) / per_second

    def _forget_idle(self, now: float, per_second: float, capacity: float) -> None:
        """Drop the buckets that have refilled (their clients lose nothing), or else the older half."""
        full = [
            k for k, (tokens, last) in self._buckets.items() if tokens + (now - last) * per_second >= capacity
        ]
        for key in (
            full or sorted(self._buckets, key=lambda k: self._buckets[k][1])[: len(self._buckets) // 2]
        ):
            del self._buckets[key]


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


class BodyLimit:
    """ASGI middleware: refuses a body larger than ``limit`` bytes with 413, before reading it when the
    client says its length, and as soon as the limit is passed when it streams."""

    def __init__(self, app, limit: int, answer: Callable[[int, str], object]) -> None:
        self.app = app
        self.limit = limit
        self.answer = answer  # (status, message) → an ASGI response

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        message = f"the request body is larger than {self.limit // (1024 * 1024)} MB"
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await self.answer(400, "Content-Length is not a number")(scope, receive, send)
                    return
                if declared > self.limit:
                    await self.answer(413, message)(scope, receive, send)
                    return
        received = 0
        started = False

        async def counting_receive():
            nonlocal received
            event = await receive()
            if event["type"] == "http.request":
                received += len(event.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return event

        async def tracking_send(event):
            nonlocal started
            if event["type"] == "http.response.start":
                started = True
            await send(event)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self.answer(413, message)(scope, receive, send)
