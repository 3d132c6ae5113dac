"""Thumbnails of an app report's photos, decoded on a lane of their own.

The database lane (feed, calls, dispatch) never waits for an image: the incident panel shows at once
with badges, and each photo's thumbnail replaces its badge when decoded. Decoded thumbnails are kept
(a few hundred, by content hash), so a refresh of the panel decodes nothing again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from dispatch_desk.domain.entities import Incident
from dispatch_desk.domain.enums import AttachmentKind
from dispatch_desk.ui.tasks import TaskRunner
from dispatch_desk.ui.widgets.media import load_thumbnail

KEPT = 300


class Thumbnails(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lane = TaskRunner(self)  # its own thread: never the database lane
        self._kept: OrderedDict[str, QImage | None] = OrderedDict()

    def load(
        self, incident: Incident, paths: dict[str, Path], show: Callable[[str, str, QImage], None]
    ) -> None:
        """Decode the incident's photos (``paths``: where each is stored, by SHA-256);
        ``show(number, sha256, image)`` for each one that decodes."""
        for attachment in incident.attachments:
            if attachment.kind is not AttachmentKind.PHOTO:
                continue
            sha = attachment.sha256
            if sha in self._kept:
                image = self._kept[sha]
                if image is not None:
                    show(incident.number, sha, image)
                continue
            path = paths.get(sha)
            if path is None:
                continue
            self.lane.run(
                partial(load_thumbnail, path),
                partial(self._decoded, incident.number, sha, show),
            )

    def _decoded(self, number: str, sha: str, show, image: QImage | None) -> None:
        self._kept[sha] = image
        while len(self._kept) > KEPT:
            self._kept.popitem(last=False)
        if image is not None:
            show(number, sha, image)

    def shutdown(self) -> None:
        self.lane.shutdown(5000)
