"""Earlier incidents from the caller's number and at the address, shown where the operator types.

The call form and the incident panel both show one: a line per kind (how many, how many in the last 30
days, "repeat address" when that reaches the threshold) and under it the last five with date, category
and outcome. Everything is plain text: descriptions and dispositions are citizen or operator words.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dispatch_desk.domain.entities import Category, Incident
from dispatch_desk.domain.history import CallerHistory, History, outcome
from dispatch_desk.ui import labels


def _plain(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class HistoryBox(QWidget):
    """Earlier incidents by number and by address; hidden while there are none."""

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(zone)
        self.history = CallerHistory()
        self.phone_title, self.phone_lines = _plain("phoneHistory"), _plain("phoneHistoryLines")
        self.address_title, self.address_lines = _plain("addressHistory"), _plain("addressHistoryLines")
        for title in (self.phone_title, self.address_title):
            title.setStyleSheet("font-weight: bold;")
        for lines in (self.phone_lines, self.address_lines):
            lines.setIndent(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.phone_title, self.phone_lines, self.address_title, self.address_lines):
            layout.addWidget(widget)
        self.show_history(CallerHistory())

    def show_history(
        self, history: CallerHistory, categories: dict[str, Category] | None = None, language: str = "en"
    ) -> None:
        self.history = history
        categories = categories or {}
        self._fill(
            self.phone_title,
            self.phone_lines,
            history.phone,
            self._phone_title(history.phone),
            categories,
            language,
        )
        self._fill(
            self.address_title,
            self.address_lines,
            history.address,
            self._address_title(history.address),
            categories,
            language,
        )
        self.address_title.setStyleSheet(
            "font-weight: bold;" + (" color: #c62828;" if history.address.repeat else "")
        )
        self.setVisible(not history.is_empty)

    def _phone_title(self, history: History) -> str:
        text = self.tr("This number: %n earlier incident(s)", "", history.total)
        if history.recent:
            text += " · " + self.tr("%n in the last 30 days", "", history.recent)
        return text

    def _address_title(self, history: History) -> str:
        text = self.tr("At this address: %n earlier incident(s)", "", history.total)
        if history.recent:
            text += " · " + self.tr("%n in the last 30 days", "", history.recent)
        if history.repeat:
            text += " — " + self.tr("repeat address")
        return text

    def _fill(
        self,
        title: QLabel,
        lines: QLabel,
        history: History,
        text: str,
        categories: dict[str, Category],
        language: str,
    ) -> None:
        title.setText(text)
        lines.setText("\n".join(self.line(i, categories, language) for i in history.last))
        title.setVisible(not history.is_empty)
        lines.setVisible(bool(history.last))

    def line(self, incident: Incident, categories: dict[str, Category], language: str) -> str:
        category = categories.get(incident.category)
        name = category.name(language) if category else incident.category
        when = incident.received_at.astimezone(self.zone).strftime("%d.%m.%Y %H:%M")
        if incident.status.is_open:
            result = labels.incident_status(incident.status)
        else:
            said = labels.outcome(incident.disposition_code, outcome(incident))
            result = labels.incident_status(incident.status) + (f": {said}" if said else "")
        return f"{when} · {incident.number} · {name} · {result}"
