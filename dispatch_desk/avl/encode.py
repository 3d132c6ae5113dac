"""A fix written as each protocol's device writes it: a Wialon IPS 2.0 device, a Teltonika device in
Codec 8 or 8 Extended, Traccar Client's OsmAnd request.

The demo patrols send their positions to the units' server this way, so that what the server takes from
the demo is what it takes from the street; the benchmarks load it the same way. The round trip through
the decoders is tested.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from datetime import UTC

from dispatch_desk.avl.checksums import crc16
from dispatch_desk.domain.fixes import Fix

TELTONIKA_IO = {"ignition": 239, "alarm": 236, "din1": 1, "din2": 2, "movement": 240, "battery_level": 113}


def _degrees_minutes(value: float, degree_digits: int, signs: str) -> tuple[str, str]:
    whole = int(abs(value))
    minutes = (abs(value) - whole) * 60
    return f"{whole:0{degree_digits}d}{minutes:07.4f}", signs[0] if value >= 0 else signs[1]


def _na(value: float | None, pattern: str = "{:.1f}") -> str:
    return "NA" if value is None else pattern.format(value)


def wialon_login(device: str, password: str | None = None) -> bytes:
    message = f"2.0;{device};{password or 'NA'};"
    return f"#L#{message}{crc16(message.encode()):04X}\r\n".encode()


def _wialon_record(fix: Fix) -> str:
    at = fix.at.astimezone(UTC)
    lat, ns = _degrees_minutes(fix.lat, 2, "NS")
    lon, ew = _degrees_minutes(fix.lon, 3, "EW")
    sats = "NA" if fix.satellites is None else str(fix.satellites)
    params = [
        f"{name}:{1 if isinstance(v, int) else 2 if isinstance(v, float) else 3}:{v}"
        for name, v in fix.params
    ]
    if fix.alarm:
        params.append("SOS:1:1")
    return ";".join(
        [
            at.strftime("%d%m%y"),
            at.strftime("%H%M%S"),
            lat,
            ns,
            lon,
            ew,
            _na(fix.speed_kmh),
            _na(fix.heading),
            _na(fix.altitude_m),
            sats,
            "NA",
            "NA",
            "NA",
            "",
            "NA",
            ",".join(params) or "NA",
        ]
    )


def wialon_data(fix: Fix) -> bytes:
    """One ``#D#`` packet of Wialon IPS 2.0."""
    message = _wialon_record(fix) + ";"
    return f"#D#{message}{crc16(message.encode()):04X}\r\n".encode()


def wialon_black_box(fixes: Sequence[Fix]) -> bytes:
    message = "|".join(_wialon_record(f) for f in fixes) + "|"
    return f"#B#{message}{crc16(message.encode()):04X}\r\n".encode()


def teltonika_login(imei: str) -> bytes:
    return struct.pack(">H", len(imei)) + imei.encode()


def _teltonika_record(fix: Fix, extended: bool) -> bytes:
    speed = round(fix.speed_kmh or 0)
    gps = struct.pack(
        ">iihHBH",
        round(fix.lon * 1e7),
        round(fix.lat * 1e7),
        round(fix.altitude_m or 0),
        round(fix.heading or 0) % 360,
        fix.satellites if fix.satellites is not None else (8 if fix.valid else 0),
        min(speed, 0xFFFF),
    )
    io = {TELTONIKA_IO[n]: int(v) for n, v in fix.params if n in TELTONIKA_IO and isinstance(v, int | float)}
    if fix.alarm:
        io[TELTONIKA_IO["alarm"]] = 1
    width = ">H" if extended else ">B"
    ids = b"".join(struct.pack(width, k) + struct.pack(">B", v & 0xFF) for k, v in io.items())
    counts = struct.pack(width, 0) + struct.pack(width, len(io)) + struct.pack(width, len(io))
    rest = struct.pack(width, 0) * 3 + (struct.pack(">H", 0) if extended else b"")
    return struct.pack(">QB", int(fix.at.timestamp() * 1000), 0) + gps + counts + ids + rest


def teltonika_packet(fixes: Sequence[Fix], *, extended: bool = False) -> bytes:
    """One AVL packet of Codec 8 (or 8 Extended) with these records."""
    body = bytes([0x8E if extended else 0x08, len(fixes)])
    body += b"".join(_teltonika_record(f, extended) for f in fixes) + bytes([len(fixes)])
    return b"\0\0\0\0" + struct.pack(">I", len(body)) + body + struct.pack(">I", crc16(body))


def osmand_query(fix: Fix) -> dict[str, str]:
    """Traccar Client's query parameters for one fix."""
    query = {
        "id": fix.device,
        "timestamp": str(int(fix.at.timestamp())),
        "lat": f"{fix.lat:.6f}",
        "lon": f"{fix.lon:.6f}",
    }
    if fix.speed_kmh is not None:
        query["speed"] = f"{fix.speed_kmh / 1.852:.3f}"
    if fix.heading is not None:
        query["bearing"] = f"{fix.heading:.1f}"
    if fix.alarm:
        query["alarm"] = "sos"
    return query
