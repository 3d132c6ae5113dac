"""Photos, videos and voice messages of an app report: a strip of thumbnails and a viewer/player."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QImageReader, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.entities import Attachment
from dispatch_desk.domain.enums import AttachmentKind
from dispatch_desk.ui.labels import plain_tooltip

THUMB = 96


DECODE_LIMIT_MB = 128  # a photo whose decoded pixels would take more is shown as a badge, not decoded


def load_thumbnail(path: Path) -> QImage | None:
    """A small image of a photo, decoded at thumbnail size where the format allows (JPEG) and never above
    ``DECODE_LIMIT_MB`` of pixels (a hostile 8000×8000 PNG is refused, not decoded). Runs on a worker
    thread (QImage, unlike QPixmap, may); None when the file is missing, damaged or too large."""
    reader = QImageReader(str(path))
    reader.setAllocationLimit(DECODE_LIMIT_MB)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        return None
    if size.width() * size.height() * 4 > DECODE_LIMIT_MB * 1024 * 1024:
        return None  # said by the file's header: not even tried (the reader's limit is the safety net)
    reader.setScaledSize(size.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


def thumbnail_icon(image: QImage) -> QIcon:
    """A photo's thumbnail centred on a square of the strip's size, so that every caption sits on one
    line whatever the photo's shape."""
    pixmap = QPixmap(THUMB, THUMB)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    picture = QPixmap.fromImage(image).scaled(
        THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    painter.drawPixmap((THUMB - picture.width()) // 2, (THUMB - picture.height()) // 2, picture)
    painter.end()
    return QIcon(pixmap)


def _badge(text: str, colour: str) -> QIcon:
    pixmap = QPixmap(THUMB, THUMB)
    pixmap.fill(QColor(colour))
    painter = QPainter(pixmap)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setPointSize(28)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class MediaStrip(QListWidget):
    """The report's media as thumbnails; Enter or a double click opens one."""

    openRequested = Signal(object)  # Attachment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("media")
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListWidget.Movement.Static)
        self.setFixedHeight(THUMB + 42)
        self.itemActivated.connect(lambda item: self.openRequested.emit(item.data(Qt.ItemDataRole.UserRole)))

    def show_media(self, attachments: list[Attachment], thumbnails: dict[str, QImage]) -> None:
        self.clear()
        for attachment in attachments:
            if attachment.kind is AttachmentKind.PHOTO:
                image = thumbnails.get(attachment.sha256)
                icon = thumbnail_icon(image) if image is not None else _badge("?", "#757575")
                text = self.tr("Photo")
            elif attachment.kind is AttachmentKind.VIDEO:
                icon, text = _badge("▶", "#1565c0"), self.tr("Video")
            else:
                icon, text = _badge("♪", "#2e7d32"), self.tr("Voice message")
            item = QListWidgetItem(icon, f"{text}\n{attachment.size // 1024} KB")
            item.setData(Qt.ItemDataRole.UserRole, attachment)
            item.setToolTip(plain_tooltip(attachment.original_name or attachment.media_type))
            self.addItem(item)
        self.setVisible(bool(attachments))

    def set_thumbnail(self, sha256: str, image: QImage) -> None:
        """A photo's thumbnail, decoded after the strip was shown."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole).sha256 == sha256:
                item.setIcon(thumbnail_icon(image))


class ZoomView(QGraphicsView):
    """A photo that zooms with the wheel (or + and -) around the pointer; 0 fits it to the window."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem(QPixmap.fromImage(image))
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom = 1.0
        self.zoomed = False  # until the operator zooms, the photo follows the window's size

    def fit(self) -> None:
        self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom = self.transform().m11()
        self.zoomed = False

    def zoom_by(self, factor: float) -> None:
        factor = max(0.05, min(20.0, self.zoom * factor)) / self.zoom
        self.scale(factor, factor)
        self.zoom *= factor
        self.zoomed = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.zoomed:
            self.fit()

    def wheelEvent(self, event) -> None:
        self.zoom_by(1.25 if event.angleDelta().y() > 0 else 0.8)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif event.key() == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)


class MediaViewer(QDialog):
    """One photo (zoomable) or one video or voice message (played with QtMultimedia)."""

    def __init__(self, attachment: Attachment, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.player = None  # a QMediaPlayer; QtMultimedia is imported only to play something
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = attachment.original_name or attachment.media_type
        self.setWindowTitle(self.tr("Media: %1").replace("%1", name))
        layout = QVBoxLayout(self)
        if attachment.kind is AttachmentKind.PHOTO:
            image = QImage(str(path))
            if image.isNull():
                layout.addWidget(QLabel(self.tr("The photo cannot be shown (file missing or damaged).")))
                return
            self.view = ZoomView(image, self)
            layout.addWidget(self.view)
            hint = QLabel(self.tr("Wheel or +/− zooms, 0 fits, drag moves"))
            layout.addWidget(hint)
            self.resize(900, 700)
            return
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
            from PySide6.QtMultimediaWidgets import QVideoWidget
        except ImportError as exc:  # the sound library is missing: say so instead of failing
            unavailable = QLabel(self.tr("Cannot play: %1").replace("%1", str(exc)))
            unavailable.setTextFormat(Qt.TextFormat.PlainText)
            unavailable.setWordWrap(True)
            layout.addWidget(unavailable)
            return
        self._playing = QMediaPlayer.PlaybackState.PlayingState
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        if attachment.kind is AttachmentKind.VIDEO:
            self.video = QVideoWidget(self)
            self.video.setMinimumSize(480, 320)
            self.player.setVideoOutput(self.video)
            layout.addWidget(self.video, 1)
        self.setMinimumWidth(480)
        self.play_button = QPushButton(self.tr("Play (Space)"))
        self.play_button.clicked.connect(self.toggle)
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.position.sliderMoved.connect(self.player.setPosition)
        self.time = QLabel("0:00 / 0:00")
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.position, 1)
        controls.addWidget(self.time)
        layout.addLayout(controls)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        layout.addWidget(self.error)
        self.player.durationChanged.connect(self._duration)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._state)
        self.player.errorOccurred.connect(self._failed)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.toggle)
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        if not path.is_file():
            self._failed(None, self.tr("The file is missing."))

    def toggle(self) -> None:
        if self.player is None:
            return
        if self.player.playbackState() == self._playing:
            self.player.pause()
        else:
            self.player.play()

    @staticmethod
    def _clock(ms: int) -> str:
        seconds = max(0, ms) // 1000
        return f"{seconds // 60}:{seconds % 60:02d}"

    def _duration(self, ms: int) -> None:
        self.position.setRange(0, ms)
        self._position(self.player.position() if self.player else 0)

    def _position(self, ms: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(ms)
        self.time.setText(f"{self._clock(ms)} / {self._clock(self.player.duration() if self.player else 0)}")

    def _state(self, state) -> None:
        playing = state == self._playing
        self.play_button.setText(self.tr("Pause (Space)") if playing else self.tr("Play (Space)"))

    def _failed(self, _error, message: str) -> None:
        self.error.setText(self.tr("Cannot play: %1").replace("%1", message or "?"))
        self.error.show()

    def done(self, result: int) -> None:
        if self.player is not None:
            self.player.stop()
        super().done(result)
