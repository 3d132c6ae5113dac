"""Shown only when the desk cannot chime: the sound library is missing or no audio output works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


class SoundStatus(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #ef6c00;")
        self.hide()

    def sound_off(self, why: str) -> None:
        self.setText(self.tr("Sound is off: %1").replace("%1", why[:120]))
        self.show()
