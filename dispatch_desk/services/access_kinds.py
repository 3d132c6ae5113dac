"""The kinds of line the access log holds: who signed in and out, and who looked at what."""

from __future__ import annotations

from enum import StrEnum


class AccessKind(StrEnum):
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    LOCKED = "account_locked"
    SIGN_OUT = "sign_out"
    SCREEN_LOCKED = "screen_locked"
    PASSWORD_CHANGED = "password_changed"
    ACCOUNT_CHANGED = "account_changed"
    IDENTITY_VIEWED = "identity_viewed"  # an incident opened with its caller's name and phone shown
    MEDIA_OPENED = "media_opened"  # a photo, video or voice message opened or played
    CONFIDENTIAL_OPENED = "confidential_opened"  # a corruption report or complaint about police opened
    TRACK_VIEWED = "track_viewed"  # where a unit drove in a period (a complaint about police conduct)
    CAMERA_OPENED = "camera_opened"  # a camera's live picture opened on a desk
    CAMERA_CLOSED = "camera_closed"  # … and closed, with how long it was watched
    CAMERA_SNAPSHOT = "camera_snapshot"  # a camera's picture taken into an incident
