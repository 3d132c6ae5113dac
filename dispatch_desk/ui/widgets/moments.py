"""A date-and-time field in the centre's time zone, for the windows that read a period."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit

from dispatch_desk.ui.widgets.named import named


def moment_edit(timezone: str, moment: datetime, name: str = "") -> QDateTimeEdit:
    """A field showing ``moment`` in ``timezone`` (as 2026-11-21 20:00), with a calendar."""
    zone = QTimeZone(timezone.encode())
    edit = named(QDateTimeEdit(), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setTimeZone(zone)
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), zone))
    return edit


def moment_of(edit: QDateTimeEdit) -> datetime:
    """The field's moment, in UTC."""
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)
