"""Confirmations and messages that fit in every language and stay long enough to be read.

Every message the desk puts in its status bar ("A-71 dispatched to 26-000412", "Nothing sent: …") is also
shown whole in a notice above the bar's left end: wrapped rather than cut, however long the Russian or
Kazakh text, and held for a time that grows with its length. The last ``KEPT`` messages are kept with
their times: *View → Recent messages* (Ctrl+Shift+H) lists them, newest first.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from dispatch_desk.ui.widgets.named import named

KEPT = 30
SHOWN_MS_MIN = 6000
MS_PER_CHARACTER = 60  # reading time: about 16 characters a second
WIDTH_SHARE = 0.45  # of the window


class Notices(QObject):
    def __init__(self, window, timezone: str) -> None:
        super().__init__(window)
        self.window = window
        self.zone = ZoneInfo(timezone)
        self.recent: deque[tuple[datetime, str]] = deque(maxlen=KEPT)
        self.notice = named(QLabel(window), "notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setMargin(8)
        self.notice.setAutoFillBackground(True)
        self.notice.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.notice.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.notice.setFrameShape(QLabel.Shape.Box)
        self.notice.hide()
        self._hide = QTimer(self)
        self._hide.setSingleShot(True)
        self._hide.timeout.connect(self.notice.hide)
        window.statusBar().messageChanged.connect(self._message)
        window.installEventFilter(self)  # a resized window: the notice keeps its place

    def _message(self, text: str) -> None:
        if not text.strip():
            return  # the bar cleared its message: the notice keeps its own time
        self.recent.appendleft((datetime.now(self.zone), text))
        self.notice.setText(text)
        self._place()
        self.notice.show()
        self.notice.raise_()
        self._hide.start(max(SHOWN_MS_MIN, MS_PER_CHARACTER * len(text)))

    def _place(self) -> None:
        w = self.window
        width = max(240, int(w.width() * WIDTH_SHARE))
        self.notice.setFixedWidth(width)
        self.notice.setFixedHeight(self.notice.heightForWidth(width))
        bottom = w.statusBar().geometry().top() - 6
        self.notice.move(8, bottom - self.notice.height())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize and self.notice.isVisible():
            self._place()
        return super().eventFilter(watched, event)

    def show_recent(self) -> None:
        RecentMessages(self.recent, self.window).open()


class RecentMessages(QDialog):
    def __init__(self, recent, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recent messages"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.list = named(QListWidget(), "recentMessages")
        self.list.setWordWrap(True)
        for at, text in recent:
            self.list.addItem(f"{at:%H:%M:%S}  {text}")
        if not recent:
            self.list.addItem(self.tr("No messages yet in this session."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 420)
