"""The trackers' decoders alone (no socket, no database): fixes decoded a second per protocol, and a
Wialon black box of 10,000 records (aim ≤ 2 s for the whole path; the decoder's share is measured here).
The naive way beside the table-driven CRC-16: the same checksum bit by bit."""

from __future__ import annotations

import struct
from datetime import UTC, datetime

from dispatch_desk.avl import teltonika, wialon
from dispatch_desk.avl.checksums import crc16
from dispatch_desk.avl.osmand import query_fix

NOW = datetime(2026, 12, 7, 18, 0, tzinfo=UTC)
RECORD = "071226;180000;5452.386;N;06909.030;E;47;270;140;11;0.9;1;0;12.6;NA;ign:1:1,batt:2:12.6"


def crc16_bitwise(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def wialon_session() -> wialon.WialonSession:
    session = wialon.WialonSession(lambda device, password: True, lambda: NOW)
    session.receive(b"#L#862345678901234;NA\r\n")
    return session


def test_wialon_data_packets(benchmark):
    session = wialon_session()
    packets = f"#D#{RECORD}\r\n".encode() * 1000
    decoded = benchmark(session.receive, packets)
    assert len(decoded.fixes) == 1000
    benchmark.extra_info["fixes_per_call"] = 1000


def test_wialon_black_box_of_10000_records(benchmark):
    session = wialon_session()
    packet = ("#B#" + "|".join([RECORD] * 10_000) + "\r\n").encode()
    decoded = benchmark.pedantic(session.receive, (packet,), rounds=5, iterations=1)
    assert decoded.replies == [b"#AB#10000\r\n"]


def _teltonika_packet(count: int) -> bytes:
    gps = struct.pack(">iihHBH", 691505000, 548731000, 140, 270, 11, 47)
    rec = struct.pack(">QB", 1_765_130_400_000, 0) + gps + bytes([0, 2, 2, 239, 1, 240, 1, 0, 0, 0])
    body = bytes([8, count]) + rec * count + bytes([count])
    return b"\0\0\0\0" + struct.pack(">I", len(body)) + body + struct.pack(">I", crc16(body))


def test_teltonika_packets_of_25_records(benchmark):
    packet = _teltonika_packet(25)
    fixes = benchmark(teltonika.decode_packet, packet, "356307042441013")
    assert len(fixes) == 25
    benchmark.extra_info["fixes_per_call"] = 25


def test_osmand_queries(benchmark):
    query = {"id": "officer-7", "timestamp": "1765130400", "lat": "54.87", "lon": "69.15", "speed": "10"}
    fix = benchmark(query_fix, query, NOW)
    assert fix.device == "officer-7"


def test_crc16_table_over_a_black_box(benchmark):
    data = RECORD.encode() * 10_000
    assert benchmark(crc16, data) == crc16_bitwise(data)


def test_crc16_bitwise_over_a_black_box_naive(benchmark):
    data = RECORD.encode() * 10_000
    benchmark.pedantic(crc16_bitwise, (data,), rounds=3, iterations=1)
