"""Limits that protect the intake server: requests per client key, device and network address, bytes per
request body, and the client's address behind a trusted reverse proxy."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from ipaddress import IPv4Network, IPv6Network, ip_address, ip_network

from starlette.types import ASGIApp

from dispatch_desk.config import Settings, SettingsError

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
    reports_per_device_per_minute: int = 6
    reports_per_address_per_minute: int = 30
    calls_per_address_per_minute: int = 10  # calls from the app started from one network address
    calls_ringing_per_address: int = 3  # calls ringing at once from one network (an IPv6 /64)
    calls_ringing_per_account: int = 1  # and from one registered account
    trusted_proxies: tuple[IPv4Network | IPv6Network, ...] = ()
    header_timeout_s: float = 5.0
    body_timeout_s: float = 30.0
    max_connections: int = 4000
    connections_per_address: int = 50  # connections and WebSockets of one network at once
    account_secret: bytes = b""  # signs the registered accounts' tokens (``domain/app_accounts.py``)

    @classmethod
    def from_settings(cls, settings: Settings) -> IntakeLimits:
        return cls(
            max_file_bytes=int(settings.intake_max_file_mb * MB),
            max_report_bytes=int(settings.intake_max_report_mb * MB),
            max_files=max(1, int(settings.intake_max_files)),
            lookups_per_minute=max(1, int(settings.intake_lookups_per_minute)),
            reports_per_device_per_minute=max(1, int(settings.intake_reports_per_device_per_minute)),
            reports_per_address_per_minute=max(1, int(settings.intake_reports_per_address_per_minute)),
            calls_per_address_per_minute=max(1, int(settings.intake_calls_per_address_per_minute)),
            calls_ringing_per_address=max(1, int(settings.intake_calls_ringing_per_address)),
            trusted_proxies=parse_networks(settings.intake_trusted_proxies),
            header_timeout_s=max(1.0, settings.intake_header_timeout_s),
            body_timeout_s=max(1.0, settings.intake_body_timeout_s),
            max_connections=max(10, int(settings.intake_max_connections)),
            connections_per_address=max(2, int(settings.intake_connections_per_address)),
            account_secret=account_secret(settings.intake_account_secret),
        )


def account_secret(text: str) -> bytes:
    """The registration service's signing secret, as bytes; too short a secret is a settings error."""
    from dispatch_desk.domain.app_accounts import MIN_SECRET_BYTES

    secret = text.strip().encode("utf-8")
    if secret and len(secret) < MIN_SECRET_BYTES:
        raise SettingsError(f"intake_account_secret must be at least {MIN_SECRET_BYTES} characters")
    return secret


def parse_networks(text: str) -> tuple[IPv4Network | IPv6Network, ...]:
    """``"127.0.0.1, 10.0.0.0/8"`` as networks; a wrong entry is a settings error, said plainly."""
    networks = []
    for part in (p.strip() for p in text.split(",")):
        if part:
            try:
                networks.append(ip_network(part, strict=False))
            except ValueError:
                raise SettingsError(
                    f"intake_trusted_proxies: {part!r} is not an address or network"
                ) from None
    return tuple(networks)


def client_address(peer: str | None, forwarded_for: str | None, trusted: tuple) -> str:
    """The client's address: the connection's, or — when that is a trusted reverse proxy — the nearest
    address in X-Forwarded-For that is not a trusted proxy itself (what a client writes there before the
    proxies is not believed)."""
    address = peer or "?"
    if not trusted or not forwarded_for or not _trusted(address, trusted):
        return address
    for hop in reversed([h.strip() for h in forwarded_for.split(",")][:32]):
        if not _trusted(hop, trusted):
            try:
                return str(ip_address(hop))
            except ValueError:
                return address  # garbage where an address belongs: the proxy's own address stands
    return address


def _trusted(address: str, trusted: tuple) -> bool:
    try:
        ip = ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in trusted)


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

    def __init__(self, app, limit: int, answer: Callable[[int, str], ASGIApp]) -> None:
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
