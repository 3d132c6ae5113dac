"""Teltonika Codec 8 and 8 Extended byte for byte: the manufacturer's example packets, the IMEI
handshake, the record count answered, wrong CRCs, unknown devices, packets split across reads, and
garbage fuzzed."""

from __future__ import annotations

import struct
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dispatch_desk.avl.checksums import crc16
from dispatch_desk.avl.teltonika import FrameError, TeltonikaSession, decode_packet
from dispatch_desk.domain.fixes import Source

IMEI = "356307042441013"
HANDSHAKE = bytes.fromhex("000F333536333037303432343431303133")  # the manual's: length 15, the IMEI
# The manual's examples of a Codec 8 and a Codec 8 Extended packet (one record each, no position).
CODEC_8 = bytes.fromhex(
    "000000000000003608010000016B40D8EA30010000000000000000000000000000000105021503010101425E0F01F10000601A01"
    "4E0000000000000000010000C7CF"
)
CODEC_8E = bytes.fromhex(
    "000000000000004A8E010000016B412CEE000100000000000000000000000000000000010005000100010100010011001D00010010"
    "015E2C880002000B000000003544C87A000E000000001DD7E06A00000100002994"
)


def record(
    at: datetime, lat: float, lon: float, speed: int, angle: int, sats: int, io1: dict[int, int]
) -> bytes:
    """One Codec 8 record: a position and one-byte I/O elements."""
    gps = struct.pack(">iihHBH", round(lon * 1e7), round(lat * 1e7), 140, angle, sats, speed)
    io = bytes([0, len(io1), len(io1)]) + b"".join(bytes([k, v]) for k, v in io1.items()) + b"\0\0\0"
    return struct.pack(">QB", int(at.timestamp() * 1000), 0) + gps + io


def packet(records: list[bytes], codec: int = 0x08) -> bytes:
    body = bytes([codec, len(records)]) + b"".join(records) + bytes([len(records)])
    return b"\0\0\0\0" + struct.pack(">I", len(body)) + body + struct.pack(">I", crc16(body))


def accepted() -> TeltonikaSession:
    s = TeltonikaSession(lambda imei: imei == IMEI)
    assert s.receive(HANDSHAKE).replies == [b"\x01"]
    return s


def test_the_manuals_codec_8_packet_is_read_and_answered_with_its_record_count():
    s = accepted()
    decoded = s.receive(CODEC_8)
    assert decoded.replies == [b"\0\0\0\x01"]
    (fix,) = decoded.fixes
    assert fix.device == IMEI and fix.source is Source.TELTONIKA
    assert fix.at == datetime(2019, 6, 10, 10, 4, 46, tzinfo=UTC)
    assert not fix.valid  # no satellites, no position: kept, never moves a unit
    assert dict(fix.params) == {
        "gsm_signal": 3,
        "din1": 1,
        "external_voltage_mv": 0x5E0F,
        "io241": 0x601A,
        "io78": 0,
    }


def test_the_manuals_codec_8_extended_packet_is_read():
    (fix,) = decode_packet(CODEC_8E, IMEI)
    assert fix.at == datetime(2019, 6, 10, 11, 36, 32, tzinfo=UTC)
    assert dict(fix.params) == {
        "din1": 1,
        "io17": 0x1D,
        "io16": 0x015E2C88,
        "io11": 0x3544C87A,
        "io14": 0x1DD7E06A,
    }


def test_a_positioned_record_and_its_alarm():
    at = datetime(2026, 12, 7, 18, 0, 5, tzinfo=UTC)
    data = packet([record(at, 54.8731, 69.1505, 47, 270, 11, {239: 1, 236: 1})])
    (fix,) = decode_packet(data, IMEI)
    assert (fix.lat, fix.lon) == pytest.approx((54.8731, 69.1505))
    assert (fix.speed_kmh, fix.heading, fix.satellites, fix.valid) == (47, 270, 11, True)
    assert fix.param("ignition") == 1 and fix.alarm


def test_many_records_split_anywhere_across_reads_are_all_taken():
    at = datetime(2026, 12, 7, 18, 0, tzinfo=UTC)
    data = packet([record(at, 54.87 + n / 1000, 69.15, n, 0, 8, {}) for n in range(20)])
    s = TeltonikaSession(lambda imei: True)
    stream = HANDSHAKE + data + CODEC_8
    replies, fixes = [], []
    for n in range(0, len(stream), 7):
        decoded = s.receive(stream[n : n + 7])
        replies += decoded.replies
        fixes += decoded.fixes
    assert replies == [b"\x01", struct.pack(">I", 20), struct.pack(">I", 1)] and len(fixes) == 21


def test_a_wrong_crc_takes_nothing_and_says_so_and_the_connection_goes_on():
    s = accepted()
    broken = CODEC_8[:-1] + b"\x00"
    decoded = s.receive(broken)
    assert (decoded.replies, decoded.fixes) == ([b"\0\0\0\0"], [])
    assert s.receive(CODEC_8).replies == [b"\0\0\0\x01"]


def test_an_unknown_device_is_refused_and_sends_nothing_more():
    s = TeltonikaSession(lambda imei: False)
    assert s.receive(HANDSHAKE).replies == [b"\x00"]
    with pytest.raises(FrameError):
        s.receive(CODEC_8)


@pytest.mark.parametrize(
    "garbage",
    [
        b"GET / HTTP/1.1\r\n",  # not a handshake
        b"\x00\x0f" + b"35630704244101x",  # not digits
    ],
)
def test_garbage_closes_the_connection(garbage):
    with pytest.raises(FrameError):
        TeltonikaSession(lambda imei: True).receive(garbage)


def test_broken_packets_close_the_connection():
    for data in (
        b"\x01\0\0\0\0\0\0\x10",  # no preamble
        b"\0\0\0\0\x7f\xff\xff\xff",  # two gigabytes announced
        packet([b"\0" * 10]),  # a record shorter than a record
        packet([], codec=0x0C),  # codec 12 (commands): not positions
    ):
        with pytest.raises(FrameError):
            accepted().receive(data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_no_input_raises_anything_but_a_frame_error(data):
    try:
        accepted().receive(data)
    except FrameError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=300))
def test_any_body_with_a_right_crc_is_read_or_refused_cleanly(body):
    data = b"\0\0\0\0" + struct.pack(">I", len(body)) + body + struct.pack(">I", crc16(body))
    try:
        decode_packet(data, IMEI)
    except FrameError:
        pass
