"""Who works at this desk (recorded with every change made here)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


class OperatorStatus(QLabel):
    def __init__(self, operator: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("Operator: %1").replace("%1", operator))
