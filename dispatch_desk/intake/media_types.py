"""What an uploaded file really is: read from its content, never from its name or declared type."""

from __future__ import annotations

import unicodedata

import filetype

from dispatch_desk.domain.enums import AttachmentKind
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.services.app_reports import MediaFile

# The types a phone sends, by what their content says they are.
ACCEPTED: dict[str, AttachmentKind] = {
    "image/jpeg": AttachmentKind.PHOTO,
    "image/png": AttachmentKind.PHOTO,
    "image/webp": AttachmentKind.PHOTO,
    "image/heic": AttachmentKind.PHOTO,
    "image/avif": AttachmentKind.PHOTO,
    "image/gif": AttachmentKind.PHOTO,
    "video/mp4": AttachmentKind.VIDEO,
    "video/x-m4v": AttachmentKind.VIDEO,
    "video/quicktime": AttachmentKind.VIDEO,
    "video/3gpp": AttachmentKind.VIDEO,
    "video/webm": AttachmentKind.VIDEO,
    "video/x-matroska": AttachmentKind.VIDEO,
    "audio/mpeg": AttachmentKind.AUDIO,
    "audio/mp4": AttachmentKind.AUDIO,
    "audio/aac": AttachmentKind.AUDIO,
    "audio/ogg": AttachmentKind.AUDIO,
    "audio/x-wav": AttachmentKind.AUDIO,
    "audio/amr": AttachmentKind.AUDIO,
    "audio/x-flac": AttachmentKind.AUDIO,
}
# Declared types that say nothing about the content.
GENERIC = {"", "application/octet-stream", "binary/octet-stream"}
_KIND_OF_MAJOR = {"image": AttachmentKind.PHOTO, "video": AttachmentKind.VIDEO, "audio": AttachmentKind.AUDIO}


def display_name(name: str | None) -> str:
    """A client's file name, kept only to be shown: no folders, no control characters, bounded."""
    text = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(ch for ch in unicodedata.normalize("NFC", text) if ch.isprintable())
    return text.strip().lstrip(".")[:200]


def identify(data: bytes, declared: str | None, name: str | None = None) -> MediaFile:
    """The file as a MediaFile, or ValidationError saying why it is refused.

    A declared type must agree with the content at least in kind (a photo declared as a photo): a voice
    message sent as ``image/jpeg`` is refused, so that a mislabelled file never reaches a viewer that
    trusts the label. Containers whose audio and video forms share one signature (MP4, 3GP, WebM) take
    the kind the client declared."""
    shown = display_name(name) or "the file"
    if not data:
        raise ValidationError(f"{shown} is empty")
    guess = filetype.guess(data[:8192])
    if guess is None or guess.mime not in ACCEPTED:
        what = guess.mime if guess is not None else "not a known photo, video or audio format"
        raise ValidationError(f"{shown} is not a photo, video or voice message this server accepts ({what})")
    media_type = guess.mime
    kind = ACCEPTED[media_type]
    declared_type = (declared or "").split(";")[0].strip().lower()
    if declared_type not in GENERIC:
        major = declared_type.split("/")[0]
        declared_kind = _KIND_OF_MAJOR.get(major)
        if declared_kind is None:
            raise ValidationError(
                f"{shown} is declared as {declared_type}, which is not a photo, video or audio"
            )
        if declared_kind != kind:
            shared = media_type in ("video/mp4", "video/3gpp", "video/webm", "audio/mp4", "audio/ogg")
            if shared and {declared_kind, kind} == {AttachmentKind.VIDEO, AttachmentKind.AUDIO}:
                kind = declared_kind
                media_type = f"{major}/{guess.mime.split('/')[1]}"
            else:
                raise ValidationError(
                    f"{shown} is declared as {declared_type} but its content is {guess.mime}"
                )
    return MediaFile(kind, media_type, data, display_name(name))
