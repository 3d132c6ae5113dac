"""The intake's doors under a flood of sockets, over real TCP on loopback: one address (127.0.0.1) holds
only its share of connections and WebSockets, is answered 429 and closed past it, and an honest client
on another address (127.0.0.2) is served throughout; past the server's total only /healthz is answered.
Every loop here is bounded in count and time."""

from __future__ import annotations

import base64
import os
import socket
import time

import httpx
import pytest

from dispatch_desk.intake.app import IntakeLimits, create_app
from dispatch_desk.intake.server import LastResort
from tests.support.intake import ServerThread, app_key

LIMITS = IntakeLimits(
    connections_per_address=20, max_connections=60, header_timeout_s=2.0, body_timeout_s=2.0
)
HONEST = "127.0.0.2"


@pytest.fixture
def desk(desk):
    if desk.db.is_postgresql:
        pytest.skip("the doors are the server's, whatever the database")
    return desk


@pytest.fixture
def server(intake):
    with ServerThread(LastResort(create_app(intake, LIMITS)), limits=LIMITS) as running:
        yield running


@pytest.fixture
def key(intake) -> str:
    return app_key(intake, 600)


def honest(server) -> httpx.Client:
    transport = httpx.HTTPTransport(local_address=HONEST)
    return httpx.Client(base_url=server.url, transport=transport, timeout=10)


def started_post(server, source: str = "127.0.0.1", *, headers_done: bool = False) -> socket.socket:
    """A socket that began a report and never finishes it: its headers (or, ``headers_done``, its body)."""
    sock = socket.create_connection((server.host, server.port), timeout=5, source_address=(source, 0))
    start = (
        b"POST /v2/requests.json HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
    )
    sock.sendall(start + (b"Content-Length: 100000\r\n\r\nservice_code=theft&" if headers_done else b"X-A: "))
    return sock


def answer_of(sock: socket.socket, wait_s: float = 2.0) -> bytes:
    """What the server says on ``sock`` until it closes it (or ``wait_s`` passes)."""
    sock.settimeout(0.2)
    got, deadline = b"", time.monotonic() + wait_s
    while time.monotonic() < deadline:
        try:
            chunk = sock.recv(4096)
        except TimeoutError:
            continue
        except ConnectionResetError:  # closed with what the client sent still unread: a reset
            return got + b"<closed>"
        except OSError:
            break
        if not chunk:
            return got + b"<closed>"
        got += chunk
    return got


def settled(check, wait_s: float = 5.0) -> bool:
    """Whether ``check()`` comes true within ``wait_s`` (the server accepts in its own thread)."""
    deadline = time.monotonic() + wait_s
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def report(client: httpx.Client, key: str) -> httpx.Response:
    return client.post(
        "/v2/requests.json",
        data={
            "api_key": key,
            "service_code": "theft",
            "lat": "52.2873",
            "long": "76.9674",
            "description": "украли",
        },
    )


def test_one_address_holds_its_share_and_an_honest_client_is_served(server, key):
    sockets = [started_post(server) for _ in range(60)]
    try:
        assert settled(lambda: server.doors.held["127.0.0.1"] + server.doors.refused == len(sockets))
        assert server.doors.held["127.0.0.1"] == LIMITS.connections_per_address
        refused = [answer_of(s, 0.5) for s in sockets[LIMITS.connections_per_address :]]
        assert all(a.startswith(b"HTTP/1.1 429") and a.endswith(b"<closed>") for a in refused), refused[:2]
        with honest(server) as client:
            assert client.get("/healthz").status_code == 200
            assert report(client, key).status_code == 201
    finally:
        for s in sockets:
            s.close()


def test_a_socket_answered_with_an_error_is_closed_and_a_slow_body_is_cut(server, key):
    sock = socket.create_connection((server.host, server.port), timeout=5)
    try:
        sock.sendall(
            b"POST /v2/requests.json HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded"
            b"\r\nContent-Length: 20\r\n\r\nservice_code=theft&x"
        )
        answer = answer_of(sock, 3.0)
        assert answer.startswith(b"HTTP/1.1 401") and b"connection: close" in answer.lower()
        assert answer.endswith(b"<closed>")
    finally:
        sock.close()
    slow = started_post(server, headers_done=True)
    try:
        started = time.monotonic()
        assert answer_of(slow, 5.0).endswith(b"<closed>")  # the body deadline: seconds, not minutes
        assert time.monotonic() - started < LIMITS.body_timeout_s + 1.5
    finally:
        slow.close()


def test_past_the_total_only_healthz_is_answered(server, key):
    # three addresses fill the server's 60 places
    held = [started_post(server, f"127.0.0.{n}") for n in (3, 4, 5) for _ in range(20)]
    try:
        assert settled(lambda: server.doors.count == 60)
        with honest(server) as client:
            assert client.get("/healthz").status_code == 200
            assert report(client, key).status_code == 503
    finally:
        for s in held:
            s.close()
    assert settled(lambda: not server.doors.crowded)
    with honest(server) as client:
        assert report(client, key).status_code == 201


def test_websockets_count_against_their_networks_share(server):
    def upgrade(source: str) -> tuple[socket.socket, bytes]:
        sock = socket.create_connection((server.host, server.port), timeout=5, source_address=(source, 0))
        nonce = base64.b64encode(os.urandom(16))
        sock.sendall(
            b"GET /v2/calls/citizen HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " + nonce + b"\r\n\r\n"
        )
        sock.settimeout(2)
        try:
            return sock, sock.recv(1024)
        except (TimeoutError, OSError):
            return sock, b""

    opened = [upgrade("127.0.0.1") for _ in range(LIMITS.connections_per_address + 5)]
    try:
        upgraded = [s for s, first in opened if first.startswith(b"HTTP/1.1 101")]
        assert len(upgraded) == LIMITS.connections_per_address
        _sock, first = upgrade(HONEST)
        assert first.startswith(b"HTTP/1.1 101")  # another network still gets its call through
        _sock.close()
    finally:
        for s, _ in opened:
            s.close()
