"""Intake rules that need no server: media typing, client file names, the rate limiter, report fields."""

from __future__ import annotations

import math
import random

import pytest

from dispatch_desk.demo.simulator import photo, voice_message
from dispatch_desk.domain.enums import AttachmentKind
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.intake.limits import RateLimiter
from dispatch_desk.intake.media_types import display_name, identify
from dispatch_desk.intake.open311 import flatten_json, parse_report, retry_key

JPEG = photo(random.Random(1), (64, 48))
WAV = voice_message(random.Random(1), 0.3, 8000)
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64


@pytest.mark.parametrize(
    ("data", "declared", "kind", "media_type"),
    [
        (JPEG, "image/jpeg", AttachmentKind.PHOTO, "image/jpeg"),
        (JPEG, "application/octet-stream", AttachmentKind.PHOTO, "image/jpeg"),
        (JPEG, "", AttachmentKind.PHOTO, "image/jpeg"),
        (WAV, "audio/x-wav; codecs=1", AttachmentKind.AUDIO, "audio/x-wav"),
        (MP4, "video/mp4", AttachmentKind.VIDEO, "video/mp4"),
        (MP4, "audio/mp4", AttachmentKind.AUDIO, "audio/mp4"),  # an M4A voice message shares MP4's signature
    ],
)
def test_media_type_comes_from_the_content(data, declared, kind, media_type):
    found = identify(data, declared, "x")
    assert (found.kind, found.media_type) == (kind, media_type)


@pytest.mark.parametrize(
    ("data", "declared", "message"),
    [
        (WAV, "image/jpeg", "declared as image/jpeg but its content is audio/x-wav"),
        (JPEG, "video/mp4", "declared as video/mp4 but its content is image/jpeg"),
        (JPEG, "text/html", "not a photo, video or audio"),
        (b"%PDF-1.7\n" + b"0" * 100, "image/jpeg", "not a photo, video or voice message"),
        (b"hello, this is text", "image/gif", "not a photo"),
        (b"", "image/jpeg", "empty"),
    ],
)
def test_media_that_is_not_what_it_says_is_refused(data, declared, message):
    with pytest.raises(ValidationError, match=message):
        identify(data, declared, "upload.bin")


@pytest.mark.parametrize(
    ("sent", "shown"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\photo.jpg", "photo.jpg"),
        ("a\x00b\x1b.jpg", "ab.jpg"),
        (".hidden", "hidden"),
        ("фото улицы.jpg", "фото улицы.jpg"),
        ("x" * 500, "x" * 200),
        (None, ""),
    ],
)
def test_client_file_names_are_only_names(sent, shown):
    assert display_name(sent) == shown


def test_rate_limiter_allows_a_burst_then_the_rate():
    now = [0.0]
    limiter = RateLimiter(clock=lambda: now[0])
    allowed = sum(limiter.allow(1, 60) == 0.0 for _ in range(20))
    assert allowed == 10  # ten seconds' worth at one a second
    wait = limiter.allow(1, 60)
    assert 0 < wait <= 1.0
    now[0] += 1.0
    assert limiter.allow(1, 60) == 0.0
    assert limiter.allow(2, 60) == 0.0  # every key has its own bucket


def test_report_fields():
    report = parse_report(
        {
            "service_code": "theft",
            "lat": "52.3",
            "long": "76.95",
            "first_name": " Айгерим ",
            "attribute[video_call]": "true",
            "device_id": "d1",
            "attribute[report_id]": "r1",
        }
    )
    assert report.location.lat == 52.3 and report.video_call_requested and report.caller_name == "Айгерим"
    assert report.idempotency_key == retry_key("device", "d1", "r1") != retry_key("device", "d2", "r1")
    assert parse_report(
        {"service_code": "x", "address_string": "a"}, idempotency_key="k1"
    ).idempotency_key == retry_key("key", "", "k1")
    json_report = parse_report(
        flatten_json({"service_code": "x", "lat": 52, "long": 76, "attribute": {"video_call": False}}),
        typed=True,
    )
    assert not json_report.video_call_requested
    for fields, typed, message in [
        ({"service_code": "x", "lat": "nan", "long": "1"}, False, "decimal number"),
        ({"service_code": "x", "lat": math.inf, "long": 1.0}, True, "finite"),
        ({"service_code": "x", "lat": "52", "long": 1.0}, True, "JSON number"),
        ({"service_code": "x", "lat": 52, "long": 1, "attribute[video_call]": True}, True, "attribute"),
        ({"service_code": "x", "address_string": None}, True, "must not be null"),
        (
            {"service_code": "x", "address_string": "a", "attribute[video_call]": "yes"},
            False,
            "true or false",
        ),
        ({"service_code": "x", "address_string": "a" * 501}, False, "too long"),
        ({"service_code": "x", "address_string": "a", "first_name": ["a"]}, True, "must be text"),
    ]:
        with pytest.raises(ValidationError, match=message):
            parse_report(flatten_json(fields) if typed else fields, typed=typed)
