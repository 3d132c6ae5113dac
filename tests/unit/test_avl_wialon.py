"""Wialon IPS byte for byte: real packets (the protocol's own examples and those Traccar's decoder is
tested with), their answers, checksums, black boxes, unknown devices, and garbage fuzzed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dispatch_desk.avl.checksums import crc16
from dispatch_desk.avl.wialon import FrameError, WialonSession, split_crc
from dispatch_desk.domain.fixes import Source

NOW = datetime(2026, 12, 7, 18, 0, tzinfo=UTC)
KNOWN = {"42001300083": "secret", "863071014445404": None}


def accept(device: str, password: str | None) -> bool | None:
    if device not in KNOWN:
        return False
    return KNOWN[device] in (None, password) or None


def session(version: str = "2.0") -> WialonSession:
    s = WialonSession(accept, lambda: NOW)
    login = with_crc("2.0;42001300083;secret;") if version == "2.0" else "42001300083;secret"
    assert s.receive(f"#L#{login}\r\n".encode()).replies == [b"#AL#1\r\n"]
    return s


def with_crc(message: str) -> str:
    return f"{message}{crc16(message.encode()):04X}"


def test_the_checksum_is_crc16_arc_over_the_message_and_its_last_separator():
    assert crc16(b"123456789") == 0xBB3D  # the algorithm's check value
    # The protocol's own example and three packets of real devices, with the CRCs they were sent with.
    for packet in (
        "300924;154245;5554.350052;N;3644.670410;E;2.92;NA;NA;NA;7A01",
        "NA;NA;5429.681944502211763;N;02654.60403650999069;E;NA;NA;NA;NA;NA;NA;NA;1.0;NA;m1:1:9196679,"
        "d1:1:15397,t1:1:20,b1:1:162,fuel1:2:21588.0,pv1:2:35.98,finish:1:1;0x9b0",
        "101118;061143;0756.0930;N;12338.6403;E;18.223;99.766;-4.000;10;0.800;NA;NA;NA;NA;101_521347:1:521249,"
        "101_521126:1:6593598,101_521127:1:774780,101_521072_21.1:1:0,101_521072_21.2:1:71353;F24A",
        "120319;112003;NA;NA;NA;NA;0.000;NA;NA;0;NA;NA;NA;NA;NA;101_521347:1:521246,101_158:1:510,"
        "101_521055:1:510,101_521055_2.9:1:509,101_521056:1:3;626B",
    ):
        assert split_crc(packet)[1], packet
    assert not split_crc("300924;154245;5554.350052;N;3644.670410;E;2.92;NA;NA;NA;7A02")[1]


def test_a_short_packet_of_version_2_is_stored_and_answered():
    s = session()
    decoded = s.receive(b"#SD#300924;154245;5554.350052;N;3644.670410;E;2.92;NA;NA;NA;7A01\r\n")
    assert decoded.replies == [b"#ASD#1\r\n"]
    (fix,) = decoded.fixes
    assert fix.device == "42001300083" and fix.source is Source.WIALON
    assert fix.at == datetime(2024, 9, 30, 15, 42, 45, tzinfo=UTC)
    assert fix.lat == pytest.approx(55 + 54.350052 / 60) and fix.lon == pytest.approx(36 + 44.670410 / 60)
    assert fix.speed_kmh == pytest.approx(2.92) and fix.heading is None and fix.valid


def test_version_1_packets_carry_no_checksum():
    s = session("1.1")
    decoded = s.receive(b"#SD#270413;205601;5544.6025;N;03739.6834;E;1;2;3;4\r\n")
    assert decoded.replies == [b"#ASD#1\r\n"]
    (fix,) = decoded.fixes
    assert (round(fix.lat, 5), round(fix.lon, 5)) == (55.74338, 37.66139)  # as Traccar reads it
    assert fix.at == datetime(2013, 4, 27, 20, 56, 1, tzinfo=UTC)
    assert (fix.speed_kmh, fix.heading, fix.altitude_m, fix.satellites) == (1, 2, 3, 4)
    d = s.receive(
        b"#D#151216;140203;5312.59514;N;04830.37834;E;53;273;NA;10;NA;NA;NA;NA;NA;EvId:1:1,Board:2:12.81,"
        b"Accum:2:4.28\r\n"
    )
    assert d.replies == [b"#AD#1\r\n"]
    assert d.fixes[0].param("Board") == 12.81 and d.fixes[0].param("EvId") == 1


def test_a_data_packet_keeps_inputs_adc_and_parameters_and_an_sos_is_an_alarm():
    s = session()
    message = (
        "021214;065947;2237.7552;S;11404.8851;W;0.000;;170.9;5;1.74;3;0;14.77,0.02;NA;SOS:1:1,fw:3:V4.5;"
    )
    decoded = s.receive(f"#D#{with_crc(message)}\r\n".encode())
    assert decoded.replies == [b"#AD#1\r\n"]
    (fix,) = decoded.fixes
    assert fix.lat < 0 and fix.lon < 0 and fix.alarm
    assert (fix.param("inputs"), fix.param("adc1"), fix.param("hdop"), fix.param("fw")) == (
        3,
        14.77,
        1.74,
        "V4.5",
    )


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("021214;065947;2237.7552;N;11404.8851;E;0.000;;170.9;5;1.74;NA;NA;NA;NA;NA;", b"#AD#1"),
        ("021214;065947;2237.7552;N;11404.8851;E;0.000;;170.9;5;1.74;NA;NA;;NA;", b"#AD#-1"),  # 15 fields
        ("321214;065947;2237.7552;N;11404.8851;E;0.000;;170.9;5;1.74;NA;NA;NA;NA;NA;", b"#AD#0"),  # 32 Dec
        ("021214;065947;2297.7552;N;11404.8851;E;0.000;;170.9;5;1.74;NA;NA;NA;NA;NA;", b"#AD#10"),  # 97 min
        ("021214;065947;2237.7552;N;11404.8851;E;fast;;170.9;5;1.74;NA;NA;NA;NA;NA;", b"#AD#11"),
        ("021214;065947;2237.7552;N;11404.8851;E;0;;170.9;many;1.74;NA;NA;NA;NA;NA;", b"#AD#12"),
        ("021214;065947;2237.7552;N;11404.8851;E;0;;170.9;5;1.74;x;NA;NA;NA;NA;", b"#AD#13"),
        ("021214;065947;2237.7552;N;11404.8851;E;0;;170.9;5;1.74;NA;NA;1,y;NA;NA;", b"#AD#14"),
        ("021214;065947;2237.7552;N;11404.8851;E;0;;170.9;5;1.74;NA;NA;NA;NA;fuel:9:1;", b"#AD#15"),
    ],
)
def test_each_fault_of_a_data_packet_is_answered_with_its_code_and_nothing_is_stored(message, answer):
    decoded = session().receive(f"#D#{with_crc(message)}\r\n".encode())
    assert decoded.replies == [answer + b"\r\n"]
    assert len(decoded.fixes) == (1 if answer == b"#AD#1" else 0)


def test_a_wrong_checksum_is_answered_as_the_protocol_says_and_not_stored():
    s = session()
    d = s.receive(b"#SD#300924;154245;5554.350052;N;3644.670410;E;2.92;NA;NA;NA;7A02\r\n")
    assert (d.replies, d.fixes) == ([b"#ASD#13\r\n"], [])
    d = s.receive(b"#D#021214;065947;2237.7552;N;11404.8851;E;0;;170.9;5;1.74;NA;NA;NA;NA;NA;0000\r\n")
    assert (d.replies, d.fixes) == ([b"#AD#16\r\n"], [])
    wrong = WialonSession(accept, lambda: NOW).receive(b"#L#2.0;42001300083;secret;0000\r\n")
    assert wrong.replies == [b"#AL#10\r\n"]


def test_unknown_devices_and_wrong_passwords_are_refused_and_may_not_send():
    s = WialonSession(accept, lambda: NOW)
    assert s.receive(f"#L#{with_crc('2.0;999;NA;')}\r\n".encode()).replies == [b"#AL#0\r\n"]
    assert s.receive(f"#L#{with_crc('2.0;42001300083;guess;')}\r\n".encode()).replies == [b"#AL#01\r\n"]
    with pytest.raises(FrameError):  # still nobody: data is not taken
        s.receive(b"#SD#270413;205601;5544.6025;N;03739.6834;E;1;2;3;4\r\n")
    passwordless = WialonSession(accept, lambda: NOW)
    assert passwordless.receive(b"#L#863071014445404;NA\r\n").replies == [b"#AL#1\r\n"]


def test_a_black_box_of_many_records_is_answered_with_the_number_stored():
    s = session("1.1")
    packet = (
        "#B#080914;073235;5027.50625;N;03026.19321;E;0.700;0.000;NA;4;NA;NA;NA;;NA;Батарея:3:100 %|"
        "080914;073420;5027.50845;N;03026.18854;E;1.996;292.540;NA;4;NA;NA;NA;;NA;Батарея:3:100 %\r\n"
    )
    decoded = s.receive(packet.encode())
    assert decoded.replies == [b"#AB#2\r\n"]
    assert [f.archived for f in decoded.fixes] == [True, True]
    assert decoded.fixes[0].param("Батарея") == "100 %"
    v2 = session()
    records = "|".join(f"081214;0{n}0000;5027.5;N;03026.1;E;1;2;3;4" for n in range(5)) + "|"
    assert v2.receive(f"#B#{with_crc(records)}\r\n".encode()).replies == [b"#AB#5\r\n"]
    assert v2.receive(f"#B#{records}0000\r\n".encode()).replies == [b"#AB#0\r\n"]


def test_packets_split_anywhere_across_reads_and_pings_are_answered():
    s = session()
    stream = b"#P#\r\n#SD#300924;154245;5554.350052;N;3644.670410;E;2.92;NA;NA;NA;7A01\r\n#M#hello\r\n"
    replies, fixes = [], []
    for n in range(len(stream)):
        decoded = s.receive(stream[n : n + 1])
        replies += decoded.replies
        fixes += decoded.fixes
    assert replies == [b"#AP#\r\n", b"#ASD#1\r\n", b"#AM#1\r\n"] and len(fixes) == 1


def test_garbage_and_endless_packets_close_the_connection():
    for garbage in (b"GET / HTTP/1.1\r\n", b"#X#1\r\n", b"\x00\xff\r\n"):
        with pytest.raises(FrameError):
            WialonSession(accept, lambda: NOW).receive(garbage)
    s = session()
    with pytest.raises(FrameError):
        for _ in range(5):
            s.receive(b"#D#" + b"9" * (1024 * 1024))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_no_input_raises_anything_but_a_frame_error(data):
    s = session()
    try:
        decoded = s.receive(data + b"\r\n")
    except FrameError:
        return
    assert all(reply.endswith(b"\r\n") for reply in decoded.replies)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["NA", "", "0", "-1", "1e999", "nan", "5544.6025", "N", "E", "Z", "a:1:b"]),
        max_size=18,
    )
)
def test_any_fields_are_answered_not_raised(fields):
    s = session("1.1")
    decoded = s.receive(("#D#" + ";".join(fields) + "\r\n").encode())
    assert decoded.replies and decoded.replies[0].startswith(b"#AD#")
