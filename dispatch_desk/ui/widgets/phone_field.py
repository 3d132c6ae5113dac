"""The caller's phone as the operator types it: only a phone's characters, and a warning under it when
what is typed cannot be a phone number (while typing, only once it is long enough to tell)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.values import normalize_phone

PHONE_CHARACTERS = r"[+0-9 ()\-]{0,20}"  # what a phone number is typed with


class PhoneField(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("+7 7xx xxx xx xx"))
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression(PHONE_CHARACTERS), self.line))
        self.hint = QLabel()
        self.hint.setObjectName("phoneHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: #c62828;")
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.line)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.line)

    def number(self) -> str | None:
        """The phone typed as E.164; '' when none is typed; None when it cannot be a phone number."""
        try:
            return normalize_phone(self.line.text()) or ""
        except ValidationError:
            return None

    def show_state(self, final: bool) -> bool:
        """Say when the phone cannot be a number (while typing: only once it is long enough); whether it
        can be one."""
        number = self.number()
        digits = sum(c.isdigit() for c in self.line.text())
        wrong = number is None and (final or digits >= 11)
        self.hint.setText(self.tr("not a possible phone number") if wrong else "")
        self.hint.setVisible(wrong)
        return number is not None
