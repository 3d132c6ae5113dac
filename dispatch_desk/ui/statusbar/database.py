"""Which database the desk works on, and whether it can be reached right now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


class DatabaseStatus(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.ok = False
        self.setText(self.tr("Opening the database…"))

    def set_state(self, ok: bool, description: str = "", detail: str = "") -> None:
        self.ok = ok
        if ok:
            self.setText(self.tr("Database: %1").replace("%1", description))
            self.setStyleSheet("")
        else:
            self.setText(self.tr("Database unavailable, retrying: %1").replace("%1", detail[:160]))
            self.setStyleSheet("color: #c62828; font-weight: bold;")
