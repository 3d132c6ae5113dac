"""The units' server over real sockets: a Wialon device, a Teltonika device and Traccar Client send
fixes; unknown devices are refused; garbage, silence and floods close only their own connection."""

from __future__ import annotations

import asyncio
import struct
import threading

import httpx
import pytest
import uvicorn

from dispatch_desk.avl.checksums import crc16
from dispatch_desk.avl.osmand_http import osmand_app
from dispatch_desk.avl.server import AvlLimits, AvlServer
from dispatch_desk.domain.fixes import Source

WIALON_ID, TELTONIKA_IMEI, PHONE = "42001300083", "356307042441013", "officer-7"
CODEC_8 = bytes.fromhex(
    "000000000000003608010000016B40D8EA30010000000000000000000000000000000105021503010101425E0F01F10000601A01"
    "4E0000000000000000010000C7CF"
)


class Registry:
    def __init__(self) -> None:
        self.asked: list[tuple[Source, str]] = []

    def accept(self, source, device, password):
        self.asked.append((source, device))
        return (device in (WIALON_ID, TELTONIKA_IMEI, PHONE) and password in (None, "secret")) or (
            None if device == WIALON_ID else False
        )


class Sink:
    def __init__(self) -> None:
        self.fixes = []

    def take(self, fixes):
        self.fixes += fixes


def wialon(message: str) -> bytes:
    return f"{message}{crc16(message[message.index('#', 1) + 1 :].encode()):04X}\r\n".encode()


@pytest.fixture
def server():
    """The server on free ports in a loop of its own thread."""
    registry, sink = Registry(), Sink()
    avl = AvlServer(registry, sink, AvlLimits(idle_s=1.0, packets_per_minute=30))
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    web = uvicorn.Server(uvicorn.Config(osmand_app(avl), host="127.0.0.1", port=0, log_level="warning"))

    async def main():
        await avl.start("127.0.0.1", 0, 0)
        ready.set()
        await web.serve()

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    assert ready.wait(10)
    while not web.started:
        threading.Event().wait(0.02)
    http_port = web.servers[0].sockets[0].getsockname()[1]
    yield avl, registry, sink, http_port
    web.should_exit = True
    thread.join(10)


async def talk(port: int, *packets: bytes, read: int = 1) -> list[bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    answers = []
    try:
        for packet in packets:
            writer.write(packet)
            await writer.drain()
            answers.append(await asyncio.wait_for(reader.read(4096), 5))
    finally:
        writer.close()
    return answers


def test_a_wialon_device_logs_in_and_its_fixes_are_taken_before_they_are_answered(server):
    avl, _, sink, _ = server
    port = avl.ports()[0]
    answers = asyncio.run(
        talk(
            port,
            wialon(f"#L#2.0;{WIALON_ID};secret;"),
            b"#SD#300924;154245;5554.350052;N;3644.670410;E;2.92;NA;NA;NA;7A01\r\n",
        )
    )
    assert answers == [b"#AL#1\r\n", b"#ASD#1\r\n"]
    assert [f.device for f in sink.fixes] == [WIALON_ID]


def test_a_wrong_password_and_an_unknown_device_are_refused(server):
    avl, _, sink, _ = server
    port = avl.ports()[0]
    assert asyncio.run(talk(port, wialon(f"#L#2.0;{WIALON_ID};guess;"))) == [b"#AL#01\r\n"]
    assert asyncio.run(talk(port, wialon("#L#2.0;777;NA;"))) == [b"#AL#0\r\n"]
    assert sink.fixes == []


def test_a_teltonika_device_shakes_hands_and_its_record_count_is_answered(server):
    avl, _, sink, _ = server
    port = avl.ports()[1]
    imei = struct.pack(">H", len(TELTONIKA_IMEI)) + TELTONIKA_IMEI.encode()
    assert asyncio.run(talk(port, imei, CODEC_8)) == [b"\x01", b"\0\0\0\x01"]
    assert sink.fixes[0].source is Source.TELTONIKA
    unknown = struct.pack(">H", 15) + b"111111111111111"
    assert asyncio.run(talk(port, unknown)) == [b"\x00"]


def test_traccar_client_by_get_post_form_and_json(server):
    _, _, sink, http = server
    base = f"http://127.0.0.1:{http}/"
    with httpx.Client(timeout=10) as client:
        assert client.get(base, params={"id": PHONE, "lat": "54.87", "lon": "69.15"}).status_code == 200
        form = client.post(base, data={"id": PHONE, "lat": "54.88", "lon": "69.16", "alarm": "sos"})
        assert form.status_code == 200
        body = {"device_id": PHONE, "location": {"coords": {"latitude": 54.89, "longitude": 69.17}}}
        assert client.post(base, json=body).status_code == 200
        refused = client.get(base, params={"id": "stranger", "lat": "54", "lon": "69"})
        assert refused.status_code == 403
        bad = client.get(base, params={"id": PHONE, "lat": "954", "lon": "69"})
        assert bad.status_code == 400 and "lat" in bad.text
        assert (
            client.post(base, content=b"{" * 70_000, headers={"content-type": "application/json"}).status_code
            == 413
        )
        assert (
            client.post(base, content=b"[" * 5000, headers={"content-type": "application/json"}).status_code
            == 400
        )
    assert [f.lat for f in sink.fixes] == [54.87, 54.88, 54.89] and sink.fixes[1].alarm


def test_garbage_silence_and_floods_close_only_their_own_connection(server):
    avl, _, _, _ = server
    wialon_port, teltonika_port = avl.ports()

    async def scenario():
        garbage = await talk(teltonika_port, b"GET / HTTP/1.1\r\n\r\n")
        reader, writer = await asyncio.open_connection("127.0.0.1", wialon_port)
        silent = await asyncio.wait_for(reader.read(10), 5)  # the deadline (1 s here) closes it
        writer.close()
        flood = [wialon(f"#L#2.0;{WIALON_ID};secret;")] + [b"#P#\r\n"] * 60
        reader, writer = await asyncio.open_connection("127.0.0.1", wialon_port)
        for packet in flood:
            writer.write(packet)
        await writer.drain()
        answered = b""
        try:
            while chunk := await asyncio.wait_for(reader.read(4096), 5):
                answered += chunk
        except ConnectionResetError:
            pass  # closed with the rest of the flood unread: the kernel says so with a reset
        writer.close()
        good = await talk(wialon_port, wialon(f"#L#2.0;{WIALON_ID};secret;"))
        return garbage, silent, answered, good

    garbage, silent, answered, good = asyncio.run(scenario())
    assert garbage == [b""] and silent == b""  # closed without an answer
    assert answered.count(b"#AP#") < 60  # the budget (30 a minute) closed the flood
    assert good == [b"#AL#1\r\n"]  # the server goes on
    assert avl.connections <= 1


def test_a_device_reconnecting_does_not_refill_its_budget(server):
    avl, _, sink, http = server
    wialon_port = avl.ports()[0]
    fix = b"#SD#300924;154245;5554.350052;N;3644.670410;E;2.92;NA;NA;NA;7A01\r\n"

    async def one_connection() -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", wialon_port)
        writer.write(wialon(f"#L#2.0;{WIALON_ID};secret;") + fix * 10)
        await writer.drain()
        answered = b""
        try:
            while chunk := await asyncio.wait_for(reader.read(4096), 5):
                answered += chunk
        except TimeoutError:
            pass
        writer.close()
        return answered

    answers = [asyncio.run(one_connection()) for _ in range(5)]  # 50 fixes on five connections
    taken = sum(a.count(b"#ASD#1") for a in answers)
    assert taken < 50 and len(sink.fixes) == taken  # the device's own budget (30 a minute) held
    with httpx.Client(timeout=10) as client:
        codes = [
            client.get(
                f"http://127.0.0.1:{http}/", params={"id": PHONE, "lat": "54", "lon": "69"}
            ).status_code
            for _ in range(40)
        ]
    assert codes.count(200) <= 30 and codes[-1] == 429
