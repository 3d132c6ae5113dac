"""The cameras dock: the live pictures of the best cameras at the selected incident (up to four tiles),
played by Qt Multimedia from their RTSP streams (the FFmpeg backend of the PySide6 wheels: H.264, H.265,
MJPEG) in native video widgets. A stream that drops is opened again and says so; a camera that gives no
picture within ten seconds says why. A double click enlarges a tile (again: all four); *Incident → Camera
snapshot into the incident* (Ctrl+Alt+S) puts the first (or enlarged) tile's picture into the incident.

Opening a stream, its closing (with how long it was watched) and a snapshot are access lines; the address
with the camera's password is asked of the service on the lane and given to the player only.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, QUrl
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QDockWidget, QGridLayout, QLabel, QVBoxLayout, QWidget

from dispatch_desk.domain.access import Permission
from dispatch_desk.ui.desk_part import Part, PartContext

if TYPE_CHECKING:
    from dispatch_desk.domain.cameras import CameraSight
    from dispatch_desk.services.desk import DeskService

TILES = 4
NO_PICTURE_S = 10.0  # a camera silent this long says so
RECONNECT_MS = 3000
POLL_MS = 1000


def _nothing() -> None:
    return None


def _ignore(_result: object) -> None:
    return None  # the closing's access line: nothing to show either way


class CameraTile(QWidget):
    """One camera's live picture, its name and what the stream is doing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.video = QVideoWidget()
        self.video.setMinimumSize(160, 90)
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 2, 2, 2)
        column.addWidget(self.title)
        column.addWidget(self.video, 1)
        column.addWidget(self.status)
        self.player = QMediaPlayer(self)
        self.player.setVideoOutput(self.video)
        self.camera_id: str | None = None
        self.url = ""
        self.opened_at = 0.0
        self.frames = 0
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.timeout.connect(self._silent)
        self.again = QTimer(self)
        self.again.setSingleShot(True)
        self.again.timeout.connect(self._reopen)
        self.video.videoSink().videoFrameChanged.connect(self._frame)
        self.player.errorOccurred.connect(self._failed)
        self.player.mediaStatusChanged.connect(self._status_changed)
        self.on_double_click: Callable[[], None] = _nothing

    def show_camera(self, camera_id: str, title: str, url: str) -> None:
        self.camera_id, self.url, self.frames = camera_id, url, 0
        self.title.setText(title)  # plain text: a camera's name is never markup
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setText(self.tr("Connecting…"))
        self.opened_at = time.monotonic()
        self.player.setSource(QUrl(url))
        self.player.play()
        self.deadline.start(int(NO_PICTURE_S * 1000))
        self.show()

    def stop(self) -> float:
        """Stop the stream; how long it was watched, in seconds (0 if nothing was shown)."""
        self.deadline.stop()
        self.again.stop()
        self.player.stop()
        self.player.setSource(QUrl())
        watched = time.monotonic() - self.opened_at if self.camera_id else 0.0
        self.camera_id, self.url = None, ""
        self.hide()
        return watched

    def picture(self) -> bytes:
        """The picture shown now, as JPEG (empty while there is none)."""
        image = self.video.videoSink().videoFrame().toImage()
        if image.isNull():
            return b""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", 90)  # type: ignore[call-overload]  # the stubs want bytes, Qt a str
        return bytes(data.data())

    def _frame(self, _frame) -> None:
        if self.frames == 0:
            self.status.setText(self.tr("Live"))
            self.deadline.stop()
        self.frames += 1

    def _failed(self, _error, message: str) -> None:
        if self.camera_id is None:
            return
        self.status.setText(
            self.tr("The picture was lost (%1): connecting again…").replace("%1", message[:120])
        )
        self.deadline.stop()
        self.again.start(RECONNECT_MS)

    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if self.camera_id is not None and status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.status.setText(self.tr("The stream stopped: connecting again…"))
            self.again.start(RECONNECT_MS)

    def _silent(self) -> None:
        if self.camera_id is not None and self.frames == 0:
            self.status.setText(
                self.tr("No picture within %1 s: the camera does not answer.").replace(
                    "%1", f"{NO_PICTURE_S:.0f}"
                )
            )
            self.again.start(RECONNECT_MS)

    def _reopen(self) -> None:
        if self.camera_id is not None:
            self.frames = 0
            self.player.stop()
            self.player.setSource(QUrl())  # the same source again is no change to the player: clear it first
            self.player.setSource(QUrl(self.url))
            self.player.play()
            self.deadline.start(int(NO_PICTURE_S * 1000))

    def mouseDoubleClickEvent(self, event) -> None:
        self.on_double_click()
        super().mouseDoubleClickEvent(event)


class CameraDock(Part):
    def __init__(self, ctx: PartContext) -> None:
        super().__init__(ctx)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.empty = QLabel(self.tr("No camera sees the selected incident."))
        self.empty.setWordWrap(True)
        self.grid.addWidget(self.empty, 0, 0, 1, 2)
        self.tiles = [CameraTile(holder) for _ in range(TILES)]
        for n, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, 1 + n // 2, n % 2)
            tile.on_double_click = functools.partial(self.enlarge, tile)
            tile.hide()
        self.dock = QDockWidget(self.tr("Cameras"), ctx.parent)
        self.dock.setObjectName("cameraDock")
        self.dock.setWidget(holder)
        ctx.place.add(self.dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.hide()
        self.number: str | None = None
        self.sights: list[CameraSight] = []
        self.enlarged: CameraTile | None = None
        self.cones_on = False
        self.cones_shown = 0  # cameras the map's cone layer holds
        self.highlighted: list[str] = []  # the cameras that see the selected incident, drawn stronger
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.follow_selection)

    def docks(self) -> list[QDockWidget]:
        return [self.dock]

    def load(self, desk: DeskService) -> None:
        if desk.actor.may(Permission.WATCH_CAMERAS):
            self.timer.start()

    def clear(self) -> None:
        self.timer.stop()
        self._close_all()
        self.number = None
        if self.ctx.map_api is not None and self.cones_on:
            self.ctx.map_api.layers.set_cameras(None)
        self.cones_on, self.cones_shown, self.highlighted = False, 0, []

    def close(self) -> None:
        self.timer.stop()
        self._close_all()
        super().close()

    def follow_selection(self) -> None:
        """The selected incident changed: its cameras (read on the lane) take the tiles."""
        desk, number = self.ctx.now.desk, self.ctx.now.selected_number
        if desk is None or number == self.number:
            return
        self.number = number
        self._close_all()
        self._highlight(desk, number)
        if not number or not self.dock.isVisible():
            return

        def read() -> list[tuple[CameraSight, str]]:
            return [
                (sight, desk.cameras.stream(sight.camera.id)) for sight in desk.cameras.near(number, TILES)
            ]

        self.ctx.tasks.run(read, lambda found: self._show(number, found), self.ctx.failed)

    def _show(self, number: str, found: list[tuple[CameraSight, str]]) -> None:
        if number != self.number:
            return
        self.sights = [sight for sight, _ in found]
        self.empty.setVisible(not found)
        for tile, (sight, url) in zip(self.tiles, found, strict=False):
            looks = self.tr("looks at the place") if sight.looks else self.tr("near the place")
            tile.show_camera(
                sight.camera.id, f"{sight.camera.name} · {sight.distance_m:.0f} m · {looks}", url
            )

    def _close_all(self) -> None:
        desk = self.ctx.now.desk
        self.enlarged = None
        for tile in self.tiles:
            camera_id = tile.camera_id
            watched = tile.stop()
            if camera_id and desk is not None:
                closed = functools.partial(desk.cameras.closed, camera_id, watched)
                self.ctx.tasks.run(closed, _ignore, _ignore)
        self.sights = []

    def show_dock(self) -> None:
        """View → Cameras at the incident: the dock in sight, filled with the selected incident's cameras."""
        self.dock.show()
        self.dock.raise_()
        self.number = None
        self.follow_selection()

    def toggle_cones(self, on: bool) -> None:
        """View → Camera view cones on the map: every camera this person may watch, those that see the
        selected incident drawn stronger."""
        self.cones_on, desk, api = on, self.ctx.now.desk, self.ctx.map_api
        if api is None:
            return
        if not on or desk is None:
            api.layers.set_cameras(None)
            self.cones_shown, self.highlighted = 0, []
            return
        fields = ("id", "name", "lat", "lon", "direction_deg", "fov_deg", "range_m", "ptz")

        def read() -> list[dict]:
            return [{k: v for k, v in c.summary().items() if k in fields} for c in desk.cameras.all()]

        def show(cameras: list[dict]) -> None:
            if self.cones_on:
                api.layers.set_cameras(cameras)
                self.cones_shown = len(cameras)
                self._highlight(desk, self.ctx.now.selected_number)

        self.ctx.tasks.run(read, show, self.ctx.failed)

    def _highlight(self, desk: DeskService, number: str | None) -> None:
        api = self.ctx.map_api
        if not self.cones_on or api is None:
            return

        def show(ids: list[str]) -> None:
            if self.cones_on and number == self.ctx.now.selected_number:
                self.highlighted = ids
                api.layers.highlight_cameras(ids)

        if not number:
            show([])
            return
        self.ctx.tasks.run(
            lambda: [s.camera.id for s in desk.cameras.near(number) if s.looks], show, self.ctx.failed
        )

    def enlarge(self, tile: CameraTile) -> None:
        self.enlarged = None if self.enlarged is tile else tile
        for other in self.tiles:
            other.setVisible(
                other.camera_id is not None and (self.enlarged is None or other is self.enlarged)
            )

    def snapshot(self) -> None:
        """The enlarged (or first) tile's picture into the selected incident, with the camera and time."""
        desk, number = self.ctx.now.desk, self.number
        tile = self.enlarged or next((t for t in self.tiles if t.camera_id and t.frames), None)
        if desk is None or number is None or tile is None or tile.camera_id is None:
            self.ctx.say(self.tr("No live picture to take a snapshot of."), 5000)
            return
        picture, camera_id = tile.picture(), tile.camera_id
        if not picture:
            self.ctx.say(self.tr("No live picture to take a snapshot of."), 5000)
            return
        self.ctx.tasks.run(
            lambda: desk.cameras.snapshot(number, camera_id, picture),
            lambda _: self.ctx.say(
                self.tr("Snapshot of %1 added to %2.").replace("%1", camera_id).replace("%2", number), 5000
            ),
            self.ctx.failed,
        )
