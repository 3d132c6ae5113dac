"""The units' server: one asyncio loop serving Wialon IPS and Teltonika over TCP and OsmAnd over HTTP.

Each connection has its own decoder session; what a device may do is asked of a ``Devices`` registry
(is it known, is its password right) and what it sent goes to a ``Fixes`` sink, both on a worker thread so
that the loop never waits for the database; the fixes of all connections that arrive while one batch is
written go into the next in one transaction (``group_commit.py``). A connection that sends garbage, stays
silent past its deadline or sends faster than its budget is closed; the others go on. An unknown device
is logged once a minute, not at every packet.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from dispatch_desk.avl import teltonika, wialon
from dispatch_desk.avl.group_commit import GroupCommit
from dispatch_desk.domain.fixes import Fix, Source

log = logging.getLogger(__name__)
READ_SIZE = 64 * 1024


class Devices(Protocol):
    """Which devices may send: True (known; password right or none set), None (wrong password), False."""

    def accept(self, source: Source, device: str, password: str | None) -> bool | None: ...


class Fixes(Protocol):
    """Where the fixes go (stored, and the units moved); called on a worker thread."""

    def take(self, fixes: Sequence[Fix]) -> object: ...


@dataclass(frozen=True)
class AvlLimits:
    idle_s: float = 300.0  # a tracker pings at least every few minutes; silent longer, it is gone
    max_connections: int = 20_000
    packets_per_minute: int = 600  # per connection: a fix a second, and its black box flushing
    log_every_s: float = 60.0  # an unknown device is logged once in this


class Refusals:
    """Says each refused device once per ``every`` seconds."""

    def __init__(self, every: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.every, self.clock = every, clock
        self._said: dict[str, float] = {}

    def say(self, text: str) -> bool:
        now = self.clock()
        if now - self._said.get(text, -self.every) < self.every:
            return False
        if len(self._said) > 10_000:
            self._said.clear()
        self._said[text] = now
        log.warning("avl: %s", text)
        return True


class Budget:
    """At most ``per_minute`` packets a minute, refilled continuously."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.clock = per_minute / 60.0, clock
        self.tokens, self.at = float(per_minute), clock()
        self.cap = float(per_minute)

    def spend(self, count: int = 1) -> bool:
        now = self.clock()
        self.tokens = min(self.cap, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens < count:
            return False
        self.tokens -= count
        return True


class AvlServer:
    def __init__(self, devices: Devices, fixes: Fixes, limits: AvlLimits | None = None) -> None:
        self.devices, self.fixes = devices, fixes
        self.limits = limits or AvlLimits()
        self.refusals = Refusals(self.limits.log_every_s)
        self.connections = 0
        self.servers: list[asyncio.Server] = []
        self._devices: dict[str, Budget] = {}  # per device, whichever connections it comes on
        self.stored = GroupCommit(fixes)  # many connections' fixes, one transaction

    def device_may_send(self, device: str, packets: int = 1) -> bool:
        """A device's own budget: reconnecting does not refill it."""
        budget = self._devices.get(device)
        if budget is None:
            if len(self._devices) > 100_000:
                self._devices.clear()
            budget = self._devices[device] = Budget(self.limits.packets_per_minute)
        return budget.spend(packets)

    async def start(self, host: str, wialon_port: int | None, teltonika_port: int | None) -> None:
        """Listen for the protocols whose port is given (0: any free port)."""
        if wialon_port is not None:
            self.servers.append(await asyncio.start_server(self._wialon, host, wialon_port))
        if teltonika_port is not None:
            self.servers.append(await asyncio.start_server(self._teltonika, host, teltonika_port))

    def ports(self) -> list[int]:
        return [server.sockets[0].getsockname()[1] for server in self.servers]

    async def close(self) -> None:
        for server in self.servers:
            server.close()
            await server.wait_closed()
        await self.stored.close()

    # -- the protocols ----------------------------------------------------------------------------
    async def _wialon(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        def accept(device: str, password: str | None) -> bool | None:
            return self.devices.accept(Source.WIALON, device, password)

        session = wialon.WialonSession(accept, lambda: datetime.now(UTC))
        await self._serve(
            reader, writer, session.receive, "Wialon IPS", (wialon.FrameError,), lambda data: b"#L#" in data
        )

    async def _teltonika(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        def accept(device: str) -> bool:
            return bool(self.devices.accept(Source.TELTONIKA, device, None))

        session = teltonika.TeltonikaSession(accept)
        await self._serve(
            reader, writer, session.receive, "Teltonika", (teltonika.FrameError,), lambda _: False
        )

    async def _serve(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        receive: Callable[[bytes], wialon.Decoded | teltonika.Decoded],
        protocol: str,
        frame_errors: tuple[type[Exception], ...],
        logs_in: Callable[[bytes], bool],
    ) -> None:
        """Serve one connection. Its first read (the login) and any later login ask the registry, on a
        worker thread; the rest is decoded on the loop (a few microseconds a packet: cheaper than the hop
        to a thread)."""
        peer = writer.get_extra_info("peername")
        if self.connections >= self.limits.max_connections:
            writer.close()
            return
        self.connections += 1
        budget = Budget(self.limits.packets_per_minute)
        first = True
        try:
            while True:
                data = await asyncio.wait_for(reader.read(READ_SIZE), self.limits.idle_s)
                if not data:
                    return
                if first or logs_in(data):  # the decoder asks the registry (the database): off the loop
                    decoded = await asyncio.to_thread(receive, data)
                else:
                    decoded = receive(data)
                first = False
                for problem in decoded.problems:
                    self.refusals.say(f"{protocol} {problem}")
                if decoded.replies and not budget.spend(len(decoded.replies)):
                    self.refusals.say(f"{protocol} {peer}: faster than its budget, closed")
                    return
                senders = {fix.device for fix in decoded.fixes}
                if any(not self.device_may_send(device, len(decoded.replies)) for device in senders):
                    self.refusals.say(
                        f"{protocol} {', '.join(sorted(senders))}: faster than its budget, closed"
                    )
                    return  # nothing acknowledged: the device sends it again later
                if decoded.fixes:  # stored (with other connections' fixes) before they are acknowledged
                    await self.stored.take(decoded.fixes)
                writer.write(b"".join(decoded.replies))
                await writer.drain()
        except frame_errors as exc:
            self.refusals.say(f"{protocol} {peer}: {exc}")
        except (TimeoutError, ConnectionError):
            pass
        except Exception:  # never let one connection's trouble reach the others
            log.exception("avl: %s connection from %s failed", protocol, peer)
        finally:
            self.connections -= 1
            writer.close()
