"""A crowd on the internet against the intake, over real HTTP and WebSockets on loopback: many source
addresses (127.0.0.10 and on) spend the app key's anonymous budget with junk reports, lookups and prank
calls; registered citizens (a token from the app's registration service) are still served, a network's
ringing calls are capped, and lookups never spend what reporting has. Bounded in count and time."""

from __future__ import annotations

import json
import socket
import time
from contextlib import ExitStack

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from dispatch_desk.domain import app_accounts
from dispatch_desk.intake.app import IntakeLimits, create_app
from dispatch_desk.intake.call_legs import Close
from tests.support.intake import ServerThread, app_key

SECRET = b"the registration service's secret, 32+ bytes long"
LIMITS = IntakeLimits(account_secret=SECRET, calls_per_address_per_minute=600, calls_ringing_per_address=3)
CENTRE = (52.2873, 76.9674)


@pytest.fixture
def desk(desk):
    if desk.db.is_postgresql:
        pytest.skip("the limits are the intake's, whatever the database")
    return desk


@pytest.fixture
def server(intake):
    with ServerThread(create_app(intake, LIMITS)) as running:
        yield running


@pytest.fixture
def key(intake) -> str:
    """The app's key, shared by every anonymous citizen: 6 a minute after a burst of five (a slow refill,
    so that the crowd's spending does not depend on how fast this machine sends it)."""
    return app_key(intake, 6)


def client_from(server, source: str) -> httpx.Client:
    return httpx.Client(base_url=server.url, transport=httpx.HTTPTransport(local_address=source), timeout=10)


def report(key: str, **extra) -> dict:
    return {
        "api_key": key,
        "service_code": "theft",
        "lat": str(CENTRE[0]),
        "long": str(CENTRE[1]),
        "description": "украли велосипед",
        **extra,
    }


def crowd(server, key: str, count: int, request) -> list[int]:
    """``count`` requests, each from a source address of its own."""
    codes = []
    for n in range(count):
        with client_from(server, f"127.0.{1 + n // 200}.{10 + n % 200}") as client:
            codes.append(request(client, n).status_code)
    return codes


def test_registered_citizens_are_served_when_a_crowd_spent_the_anonymous_budget(server, key):
    codes = crowd(
        server, key, 40, lambda c, n: c.post("/v2/requests.json", data=report(key, device_id=f"d{n}"))
    )
    assert codes.count(201) <= 8 and codes.count(429) >= 32  # the app key's anonymous budget: spent
    token = app_accounts.issue(SECRET, "iin:900101300123")
    with client_from(server, "127.0.0.2") as citizen:
        answer = citizen.post("/v2/requests.json", data=report(key), headers={"X-App-Account": token})
        assert answer.status_code == 201, answer.text
        in_body = citizen.post("/v2/requests.json", data=report(key, account_token=token, description="ещё"))
        assert in_body.status_code == 201
        forged = citizen.post(
            "/v2/requests.json", data=report(key), headers={"X-App-Account": token[:-2] + "00"}
        )
        assert forged.status_code == 403
        expired = app_accounts.issue(SECRET, "iin:900101300123", valid_s=-60)
        assert citizen.post("/v2/requests.json", data=report(key, account_token=expired)).status_code == 403
        anonymous = citizen.post("/v2/requests.json", data=report(key, device_id="honest"))
        assert anonymous.status_code == 429  # anonymous traffic shares what the crowd spent
    with client_from(server, "127.0.0.3") as other:  # the same account's own budget: six a minute
        sent = [
            other.post(
                "/v2/requests.json", data=report(key, description=f"№{n}"), headers={"X-App-Account": token}
            )
            for n in range(8)
        ]
        assert [r.status_code for r in sent].count(429) >= 1


def test_lookups_never_spend_the_reporting_budget(server, key):
    with client_from(server, "127.0.0.2") as citizen:
        number = citizen.post("/v2/requests.json", data=report(key)).json()[0]["service_request_id"]
    codes = crowd(server, key, 60, lambda c, n: c.get(f"/v2/requests/{number}.json", params={"api_key": key}))
    assert codes.count(200) >= 3 and codes.count(429) > 0  # lookups have a budget, and it was spent
    with client_from(server, "127.0.0.2") as citizen:
        assert citizen.post("/v2/requests.json", data=report(key, device_id="after")).status_code == 201


# -- calls ------------------------------------------------------------------------------------------------
def call(server, stack: ExitStack, source: str, first: dict):
    raw = socket.create_connection((server.host, server.port), timeout=5, source_address=(source, 0))
    ws = stack.enter_context(
        connect(server.url.replace("http://", "ws://") + "/v2/calls/citizen", sock=raw, open_timeout=5)
    )
    ws.send(json.dumps({"type": "start", "lat": CENTRE[0], "lon": CENTRE[1], **first}))
    return ws


def outcome(ws, timeout: float = 5.0) -> tuple[str, str]:
    """("waiting", "") when the call rings; ("closed", reason) when it was refused."""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            message = json.loads(ws.recv(timeout=max(0.05, deadline - time.monotonic())))
            if message["type"] == "waiting":
                return "waiting", ""
    except ConnectionClosed as closed:
        assert closed.rcvd is not None and closed.rcvd.code == Close.TOO_MANY, closed.rcvd
        return "closed", closed.rcvd.reason
    raise AssertionError("no answer to the start")


def test_a_network_rings_three_calls_and_the_rest_are_told_why(server, key):
    with ExitStack() as stack:
        rung = [
            outcome(call(server, stack, "127.0.0.1", {"api_key": key, "phone": f"+7701555000{n}"}))
            for n in range(5)
        ]
        assert [r[0] for r in rung] == ["waiting"] * 3 + ["closed"] * 2
        assert "already waiting" in rung[3][1]
        honest = call(server, stack, "127.0.0.2", {"api_key": key, "phone": "+77015550099"})
        assert outcome(honest) == ("waiting", "")  # another network still gets through


def test_a_registered_account_rings_once_and_through_a_crowd(server, key):
    with ExitStack() as stack:
        pranks = [
            outcome(call(server, stack, f"127.0.1.{10 + n}", {"api_key": key, "phone": f"+770155501{n:02d}"}))
            for n in range(14)
        ]
        assert [p[0] for p in pranks].count("closed") >= 3  # the app key's anonymous budget spent
        assert (
            outcome(call(server, stack, "127.0.0.2", {"api_key": key, "phone": "+77015550199"}))[0]
            == "closed"
        )
        token = app_accounts.issue(SECRET, "iin:880202400456")
        registered = call(
            server, stack, "127.0.0.3", {"api_key": key, "account_token": token, "name": "Айгүл"}
        )
        assert outcome(registered) == ("waiting", "")
        again = call(server, stack, "127.0.0.4", {"api_key": key, "account_token": token, "name": "Айгүл"})
        assert outcome(again)[1].startswith("your call is already ringing")


def test_the_account_token_command_signs_what_the_intake_verifies(capsys, monkeypatch):
    from dispatch_desk.cli import main

    monkeypatch.setenv("DISPATCH_DESK_INTAKE_ACCOUNT_SECRET", SECRET.decode())
    assert main(["account-token", "iin:900101300123", "--days", "2"]) == 0
    token = capsys.readouterr().out.strip()
    assert app_accounts.verify(SECRET, token) == "iin:900101300123"
    assert app_accounts.verify(b"another secret of 32 bytes or more!!", token) is None
    monkeypatch.setenv("DISPATCH_DESK_INTAKE_ACCOUNT_SECRET", "too short")
    assert main(["account-token", "x"]) == 1 and "at least 32" in capsys.readouterr().err
