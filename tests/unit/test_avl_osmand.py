"""The OsmAnd protocol as Traccar Client sends it: query parameters of the older clients, Traccar Client 9's
JSON, every time format, the SOS, and hostile values refused with what is wrong."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dispatch_desk.avl.osmand import BadFix, json_fix, moment, query_fix
from dispatch_desk.domain.fixes import Source

NOW = datetime(2026, 12, 7, 18, 0, tzinfo=UTC)


def test_query_parameters_as_traccar_client_sends_them():
    fix = query_fix(
        {
            "id": "862345678901234",
            "timestamp": "1765130400",
            "lat": "54.8731",
            "lon": "69.1505",
            "speed": "10",
            "bearing": "90.5",
            "altitude": "142",
            "accuracy": "6.5",
            "batt": "87",
        },
        NOW,
    )
    assert fix.device == "862345678901234" and fix.source is Source.OSMAND
    assert fix.at == datetime(2025, 12, 7, 18, 0, tzinfo=UTC)
    assert (fix.lat, fix.lon, fix.heading, fix.altitude_m, fix.accuracy_m) == (
        54.8731,
        69.1505,
        90.5,
        142,
        6.5,
    )
    assert fix.speed_kmh == pytest.approx(18.52)  # knots
    assert fix.param("battery_level") == 87 and fix.valid and not fix.alarm


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1765130400", datetime(2025, 12, 7, 18, 0, tzinfo=UTC)),
        ("1765130400000", datetime(2025, 12, 7, 18, 0, tzinfo=UTC)),
        ("2025-12-07T18:00:00Z", datetime(2025, 12, 7, 18, 0, tzinfo=UTC)),
        ("2025-12-07T23:00:00+05:00", datetime(2025, 12, 7, 18, 0, tzinfo=UTC)),
        ("", NOW),
    ],
)
def test_every_time_format_reads_as_utc(value, expected):
    assert moment(value, NOW) == expected


def test_location_in_one_parameter_and_an_sos():
    fix = query_fix({"id": "a1", "location": "54.87,69.15", "alarm": "sos"}, NOW)
    assert (fix.lat, fix.lon, fix.alarm, fix.at) == (54.87, 69.15, True, NOW)


def test_traccar_client_9_json():
    fix = json_fix(
        {
            "device_id": "officer-7",
            "location": {
                "timestamp": "2026-12-07T17:59:58.120Z",
                "coords": {"latitude": 54.87, "longitude": 69.15, "speed": 10, "heading": -1, "accuracy": 4},
                "battery": {"level": 0.42, "is_charging": False},
                "extras": {"alarm": "sos"},
            },
        },
        NOW,
    )
    assert fix.device == "officer-7" and fix.speed_kmh == 36 and fix.heading is None
    assert fix.param("battery_level") == 42 and fix.alarm and fix.accuracy_m == 4


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ({"lat": "54", "lon": "69"}, "id"),
        ({"id": "x", "lat": "54"}, "lat and lon"),
        ({"id": "x", "lat": "91", "lon": "69"}, "lat"),
        ({"id": "x", "lat": "nan", "lon": "69"}, "lat"),
        ({"id": "x", "lat": "1e999", "lon": "69"}, "lat"),
        ({"id": "x", "lat": "54", "lon": "69", "speed": "-3"}, "speed"),
        ({"id": "x", "lat": "54", "lon": "69", "timestamp": "yesterday"}, "timestamp"),
        ({"id": "x", "lat": "54", "lon": "69", "timestamp": "99999999999999999"}, "timestamp"),
        ({"id": "x" * 65, "lat": "54", "lon": "69"}, "id"),
        ({"id": "a\nb", "lat": "54", "lon": "69"}, "id"),
    ],
)
def test_hostile_values_are_refused_naming_the_field(query, said):
    with pytest.raises(BadFix, match=said):
        query_fix(query, NOW)


@pytest.mark.parametrize("body", [None, [], {"location": []}, {"location": {"coords": 5}}, {"location": {}}])
def test_a_json_body_of_the_wrong_shape_is_refused(body):
    with pytest.raises(BadFix):
        json_fix(body, NOW)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["id", "lat", "lon", "timestamp", "speed", "bearing", "batt", "location"]),
        st.text(max_size=30),
    )
)
def test_any_query_is_a_fix_or_a_bad_fix(query):
    try:
        query_fix(query, NOW)
    except BadFix:
        pass


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "device_id": json_values,
            "location": st.fixed_dictionaries(
                {"coords": json_values, "timestamp": json_values, "battery": json_values}
            ),
        }
    )
)
def test_any_json_is_a_fix_or_a_bad_fix(body):
    try:
        json_fix(body, NOW)
    except BadFix:
        pass
