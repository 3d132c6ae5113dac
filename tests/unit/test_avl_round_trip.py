"""A fix written as each device writes it reads back as the same fix: the encoders the demo patrols and
the benchmarks send with, held against the decoders, for any position, time, speed and heading."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dispatch_desk.avl import encode, osmand, teltonika, wialon
from dispatch_desk.domain.fixes import Fix, Source

NOW = datetime(2026, 12, 7, 18, 0, tzinfo=UTC)

fixes = st.builds(
    Fix,
    device=st.just("356307042441013"),
    at=st.integers(0, 10 * 365 * 86400).map(
        lambda s: datetime(2020, 1, 1, tzinfo=UTC) + timedelta(seconds=s)
    ),
    lat=st.floats(-89.9, 89.9),
    lon=st.floats(-179.9, 179.9),
    source=st.just(Source.WIALON),
    speed_kmh=st.integers(0, 250).map(float),
    heading=st.integers(0, 359).map(float),
    altitude_m=st.integers(-100, 3000).map(float),
    satellites=st.integers(3, 30),
    alarm=st.booleans(),
)


def close(a: Fix, b: Fix, degrees: float) -> None:
    assert b.at == a.at and b.alarm == a.alarm
    assert b.lat == pytest.approx(a.lat, abs=degrees) and b.lon == pytest.approx(a.lon, abs=degrees)
    assert b.speed_kmh == pytest.approx(a.speed_kmh, abs=0.06) and b.heading == pytest.approx(
        a.heading, abs=0.06
    )


@settings(max_examples=200, deadline=None)
@given(fixes)
def test_wialon(fix):
    session = wialon.WialonSession(lambda device, password: True, lambda: NOW)
    assert session.receive(encode.wialon_login(fix.device)).replies == [b"#AL#1\r\n"]
    decoded = session.receive(encode.wialon_data(fix))
    assert decoded.replies == [b"#AD#1\r\n"]
    close(fix, decoded.fixes[0], 1e-6)  # 4 decimals of a minute


@settings(max_examples=100, deadline=None)
@given(st.lists(fixes, min_size=1, max_size=30))
def test_wialon_black_box(batch):
    session = wialon.WialonSession(lambda device, password: True, lambda: NOW)
    session.receive(encode.wialon_login("1"))
    decoded = session.receive(encode.wialon_black_box(batch))
    assert decoded.replies == [f"#AB#{len(batch)}\r\n".encode()]
    for sent, read in zip(batch, decoded.fixes, strict=True):
        close(sent, read, 1e-6)


@settings(max_examples=200, deadline=None)
@given(st.lists(fixes, min_size=1, max_size=25), st.booleans())
def test_teltonika(batch, extended):
    session = teltonika.TeltonikaSession(lambda imei: True)
    assert session.receive(encode.teltonika_login(batch[0].device)).replies == [b"\x01"]
    decoded = session.receive(encode.teltonika_packet(batch, extended=extended))
    assert decoded.replies == [len(batch).to_bytes(4, "big")]
    for sent, read in zip(batch, decoded.fixes, strict=True):
        close(sent, read, 1e-7)


@settings(max_examples=200, deadline=None)
@given(fixes)
def test_osmand(fix):
    read = osmand.query_fix(encode.osmand_query(fix), NOW)
    close(fix, read, 1e-6)
