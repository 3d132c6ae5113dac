"""Wialon IPS (versions 1.1 and 2.0) over TCP: text packets ``#TYPE#message\\r\\n``.

A device logs in (``#L#2.0;IMEI;password;CRC`` in 2.0, ``#L#IMEI;password`` in 1.1), then sends short data
(``#SD#``), full data with parameters (``#D#``), its black box (``#B#``, records separated by ``|``), pings
(``#P#``) and messages (``#M#``). Each is answered as the protocol says: ``#AL#1`` (in), ``#AL#0`` (refused),
``#AL#01`` (wrong password), ``#AL#10`` (checksum); ``#ASD#``/``#AD#`` with 1 for stored and -1, 0, 10…16
naming what was wrong; ``#AB#n``, the records stored. In 2.0 every packet ends with the CRC-16/ARC of its
message up to and including the separator before it.

The session turns bytes into answers and ``Fix`` records; garbage (a packet without ``#``, an unknown type,
data before a login, a packet longer than ``MAX_PACKET``) raises ``FrameError`` and the server closes that
connection only.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from dispatch_desk.avl.checksums import crc16
from dispatch_desk.domain.fixes import Fix, ParamValue, Source

MAX_PACKET = 4 * 1024 * 1024  # a black box of tens of thousands of records still fits
MAX_RECORDS = 50_000
ALARM_PARAMS = ("sos", "alarm", "panic")
_PACKET = re.compile(r"^(?:\d{0,20})#(L|SD|D|B|P|M|I)#(.*)$", re.S)  # UDP puts the id first
_CRC = re.compile(r"^(?:0x)?([0-9A-Fa-f]{1,4})$")  # some devices write 0x before it
_MINUTES = re.compile(r"^[0-5]\d(\.\d{1,20})?$")  # minutes of a degree: 00 to 59.999…


class FrameError(ValueError):
    """Not Wialon IPS: the connection is closed."""


class PacketError(ValueError):
    """A packet the device must be told about: ``code`` is the protocol's answer code."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code


@dataclass
class Decoded:
    replies: list[bytes] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what was refused, for the log


def _coordinate(value: str, hemisphere: str, degree_digits: int) -> float:
    dot = value.find(".") if "." in value else len(value)
    whole, minutes = value[: dot - 2], value[dot - 2 :]  # DDMM.MMMM, DDDMM.MMMM (some drop a leading 0)
    if (
        not (whole.isdigit() and len(whole) <= degree_digits)
        or hemisphere not in "NSEW"
        or len(hemisphere) != 1
    ):
        raise PacketError("10", f"coordinate {value[:20]!r} {hemisphere[:2]!r}")
    if not _MINUTES.match(minutes):
        raise PacketError("10", f"coordinate {value[:20]!r} {hemisphere[:2]!r}")
    degrees = int(whole) + float(minutes) / 60
    return -degrees if hemisphere in ("S", "W") else degrees


def _number(value: str, code: str) -> float | None:
    if value in ("", "NA"):
        return None
    try:
        number = float(value)
    except ValueError:
        raise PacketError(code, f"not a number: {value[:20]!r}") from None
    if not math.isfinite(number):
        raise PacketError(code, f"not a finite number: {value[:20]!r}")
    return number


def _moment(date: str, time: str, now: datetime) -> datetime:
    if date == "NA" or time == "NA":
        return now
    if len(date) != 6 or len(time) != 6 or not (date + time).isdigit():
        raise PacketError("0", f"date and time {date[:8]!r} {time[:8]!r}")
    try:
        return datetime.strptime(date + time, "%d%m%y%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        raise PacketError("0", f"date and time {date!r} {time!r}") from None


def _params(text: str) -> tuple[tuple[str, ParamValue], ...]:
    """``name:type:value`` pairs, comma separated: type 1 an integer, 2 a decimal, 3 text."""
    found: list[tuple[str, ParamValue]] = []
    for item in text.split(",") if text not in ("", "NA") else ():
        name, _, rest = item.partition(":")
        kind, _, value = rest.partition(":")
        if not name or kind not in ("1", "2", "3") or len(name) > 64 or len(value) > 256:
            raise PacketError("15", f"parameter {item[:40]!r}")
        try:
            found.append((name, int(value) if kind == "1" else float(value) if kind == "2" else value))
        except ValueError:
            raise PacketError("15", f"parameter {item[:40]!r}") from None
    return tuple(found)


def _position(fields: list[str], device: str, now: datetime) -> dict:
    """The fields every data packet starts with: date, time, position, speed, course, altitude, satellites."""
    date, time, lat1, lat2, lon1, lon2, speed, course, altitude, sats = fields[:10]
    at = _moment(date, time, now)
    if "NA" in (lat1, lat2, lon1, lon2):
        lat = lon = 0.0
        placed = False
    else:
        try:
            lat, lon = _coordinate(lat1, lat2, 2), _coordinate(lon1, lon2, 3)
        except ValueError as exc:
            raise PacketError("10", str(exc)) from None
        placed = -90 <= lat <= 90 and -180 <= lon <= 180
        if not placed:
            raise PacketError("10", f"coordinates {lat1[:20]} {lon1[:20]}")
    satellites = _number(sats, "12")
    return {
        "device": device,
        "at": at,
        "lat": lat,
        "lon": lon,
        "source": Source.WIALON,
        "speed_kmh": _number(speed, "11"),
        "heading": _number(course, "11"),
        "altitude_m": _number(altitude, "11"),
        "satellites": int(satellites) if satellites is not None else None,
        "valid": placed and (satellites is None or satellites >= 3),
    }


def short_fix(message: str, device: str, now: datetime) -> Fix:
    """``#SD#``: date;time;lat1;lat2;lon1;lon2;speed;course;altitude;satellites."""
    fields = message.split(";")
    if len(fields) != 10:
        raise PacketError("-1", f"{len(fields)} fields in a short data packet, 10 expected")
    return Fix(**_position(fields, device, now))


def data_fix(message: str, device: str, now: datetime, *, archived: bool = False) -> Fix:
    """``#D#``: the short packet's fields, then hdop;inputs;outputs;adc;ibutton;params."""
    fields = message.split(";")
    if len(fields) != 16:
        raise PacketError("-1", f"{len(fields)} fields in a data packet, 16 expected")
    values = _position(fields, device, now)
    hdop, inputs, outputs, adc, ibutton, params = fields[10:]
    extra: list[tuple[str, ParamValue]] = []
    for name, text, code in (("inputs", inputs, "13"), ("outputs", outputs, "13")):
        number = _number(text, code)
        if number is not None:
            extra.append((name, int(number)))
    for n, text in enumerate(adc.split(",") if adc not in ("", "NA") else (), start=1):
        number = _number(text, "14")
        if number is not None:
            extra.append((f"adc{n}", number))
    precision = _number(hdop, "12")
    if precision is not None:
        extra.append(("hdop", precision))
    if ibutton not in ("", "NA"):
        extra.append(("ibutton", ibutton[:64]))
    named = _params(params)
    alarm = any(n.lower() in ALARM_PARAMS and v not in (0, 0.0, "", "0") for n, v in named)
    return Fix(**values, alarm=alarm, archived=archived, params=tuple(extra) + named)


def split_crc(message: str, separators: str = ";") -> tuple[str, bool]:
    """Wialon IPS 2.0: the message without its CRC, and whether the CRC is right (over the message up to
    and including the separator before it)."""
    cut = max(message.rfind(s) for s in separators)
    crc = _CRC.match(message[cut + 1 :])
    if cut < 0 or crc is None:
        return message, False
    return message[: cut + 1], int(crc.group(1), 16) == crc16(message[: cut + 1].encode("utf-8"))


class WialonSession:
    """One device's connection. ``accept(device, password)`` says whether the device may send:
    True (known, password right), False (unknown) or None (known, password wrong)."""

    def __init__(
        self, accept: Callable[[str, str | None], bool | None], clock: Callable[[], datetime]
    ) -> None:
        self.accept, self.clock = accept, clock
        self.device: str | None = None
        self.version = "1.1"
        self._buffer = b""

    def receive(self, data: bytes) -> Decoded:
        self._buffer += data
        decoded = Decoded()
        while b"\r\n" in self._buffer:
            packet, self._buffer = self._buffer.split(b"\r\n", 1)
            self._packet(packet, decoded)
        if len(self._buffer) > MAX_PACKET:
            raise FrameError(f"a packet longer than {MAX_PACKET} bytes")
        return decoded

    def _packet(self, packet: bytes, decoded: Decoded) -> None:
        if len(packet) > MAX_PACKET:
            raise FrameError(f"a packet longer than {MAX_PACKET} bytes")
        match = _PACKET.match(packet.decode("utf-8", "replace"))
        if match is None:
            raise FrameError(f"not a Wialon IPS packet: {packet[:40]!r}")
        kind, message = match.groups()
        if kind == "L":
            decoded.replies.append(self._login(message, decoded))
            return
        if self.device is None:
            raise FrameError("data before the device logged in")
        if kind == "P":
            decoded.replies.append(b"#AP#\r\n")
        elif kind == "M":
            decoded.replies.append(b"#AM#1\r\n")
        elif kind == "I":
            decoded.replies.append(b"#AI#1\r\n")  # a photo: not kept
        elif kind == "B":
            decoded.replies.append(self._black_box(message, decoded))
        else:
            decoded.replies.append(self._data(kind, message, decoded))

    def _login(self, message: str, decoded: Decoded) -> bytes:
        fields = message.split(";")
        if fields[0] == "2.0":
            self.version = "2.0"
            body, right = split_crc(message)
            if not right:
                decoded.problems.append("login: wrong checksum")
                return b"#AL#10\r\n"
            fields = body.split(";")[1:-1]
        if len(fields) != 2 or not fields[0] or len(fields[0]) > 40:
            raise FrameError(f"a login without a device id: {message[:60]!r}")
        device, password = fields[0], (None if fields[1] in ("", "NA") else fields[1])
        verdict = self.accept(device, password)
        if verdict:
            self.device = device
            return b"#AL#1\r\n"
        decoded.problems.append(
            f"login of {device}: {'unknown device' if verdict is False else 'wrong password'}"
        )
        return b"#AL#0\r\n" if verdict is False else b"#AL#01\r\n"

    def _data(self, kind: str, message: str, decoded: Decoded) -> bytes:
        answer = "ASD" if kind == "SD" else "AD"
        crc_error = "13" if kind == "SD" else "16"
        assert self.device is not None
        if self.version == "2.0":
            message, right = split_crc(message)
            if not right:
                decoded.problems.append(f"{kind} of {self.device}: wrong checksum")
                return f"#{answer}#{crc_error}\r\n".encode()
            message = message[:-1]
        try:
            read = short_fix if kind == "SD" else data_fix
            decoded.fixes.append(read(message, self.device, self.clock()))
        except PacketError as exc:
            decoded.problems.append(f"{kind} of {self.device}: {exc}")
            return f"#{answer}#{exc.code}\r\n".encode()
        return f"#{answer}#1\r\n".encode()

    def _black_box(self, message: str, decoded: Decoded) -> bytes:
        assert self.device is not None
        if self.version == "2.0":
            message, right = split_crc(message, ";|")
            if not right:
                decoded.problems.append(f"black box of {self.device}: wrong checksum")
                return b"#AB#0\r\n"
            message = message[:-1]
        records = [r for r in message.split("|") if r]
        if len(records) > MAX_RECORDS:
            raise FrameError(f"a black box of {len(records)} records")
        now, stored = self.clock(), 0
        for record in records:
            try:
                fields = record.split(";")
                fix = (
                    short_fix(record, self.device, now)
                    if len(fields) == 10
                    else data_fix(record, self.device, now, archived=True)
                )
            except PacketError as exc:
                decoded.problems.append(f"black box of {self.device}: {exc}")
                continue
            decoded.fixes.append(fix if fix.archived else replace(fix, archived=True))
            stored += 1
        return f"#AB#{stored}\r\n".encode()
