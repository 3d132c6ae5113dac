"""The intake's doors: how many connections one network, and everybody together, may hold open at once.

One network address — an IPv4 address, or an IPv6 /64 (what one subscriber line or one cloud machine is
given) — may hold at most ``per_network`` connections, its WebSockets (calls from the app) included; the
next is answered 429 and closed before anything is read. The server as a whole takes ``total``; past that
every request but ``/healthz`` is answered 503 and closed, and past ``total`` plus a reserve a connection is
refused at once. So an address that opens thousands of slow sockets holds a few dozen, honest clients on
other addresses are served, and a monitor always hears ``/healthz``. A reverse proxy on the trusted list
counts as the clients it forwards (it keeps its own limits); it is not held to ``per_network``.

uvicorn calls ``enter`` and ``leave`` from its protocol objects (``server.py``), all on one event loop.
"""

from __future__ import annotations

import json
from collections import Counter
from ipaddress import IPv4Network, IPv6Network, ip_address, ip_network

RESERVE_SHARE = 20  # past the total, one connection in twenty more is let in to answer /healthz or 503


def network_of(host: str | None) -> str:
    """The network a client address counts under: an IPv4 address itself, an IPv6 address's /64 (an
    IPv4-mapped IPv6 address as its IPv4)."""
    if not host:
        return "?"
    try:
        ip = ip_address(host.split("%", 1)[0])
    except ValueError:
        return host[:64]
    if ip.version == 6:
        mapped = ip.ipv4_mapped
        if mapped is not None:
            return str(mapped)
        return str(ip_network(f"{ip}/64", strict=False))
    return str(ip)


class Doors:
    def __init__(
        self, per_network: int, total: int, trusted: tuple[IPv4Network | IPv6Network, ...] = ()
    ) -> None:
        self.per_network = per_network
        self.total = total
        self.hard_limit = total + max(10, total // RESERVE_SHARE)
        self.trusted = trusted
        self.held: Counter[str] = Counter()
        self.count = 0
        self.refused = 0

    def _trusted(self, host: str | None) -> bool:
        try:
            ip = ip_address((host or "").split("%", 1)[0])
        except ValueError:
            return False
        return any(ip in network for network in self.trusted)

    def enter(self, host: str | None) -> bytes | None:
        """Let a new connection from ``host`` in (None), or the answer that refuses it before it is read."""
        if self.count >= self.hard_limit:
            self.refused += 1
            return refusal(503, "the server is full; retry in a few seconds")
        key = network_of(host)
        if self.held[key] >= self.per_network and not self._trusted(host):
            self.refused += 1
            return refusal(429, "too many connections from your network; close some and retry")
        self.held[key] += 1
        self.count += 1
        return None

    def leave(self, host: str | None) -> None:
        key = network_of(host)
        if self.held[key] > 0:
            self.held[key] -= 1
            self.count -= 1
            if not self.held[key]:
                del self.held[key]

    @property
    def crowded(self) -> bool:
        """Every place is taken: requests other than /healthz are answered 503 and closed."""
        return self.count > self.total


def refusal(status: int, description: str) -> bytes:
    """A whole HTTP/1.1 answer in the GeoReport error format that closes the connection."""
    body = json.dumps([{"code": status, "description": description}]).encode()
    phrase = {429: "Too Many Requests", 503: "Service Unavailable"}[status]
    return (
        f"HTTP/1.1 {status} {phrase}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
        f"retry-after: 5\r\nconnection: close\r\n\r\n"
    ).encode() + body


class Doorkeeper:
    """ASGI: while the server is crowded, every request but /healthz gets 503 and its connection closes."""

    def __init__(self, app, doors: Doors, answer) -> None:
        self.app = app
        self.doors = doors
        self.answer = answer  # (status, description, headers) → an ASGI response

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and self.doors.crowded and scope.get("path") != "/healthz":
            busy = self.answer(
                503, "the server is busy; retry in a few seconds", {"Retry-After": "5", "Connection": "close"}
            )
            await busy(scope, receive, send)
            return
        await self.app(scope, receive, send)
