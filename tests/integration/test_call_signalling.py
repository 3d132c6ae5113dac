"""Calls from the app over the intake's real WebSockets, on SQLite and PostgreSQL: ringing, the place in
the line, the first desk to answer takes the call, the offer/answer/candidates relayed, positions, hang-up
from either side, missed calls; hostile input closes only the socket it came on."""

from __future__ import annotations

import json
import time
from contextlib import ExitStack

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from dispatch_desk.domain.access import Principal, Role
from dispatch_desk.domain.calls import CallStatus, CallTaken
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.intake.app import create_app
from dispatch_desk.intake.call_legs import MAX_CANDIDATES, Close
from dispatch_desk.services.desk import DeskService
from tests.support.intake import ServerThread, app_key, intake_on

CENTRE = (52.2873, 76.9674)
SDP = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
CANDIDATE = {
    "candidate": "candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host",
    "sdpMid": "0",
    "sdpMLineIndex": 0,
}


@pytest.fixture
def intake(desk, tmp_path):
    with intake_on(desk, tmp_path, streets=True) as service:
        yield service


@pytest.fixture
def key(intake) -> str:
    return app_key(intake)


@pytest.fixture
def sockets():
    with ExitStack() as stack:
        yield stack


@pytest.fixture
def server(intake):
    with ServerThread(create_app(intake, ice_servers=[{"urls": ["stun:stun.example.kz:3478"]}])) as running:
        yield running


def operator(desk: DeskService, login: str, name: str) -> DeskService:
    return DeskService(desk.db, Principal(login, name, (Role.OPERATOR,)), clock=desk.clock)


def ws_url(server, path: str) -> str:
    return server.url.replace("http://", "ws://") + path


def receive(socket, kind: str | None = None, timeout: float = 5.0) -> dict:
    """The next message (of ``kind``, skipping place updates before it)."""
    deadline = time.monotonic() + timeout
    while True:
        message = json.loads(socket.recv(timeout=max(0.05, deadline - time.monotonic())))
        if kind is None or message["type"] == kind:
            return message
        if message["type"] not in ("place", "waiting"):
            raise AssertionError(f"expected {kind}, got {message}")


def closed_with(socket, timeout: float = 5.0) -> tuple[int, str]:
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            socket.recv(timeout=max(0.05, deadline - time.monotonic()))
    except ConnectionClosed as closed:
        assert closed.rcvd is not None
        return closed.rcvd.code, closed.rcvd.reason
    raise AssertionError("the socket stayed open")


def start(server, key: str, stack: ExitStack, **extra) -> tuple:
    socket = stack.enter_context(connect(ws_url(server, "/v2/calls/citizen"), open_timeout=5))
    first = {
        "type": "start",
        "api_key": key,
        "name": "Данияр Есенов",
        "phone": "+7 701 555 12 34",
        "account": "app-4417",
        "lat": CENTRE[0],
        "lon": CENTRE[1],
        "accuracy": 12,
        "video": True,
    }
    socket.send(json.dumps({**first, **extra}))
    return socket, receive(socket, "waiting")


def wait_until(condition, timeout: float = 5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError("the condition did not come true in time")


def test_a_call_rings_is_taken_by_the_first_desk_and_signalled_both_ways(server, key, desk, sockets):
    first_desk, second_desk = operator(desk, "aigerim", "Айгерім"), operator(desk, "boris", "Борис")
    seq = desk.read.last_feed_seq()
    citizen, waiting = start(server, key, sockets)
    assert waiting["place"] == 1
    call_id = waiting["call"]
    ringing = first_desk.calls.live()
    assert [c.id for c in ringing] == [call_id]
    call = ringing[0]
    assert call.caller.name == "Данияр Есенов" and call.caller.phone == "+77015551234" and call.video
    assert call.precinct is not None and call.address  # located: precinct and nearest address
    kinds = [e.kind for e in desk.read.feed_after(seq)]
    assert ChangeKind.CALL_RINGING.value in kinds
    # Two desks answer the same call: the first takes it, the second learns who did.
    taken, token = first_desk.calls.answer(call_id)
    with pytest.raises(CallTaken) as refused:
        second_desk.calls.answer(call_id)
    assert refused.value.by == "Айгерім"
    assert taken.status is CallStatus.ANSWERED
    answered = receive(citizen, "answered")  # the intake followed the feed
    assert answered["operator"] == "Айгерім" and answered["ice_servers"][0]["urls"] == [
        "stun:stun.example.kz:3478"
    ]
    citizen.send(json.dumps({"type": "offer", "sdp": SDP}))
    citizen.send(json.dumps({"type": "candidate", "candidate": CANDIDATE}))
    # The desk joins with its token after the offer was sent: what waited for it arrives in order.
    with connect(ws_url(server, f"/v2/calls/{call_id}/desk"), open_timeout=5) as desk_socket:
        desk_socket.send(json.dumps({"type": "join", "token": token}))
        joined = receive(desk_socket, "joined")
        assert joined["video"] is True
        assert receive(desk_socket)["sdp"] == SDP
        assert receive(desk_socket)["candidate"]["candidate"] == CANDIDATE["candidate"]
        desk_socket.send(json.dumps({"type": "answer", "sdp": SDP}))
        assert receive(citizen, "answer")["sdp"] == SDP
        desk_socket.send(json.dumps({"type": "candidate", "candidate": CANDIDATE}))
        assert receive(citizen, "candidate")["candidate"]["sdpMid"] == "0"
        # A new position moves the call (and its pin on every desk, through the feed).
        citizen.send(json.dumps({"type": "position", "lat": 52.2950, "lon": 76.9500, "accuracy": 8}))
        moved = wait_until(
            lambda: [c for c in first_desk.calls.live() if c.location and c.location.lat == 52.2950]
        )
        assert moved[0].location.accuracy_m == 8
        # The operator hangs up: the caller is told, the call's times are stored.
        desk_socket.send(json.dumps({"type": "hangup"}))
        assert receive(citizen, "ended")["by"] == "operator"
        assert closed_with(citizen)[0] == Close.NORMAL
    ended = wait_until(
        lambda: [c for c in first_desk.calls.of_ids([call_id]) if c.status is CallStatus.ENDED]
    )
    assert (
        ended[0].answered_at is not None
        and ended[0].ended_at is not None
        and ended[0].end_reason == "operator"
    )


def test_the_caller_learns_their_place_and_a_hang_up_while_waiting_is_a_missed_call(
    server, key, desk, sockets, clock
):
    lead = operator(desk, "aigerim", "Айгерім")
    callers, ids = [], []
    for n in range(3):
        socket, waiting = start(server, key, sockets, phone=f"+7 701 555 00 0{n}")
        callers.append(socket)
        ids.append(waiting["call"])
        clock.advance(seconds=5)
    places = []
    for socket in callers:
        message = receive(socket)
        while message["type"] != "place" or message["waiting"] != 3:
            message = receive(socket)
        places.append(message["place"])
    assert places == [1, 2, 3]  # in the order they called
    assert [c.id for c in lead.calls.live()] == ids
    lead.calls.answer(ids[0])
    callers[1].send(json.dumps({"type": "hangup"}))
    assert receive(callers[1], "ended")["by"] == "caller"
    # Those still waiting move up the line.
    message = receive(callers[2], "place")
    while message["waiting"] != 1:
        message = receive(callers[2], "place")
    assert message["place"] == 1
    missed = wait_until(lead.calls.to_call_back)
    assert [c.caller.phone for c in missed] == ["+77015550001"]
    lead.calls.call_back(missed[0].id)
    assert lead.calls.to_call_back() == []
    callers[2].close()  # the app closed: a missed call too
    wait_until(lambda: len(lead.calls.to_call_back()) == 1)
    for socket in callers:
        socket.close()


def test_the_desk_needs_the_token_of_the_desk_that_answered(server, key, desk, sockets):
    aigerim = operator(desk, "aigerim", "Айгерім")
    citizen, waiting = start(server, key, sockets)
    aigerim.calls.answer(waiting["call"])
    with connect(ws_url(server, f"/v2/calls/{waiting['call']}/desk"), open_timeout=5) as intruder:
        intruder.send(json.dumps({"type": "join", "token": "guessed"}))
        assert closed_with(intruder)[0] == Close.NOT_FOUND
    with connect(ws_url(server, "/v2/calls/nonexistent/desk"), open_timeout=5) as intruder:
        intruder.send(json.dumps({"type": "join", "token": "x" * 500}))
        assert closed_with(intruder)[0] == Close.ORDER
    citizen.send(json.dumps({"type": "hangup"}))
    citizen.close()


HOSTILE = [
    ("not json", Close.MALFORMED),
    (json.dumps([1, 2]), Close.MALFORMED),
    (json.dumps({"type": "offer", "sdp": SDP}), Close.ORDER),  # before start
    (
        json.dumps({"type": "start", "api_key": "ddk_0000000000000000000000000000000000000000000000"}),
        Close.KEY,
    ),
    (json.dumps({"type": "start"}), Close.KEY),
    ("x" * 70_000, Close.TOO_BIG),
]


@pytest.mark.parametrize(("first", "code"), HOSTILE)
def test_hostile_first_messages_close_only_that_socket(server, key, desk, sockets, first, code):
    bystander, waiting = start(server, key, sockets)
    with connect(ws_url(server, "/v2/calls/citizen"), open_timeout=5, max_size=None) as hostile:
        hostile.send(first)
        assert closed_with(hostile)[0] == code
    bystander.send(json.dumps({"type": "position", "lat": CENTRE[0], "lon": CENTRE[1]}))
    assert [c.id for c in operator(desk, "a", "A").calls.live()] == [waiting["call"]]
    bystander.close()


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ({"lat": "52.2", "lon": 76.9}, "latitude"),
        ({"lat": 95.0, "lon": 76.9}, "latitude"),
        ({"name": "", "phone": "", "account": ""}, "name, phone or account"),
        ({"phone": "not a phone"}, "phone"),
        ({"video": "yes"}, "video"),
        ({"name": "Д" * 5000}, "too long"),
    ],
)
def test_a_start_with_bad_identity_or_position_is_refused_with_its_reason(server, key, extra, reason):
    with connect(ws_url(server, "/v2/calls/citizen"), open_timeout=5) as socket:
        first = {
            "type": "start",
            "api_key": key,
            "name": "Д",
            "phone": "+77015551234",
            "lat": CENTRE[0],
            "lon": CENTRE[1],
        }
        socket.send(json.dumps({**first, **extra}))
        code, why = closed_with(socket)
    assert code == Close.MALFORMED and reason in why


def test_broken_sdp_floods_and_huge_messages_end_that_call_only(server, key, desk, sockets):
    lead = operator(desk, "aigerim", "Айгерім")
    calm, calm_waiting = start(server, key, sockets, phone="+77015550009")
    broken, waiting = start(server, key, sockets)
    lead.calls.answer(waiting["call"])
    receive(broken, "answered")
    broken.send(json.dumps({"type": "offer", "sdp": "<script>alert(1)</script>"}))
    assert closed_with(broken) == (Close.MALFORMED, "sdp is not a session description")
    # A flood of candidates
    flood, waiting = start(server, key, sockets, phone="+77015550008")
    lead.calls.answer(waiting["call"])
    receive(flood, "answered")
    flood.send(json.dumps({"type": "offer", "sdp": SDP}))
    code = None
    try:
        for _ in range(MAX_CANDIDATES + 5):
            flood.send(json.dumps({"type": "candidate", "candidate": CANDIDATE}))
    except ConnectionClosed:
        pass
    code, _why = closed_with(flood)
    assert code == Close.TOO_MANY
    # A message far beyond the protocol's limit
    huge, _ = start(server, key, sockets, phone="+77015550007")
    try:
        huge.send("y" * (2 * 1024 * 1024))
    except ConnectionClosed:
        pass
    assert closed_with(huge)[0] in (Close.TOO_BIG, 1009)
    # Every hostile call ended; the calm one still rings, and its socket still works.
    live = wait_until(lambda: [c.id for c in lead.calls.live()] == [calm_waiting["call"]] or None)
    assert live
    calm.send(json.dumps({"type": "position", "lat": CENTRE[0], "lon": CENTRE[1]}))
    calm.send(json.dumps({"type": "hangup"}))
    assert receive(calm, "ended")["by"] == "caller"
    calm.close()


def test_the_reference_client_and_the_message_description_are_served(server):
    page = httpx.get(server.url + "/call")
    assert page.status_code == 200 and "/call/citizen.js" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert httpx.get(server.url + "/call/citizen.js").headers["content-type"].startswith("text/javascript")
    assert httpx.get(server.url + "/call/../app.py").status_code == 404
    assert httpx.get(server.url + "/call/desk-call.js").status_code == 404  # the desk's page is its own
    messages = httpx.get(server.url + "/v2/calls/messages.json").json()
    assert set(messages["citizen"]["send"]) == {"start", "offer", "candidate", "position", "hangup"}
    assert messages["close_codes"]["4429"] == "too_many"


def test_calls_started_from_one_address_are_limited(intake, key, desk, sockets):
    from dispatch_desk.intake.limits import IntakeLimits

    with ServerThread(create_app(intake, IntakeLimits(calls_per_address_per_minute=3))) as limited:
        for n in range(5):  # a burst of up to five is let through, then three a minute
            socket, _waiting = start(limited, key, sockets, phone=f"+7701555010{n}")
            socket.send(json.dumps({"type": "hangup"}))
        with connect(ws_url(limited, "/v2/calls/citizen"), open_timeout=5) as fourth:
            fourth.send(json.dumps({"type": "start", "api_key": key, "phone": "+77015550109"}))
            code, why = closed_with(fourth)
        assert code == Close.TOO_MANY and "try again" in why
