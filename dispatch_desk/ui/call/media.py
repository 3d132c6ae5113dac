"""What a call from the app adds to its incident: the snapshots the operator takes and the call's recording.

Taken before the call is saved as an incident, they are kept and go into it once it is (the call form
says which incident the call became); the recording is written to a temporary file as the page sends it
and added when the call ends.
"""

from __future__ import annotations

import base64
import binascii
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject

from dispatch_desk.domain.enums import AttachmentKind
from dispatch_desk.ui.desk_part import PartContext

SAID_MS = 6000


class CallMedia(QObject):
    def __init__(self, ctx: PartContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.call_id: str | None = None  # the call the media belong to (it may have ended)
        self.incident: str | None = None  # the incident that call became, once saved
        self.pending: list[tuple[bytes, AttachmentKind, str]] = []  # taken before it was saved
        self.recording: Path | None = None
        self.recording_kind = "video"  # or "audio": what the page records of this call

    def begin(self, call_id: str, record: bool) -> None:
        """A call answered: its media start here (its recording in a temporary file when ``record``)."""
        self.call_id, self.incident, self.pending = call_id, None, []
        if record:
            handle, name = tempfile.mkstemp(prefix=f"call-{call_id[:12]}-", suffix=".webm")
            os.close(handle)
            self.recording = Path(name)

    def snapshot_taken(self, call_id: str, data_url: object) -> None:
        """The page's picture of the caller's video (a data URL), or nothing while there is none."""
        if not isinstance(data_url, str) or "," not in data_url:
            self.ctx.say(self.tr("No picture from the caller yet"), 5000)
            return
        try:
            data = base64.b64decode(data_url.split(",", 1)[1], validate=True)
        except (binascii.Error, ValueError):
            return
        name = f"call-{call_id[:8]}-{datetime.now(UTC).strftime('%H%M%S')}.jpg"
        self.add(data, AttachmentKind.PHOTO, name)

    def add(self, data: bytes, kind: AttachmentKind, name: str) -> None:
        desk, number = self.ctx.now.desk, self.incident
        if desk is None:
            return
        if number is None:
            self.pending.append((data, kind, name))
            self.ctx.say(self.tr("Kept: it goes into the incident when it is saved"), SAID_MS)
            return
        self.ctx.operations.run(
            lambda: desk.calls.add_media(number, data, kind, name),
            lambda _a: self.tr("Added to %1").replace("%1", number),
        )

    def recorded(self, call_id: str, number: str) -> None:
        """The call form saved the call as incident ``number``: media taken so far go into it."""
        if call_id != self.call_id:
            return
        self.incident = number
        pending, self.pending = self.pending, []
        for data, kind, name in pending:
            self.add(data, kind, name)

    def chunk(self, data: bytes) -> None:
        if self.recording is not None:
            with self.recording.open("ab") as file:
                file.write(data)

    def recording_done(self) -> None:
        path, self.recording = self.recording, None
        if path is None or not path.is_file():
            return
        data = path.read_bytes()
        path.unlink(missing_ok=True)
        if data:
            video = self.recording_kind == "video"
            self.add(data, AttachmentKind.VIDEO if video else AttachmentKind.AUDIO, path.name)
