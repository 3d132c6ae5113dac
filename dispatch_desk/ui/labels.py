"""Translatable names of statuses, channels and priorities (source strings in English)."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dispatch_desk.domain.enums import Channel, IncidentStatus, LocationSource, Priority, UnitStatus

_STATUS = {
    IncidentStatus.NEW: QT_TRANSLATE_NOOP("Labels", "new"),
    IncidentStatus.DISPATCHED: QT_TRANSLATE_NOOP("Labels", "dispatched"),
    IncidentStatus.EN_ROUTE: QT_TRANSLATE_NOOP("Labels", "en route"),
    IncidentStatus.ON_SCENE: QT_TRANSLATE_NOOP("Labels", "on scene"),
    IncidentStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "closed"),
    IncidentStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "cancelled"),
    IncidentStatus.REOPENED: QT_TRANSLATE_NOOP("Labels", "reopened"),
}
_UNIT_STATUS = {
    UnitStatus.AVAILABLE: QT_TRANSLATE_NOOP("Labels", "available"),
    UnitStatus.DISPATCHED: QT_TRANSLATE_NOOP("Labels", "dispatched"),
    UnitStatus.EN_ROUTE: QT_TRANSLATE_NOOP("Labels", "en route"),
    UnitStatus.ON_SCENE: QT_TRANSLATE_NOOP("Labels", "on scene"),
    UnitStatus.RETURNING: QT_TRANSLATE_NOOP("Labels", "returning"),
    UnitStatus.BUSY: QT_TRANSLATE_NOOP("Labels", "busy"),
    UnitStatus.OFF_SHIFT: QT_TRANSLATE_NOOP("Labels", "off shift"),
}
_CHANNEL = {
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "phone"),
    Channel.APP: QT_TRANSLATE_NOOP("Labels", "102 app"),
    Channel.VIDEO_CALL: QT_TRANSLATE_NOOP("Labels", "video call"),
    Channel.WALK_IN: QT_TRANSLATE_NOOP("Labels", "walk-in"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def incident_status(status: IncidentStatus) -> str:
    return _tr(_STATUS[status])


def unit_status(status: UnitStatus) -> str:
    return _tr(_UNIT_STATUS[status])


def channel(value: Channel) -> str:
    return _tr(_CHANNEL[value])


def priority(value: Priority | int) -> str:
    return QCoreApplication.translate("Labels", "P%1").replace("%1", str(int(value)))


_CHANNEL_SYMBOLS = {Channel.PHONE: "☎", Channel.APP: "📱", Channel.VIDEO_CALL: "🎥", Channel.WALK_IN: "🚶"}


def channel_symbol(value: Channel) -> str:
    return _CHANNEL_SYMBOLS[value]


_LOCATION_SOURCE = {
    LocationSource.GPS: QT_TRANSLATE_NOOP("Labels", "GPS"),
    LocationSource.GEOCODED: QT_TRANSLATE_NOOP("Labels", "from the address"),
    LocationSource.MAP: QT_TRANSLATE_NOOP("Labels", "placed on the map"),
    LocationSource.UNVERIFIED: QT_TRANSLATE_NOOP("Labels", "unverified"),
}
_EVENTS = {
    "incident.created": QT_TRANSLATE_NOOP("Labels", "created"),
    "incident.dispatched": QT_TRANSLATE_NOOP("Labels", "dispatched"),
    "incident.en_route": QT_TRANSLATE_NOOP("Labels", "en route"),
    "incident.on_scene": QT_TRANSLATE_NOOP("Labels", "on scene"),
    "incident.unit_cleared": QT_TRANSLATE_NOOP("Labels", "unit cleared"),
    "incident.closed": QT_TRANSLATE_NOOP("Labels", "closed"),
    "incident.cancelled": QT_TRANSLATE_NOOP("Labels", "cancelled"),
    "incident.reopened": QT_TRANSLATE_NOOP("Labels", "reopened"),
    "incident.priority": QT_TRANSLATE_NOOP("Labels", "priority changed"),
    "incident.located": QT_TRANSLATE_NOOP("Labels", "placed on the map"),
}


def location_source(value: LocationSource) -> str:
    return _tr(_LOCATION_SOURCE[value])


def event(kind: str) -> str:
    """A change-feed kind in the operator's language (unknown kinds as they are)."""
    return _tr(_EVENTS[kind]) if kind in _EVENTS else kind


def plain_tooltip(text: str) -> str:
    """Qt shows a tooltip that looks like HTML as rich text; escape it and say so, so it shows as typed.
    Every tooltip that carries outside text (a caller's, a file's name) goes through this."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
