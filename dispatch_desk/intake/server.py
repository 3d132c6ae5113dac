"""Running the intake on the internet: uvicorn with deadlines, a connection limit and a last resort.

uvicorn closes idle keep-alive connections but waits for ever for a request's headers or body; a few
thousand sockets that trickle a byte a minute would hold every file the process may open. Here each
connection must send its request line and headers within ``header_timeout_s`` and its body within
``body_timeout_s``, or it is closed. ``doors.py`` counts the connections and WebSockets of each network
(IPv4 address, IPv6 /64): one network holds at most ``connections_per_address``, the next is answered 429
and closed unread; past ``max_connections`` in all, everything but ``/healthz`` is answered 503. Whatever
still goes wrong inside the application is answered in the GeoReport error format with 503 and logged
as one line, never a 500 with a traceback.

Behind a reverse proxy (nginx, HAProxy) set ``intake_trusted_proxies`` to its address so that the
limits per network address count the real clients (X-Forwarded-For), and give the proxy the same or
shorter timeouts and body size.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Sequence
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from dispatch_desk.intake.app import create_app
from dispatch_desk.intake.call_legs import MAX_MESSAGE
from dispatch_desk.intake.doors import Doorkeeper, Doors
from dispatch_desk.intake.errors import error_response
from dispatch_desk.intake.limits import IntakeLimits
from dispatch_desk.services.app_reports import IntakeService

log = logging.getLogger(__name__)
SWEEP_EVERY_S = 3600.0
KEEP_ALIVE_S = 5
FILES_BESIDE_CONNECTIONS = 200  # the database's connections, media files, the logs


def _host(transport) -> str | None:
    peer = transport.get_extra_info("peername") if transport is not None else None
    return peer[0] if isinstance(peer, tuple) and peer else None


def guarded_protocol(
    header_timeout_s: float, body_timeout_s: float, doors: Doors | None = None
) -> type[H11Protocol]:
    class GuardedH11Protocol(H11Protocol):
        """uvicorn's HTTP/1.1 protocol with a deadline for the headers and another for the body, and the
        doors: a connection over its network's share is answered and closed before it is read."""

        _deadline: asyncio.TimerHandle | None = None
        _phase: str | None = None
        _host: str | None = None
        _counted = False

        def connection_made(self, transport) -> None:
            self._host = _host(transport)
            if doors is not None:
                refusal = doors.enter(self._host)
                if refusal is not None:
                    self.transport = transport
                    transport.write(refusal)
                    transport.close()
                    return
                self._counted = True
            super().connection_made(transport)
            self._arm("headers")

        def data_received(self, data: bytes) -> None:
            if not self._counted and doors is not None:
                return  # refused: its answer is on the way, nothing of it is read
            super().data_received(data)
            state = self.conn.their_state
            if state is h11.IDLE:  # the first bytes of the next request on a kept-alive connection
                if self._phase is None:
                    self._arm("headers")
            elif state is h11.SEND_BODY:
                if self._phase != "body":
                    self._arm("body")
            else:
                self._disarm()

        def connection_lost(self, exc: Exception | None) -> None:
            if doors is not None:
                if not self._counted:
                    return
                doors.leave(self._host)
                self._counted = False
            self._disarm()
            super().connection_lost(exc)

        def handle_websocket_upgrade(self, event) -> None:
            # The socket is the WebSocket protocol's from now on: it counts it (``guarded_websocket``).
            if doors is not None and self._counted:
                doors.leave(self._host)
                self._counted = False
            self._disarm()
            super().handle_websocket_upgrade(event)

        def _arm(self, phase: str) -> None:
            self._disarm()
            self._phase = phase
            delay = header_timeout_s if phase == "headers" else body_timeout_s
            self._deadline = self.loop.call_later(delay, self._too_slow)

        def _disarm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
            self._deadline, self._phase = None, None

        def _too_slow(self) -> None:
            log.debug("closing a connection whose %s did not arrive in time", self._phase)
            self._deadline, self._phase = None, None
            self.transport.close()

    return GuardedH11Protocol


def guarded_websocket(doors: Doors) -> type:
    """uvicorn's WebSocket protocol, counted against its network's share like an HTTP connection."""
    from uvicorn.protocols.websockets.auto import AutoWebSocketsProtocol

    class GuardedWebSocketProtocol(AutoWebSocketsProtocol):  # type: ignore[misc, valid-type]
        _host: str | None = None
        _counted = False

        def connection_made(self, transport) -> None:
            self._host = _host(transport)
            if doors.enter(self._host) is not None:
                transport.close()  # over its network's share: the handshake never completes
                return
            self._counted = True
            super().connection_made(transport)

        def connection_lost(self, exc: Exception | None) -> None:
            if not self._counted:
                return
            doors.leave(self._host)
            self._counted = False
            super().connection_lost(exc)

    return GuardedWebSocketProtocol


def uvicorn_options(limits: IntakeLimits, connections: int | None = None) -> tuple[dict[str, Any], Doors]:
    """The protocols, deadlines and limits uvicorn runs the intake with, and the doors they count on."""
    doors = Doors(
        limits.connections_per_address, connections or limits.max_connections, limits.trusted_proxies
    )
    options: dict[str, Any] = {
        "http": guarded_protocol(limits.header_timeout_s, limits.body_timeout_s, doors),
        "ws": guarded_websocket(doors),
        "timeout_keep_alive": KEEP_ALIVE_S,
        "limit_concurrency": None,  # the doors decide, and /healthz is always answered
        # Signalling sockets: a message larger than this is refused by the protocol itself; a peer that
        # stops answering pings is a lost call.
        "ws_max_size": MAX_MESSAGE * 4,
        "ws_ping_interval": 10.0,
        "ws_ping_timeout": 10.0,
    }
    return options, doors


class LastResort:
    """ASGI: an error nothing else answered becomes a GeoReport 503 and one line in the log."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        started = False

        async def tracking_send(event) -> None:
            nonlocal started
            if event["type"] == "http.response.start":
                started = True
            await send(event)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:  # the last place anything can be said to the client
            if scope["type"] != "http":
                raise
            if not started:  # else the application's own handler answered, and logged it
                log.error(
                    "%s %s failed: %s: %s",
                    scope.get("method"),
                    scope.get("path"),
                    type(exc).__name__,
                    str(exc)[:300],
                )
                answer = error_response(
                    503, "the server could not handle this request; retry later", {"Retry-After": "5"}
                )
                await answer(scope, receive, send)


def open_files_for(connections: int) -> int:
    """Raise the process's limit of open files towards what ``connections`` need (many systems start
    processes with 1,024); returns how many connections the limit then allows."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = connections + FILES_BESIDE_CONNECTIONS
    if soft != resource.RLIM_INFINITY and soft < wanted:
        raised = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (raised, hard))
            soft = raised
        except (ValueError, OSError):
            pass
    if soft == resource.RLIM_INFINITY:
        return connections
    return max(10, min(connections, soft - FILES_BESIDE_CONNECTIONS))


def serve(
    service: IntakeService,
    host: str,
    port: int,
    limits: IntakeLimits,
    timezone: str,
    ice_servers: Sequence[dict[str, Any]] = (),
) -> None:
    import uvicorn

    connections = open_files_for(limits.max_connections)
    if connections < limits.max_connections:
        log.warning(
            "the limit of open files allows %d connections, not %d", connections, limits.max_connections
        )

    options, doors = uvicorn_options(limits, connections)
    app = create_app(service, limits, timezone=timezone, ice_servers=ice_servers)
    config = uvicorn.Config(
        LastResort(Doorkeeper(app, doors, error_response)),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        server_header=False,
        **options,
    )
    server = uvicorn.Server(config)
    # The writer thread makes a dozen short database round trips per batch and must win the GIL back
    # after each; with the default 5 ms switch interval it queues behind the request threads for up to
    # 5 ms every time (a convoy). 0.5 ms keeps batches short (measured: +12 % reports per second).
    sys.setswitchinterval(0.0005)
    # The precinct grid and the address data are built before the first request, not by it: the first
    # caller pressing "call" (or the first report) does not wait a second for them.
    service.desk.geo.warm()
    service.start()
    follower = service.follow_changes()
    stop = threading.Event()
    sweeper = threading.Thread(target=_sweep, args=(service, stop), name="intake-media-sweep", daemon=True)
    sweeper.start()
    try:
        server.run()
    finally:
        stop.set()
        follower.stop()
        service.close()


def _sweep(service: IntakeService, stop: threading.Event) -> None:
    """Remove media no committed report names: at start, then every hour."""
    while True:
        try:
            removed = service.sweep_media()
            if removed:
                log.warning("removed %d media files no report names (left by interrupted uploads)", removed)
        except Exception as exc:  # a sweep that fails is tried again next time
            log.error("the media sweep failed: %s", exc)
        if stop.wait(SWEEP_EVERY_S):
            return
