"""Chromium's fake camera and microphone, granted without asking: set in QTWEBENGINE_CHROMIUM_FLAGS before
Qt starts, for the tests and benchmarks of calls from the app (no Qt imported here)."""

FAKE_MEDIA_FLAGS = "--use-fake-device-for-media-stream --use-fake-ui-for-media-stream --autoplay-policy=no-user-gesture-required"


def with_fake_media(flags: str) -> str:
    return (
        (flags + " " + FAKE_MEDIA_FLAGS).strip()
        if "--use-fake-device-for-media-stream" not in flags
        else flags
    )
