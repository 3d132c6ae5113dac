"""Teltonika Codec 8 and Codec 8 Extended over TCP.

A device first sends its IMEI (two bytes of length, then the digits) and is answered 0x01 (accepted) or
0x00 (refused). Then AVL packets: four zero bytes, the data's length (4 bytes), the codec id (0x08 or
0x8E), the number of records, the records, the number again, and the CRC-16/ARC of codec id to second
number (4 bytes, the first two zero). The server answers with the number of records it took (4 bytes).

A record: its time (ms since 1970), priority, longitude and latitude (1e-7 degrees), altitude, angle,
satellites, speed (km/h), then its I/O elements by size: in Codec 8 one-byte ids and counts, in Codec 8
Extended two-byte ids and counts and a last group of variable length. Ignition (239), the digital inputs
(1–3), the voltages (66, 67), the battery level (113), movement (240) and the alarm (236) get names; the
rest are kept as ``io<id>``.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from dispatch_desk.avl.checksums import crc16
from dispatch_desk.domain.fixes import Fix, ParamValue, Source

MAX_PACKET = 64 * 1024  # devices send at most 1,280 bytes; a black box flush comes in many packets
CODEC_8, CODEC_8E = 0x08, 0x8E
NAMED_IO = {
    1: "din1",
    2: "din2",
    3: "din3",
    21: "gsm_signal",
    66: "external_voltage_mv",
    67: "battery_voltage_mv",
    113: "battery_level",
    236: "alarm",
    239: "ignition",
    240: "movement",
}
ALARM_IO = frozenset({236})  # the device's alarm event; a panic button on a digital input is configured
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
LAST_MS = 4_102_444_800_000  # 2100-01-01: a later time is a broken record


class FrameError(ValueError):
    """Not Teltonika: the connection is closed."""


class ChecksumError(FrameError):
    """A whole packet whose CRC is wrong: answered "none taken", and the connection goes on."""


@dataclass
class Decoded:
    replies: list[bytes] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class _Reader:
    """Big-endian fields from a packet; running past its end is a ``FrameError``."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def take(self, size: int) -> bytes:
        if self.at + size > len(self.data):
            raise FrameError("a record runs past the end of its packet")
        chunk = self.data[self.at : self.at + size]
        self.at += size
        return chunk

    def number(self, size: int, *, signed: bool = False) -> int:
        return int.from_bytes(self.take(size), "big", signed=signed)


def _io_elements(reader: _Reader, extended: bool) -> list[tuple[int, int | bytes]]:
    width = 2 if extended else 1  # ids and counts
    reader.number(width)  # the id of the element that caused the record
    reader.number(width)  # the total count, repeated by the groups below
    found: list[tuple[int, int | bytes]] = []
    for size in (1, 2, 4, 8):
        for _ in range(reader.number(width)):
            found.append((reader.number(width), reader.number(size)))
    if extended:
        for _ in range(reader.number(2)):
            io_id, length = reader.number(2), reader.number(2)
            found.append((io_id, reader.take(length)))
    return found


def _params(elements: Iterable[tuple[int, int | bytes]]) -> tuple[tuple[str, ParamValue], ...]:
    kept: list[tuple[str, ParamValue]] = []
    for io_id, value in elements:
        text = value.hex() if isinstance(value, bytes) else value
        kept.append((NAMED_IO.get(io_id, f"io{io_id}"), text))
    return tuple(kept)


def _record(reader: _Reader, device: str, extended: bool, alarm_ios: frozenset[int]) -> Fix:
    ms = reader.number(8)
    if ms > LAST_MS:
        raise FrameError("a record's time past the year 2100")
    at = EPOCH + timedelta(milliseconds=ms)
    reader.number(1)  # priority
    lon, lat = reader.number(4, signed=True) / 1e7, reader.number(4, signed=True) / 1e7
    altitude, angle = reader.number(2, signed=True), reader.number(2)
    satellites, speed = reader.number(1), reader.number(2)
    elements = _io_elements(reader, extended)
    alarm = any(io_id in alarm_ios and value not in (0, b"") for io_id, value in elements)
    placed = -90 <= lat <= 90 and -180 <= lon <= 180
    return Fix(
        device=device,
        at=at,
        lat=lat if placed else 0.0,
        lon=lon if placed else 0.0,
        source=Source.TELTONIKA,
        speed_kmh=float(speed),
        heading=float(angle),
        altitude_m=float(altitude),
        satellites=satellites,
        valid=placed and satellites >= 3,  # the device sends zeros when it has no fix
        alarm=alarm,
        params=_params(elements),
    )


def decode_packet(packet: bytes, device: str, alarm_ios: frozenset[int] = ALARM_IO) -> list[Fix]:
    """The records of one whole AVL packet (preamble to CRC); a broken one is a ``FrameError``."""
    if len(packet) < 12 or packet[:4] != b"\0\0\0\0":
        raise FrameError("an AVL packet starts with four zero bytes")
    length = int.from_bytes(packet[4:8], "big")
    body, crc = packet[8 : 8 + length], packet[8 + length : 12 + length]
    if len(body) != length or len(crc) != 4 or length < 3:
        raise FrameError("an AVL packet shorter than its length")
    if int.from_bytes(crc, "big") != crc16(body):
        raise ChecksumError("wrong CRC")
    codec, count = body[0], body[1]
    if codec not in (CODEC_8, CODEC_8E):
        raise FrameError(f"codec 0x{codec:02X} is not Codec 8 or 8 Extended")
    reader = _Reader(body[2:-1])
    fixes = [_record(reader, device, codec == CODEC_8E, alarm_ios) for _ in range(count)]
    if reader.at != len(reader.data) or body[-1] != count:
        raise FrameError("the records do not fill the packet as its counts say")
    return fixes


class TeltonikaSession:
    """One device's connection. ``accept(imei)`` says whether the device may send."""

    def __init__(self, accept: Callable[[str], bool], alarm_ios: frozenset[int] = ALARM_IO) -> None:
        self.accept, self.alarm_ios = accept, alarm_ios
        self.device: str | None = None
        self.refused = False
        self._buffer = b""

    def receive(self, data: bytes) -> Decoded:
        if self.refused:
            raise FrameError("the device was refused")
        self._buffer += data
        decoded = Decoded()
        if self.device is None:
            self._handshake(decoded)
        while self.device is not None and len(self._buffer) >= 8:
            length = int.from_bytes(self._buffer[4:8], "big")
            if self._buffer[:4] != b"\0\0\0\0" or length > MAX_PACKET or length < 3:
                raise FrameError("not an AVL packet")
            if len(self._buffer) < 12 + length:
                break
            packet, self._buffer = self._buffer[: 12 + length], self._buffer[12 + length :]
            try:
                fixes = decode_packet(packet, self.device, self.alarm_ios)
            except ChecksumError:
                decoded.problems.append(f"{self.device}: wrong CRC")
                decoded.replies.append(struct.pack(">I", 0))  # nothing taken: the device sends it again
                continue
            decoded.fixes += fixes
            decoded.replies.append(struct.pack(">I", len(fixes)))
        return decoded

    def _handshake(self, decoded: Decoded) -> None:
        if len(self._buffer) < 2:
            return
        length = int.from_bytes(self._buffer[:2], "big")
        if not 1 <= length <= 20:
            raise FrameError("not a Teltonika IMEI")
        if len(self._buffer) < 2 + length:
            return
        imei, self._buffer = self._buffer[2 : 2 + length], self._buffer[2 + length :]
        if not imei.isdigit():
            raise FrameError("not a Teltonika IMEI")
        if self.accept(imei.decode()):
            self.device = imei.decode()
            decoded.replies.append(b"\x01")
        else:
            self.refused = True
            decoded.problems.append(f"unknown device {imei.decode()}")
            decoded.replies.append(b"\x00")
