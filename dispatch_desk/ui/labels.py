"""Translatable names of statuses, channels and priorities (source strings in English)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.enums import Channel, IncidentStatus, LocationSource, Priority, UnitKind, UnitStatus
from dispatch_desk.services.access_kinds import AccessKind
from dispatch_desk.ui.names import INCIDENT_STATUS, QT_TRANSLATE_NOOP, UNIT_KIND, UNIT_STATUS

_CHANNEL = {
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "phone"),
    Channel.APP: QT_TRANSLATE_NOOP("Labels", "102 app"),
    Channel.VIDEO_CALL: QT_TRANSLATE_NOOP("Labels", "video call"),
    Channel.WALK_IN: QT_TRANSLATE_NOOP("Labels", "walk-in"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def incident_status(status: IncidentStatus) -> str:
    return _tr(INCIDENT_STATUS[status])


_UNIT_STATUS_ON_TILE = {  # a tile has room for about nine letters: the status said short
    UnitStatus.AVAILABLE: QT_TRANSLATE_NOOP("Tiles", "available"),
    UnitStatus.DISPATCHED: QT_TRANSLATE_NOOP("Tiles", "sent"),
    UnitStatus.EN_ROUTE: QT_TRANSLATE_NOOP("Tiles", "en route"),
    UnitStatus.ON_SCENE: QT_TRANSLATE_NOOP("Tiles", "on scene"),
    UnitStatus.RETURNING: QT_TRANSLATE_NOOP("Tiles", "returning"),
    UnitStatus.BUSY: QT_TRANSLATE_NOOP("Tiles", "busy"),
    UnitStatus.MEAL_BREAK: QT_TRANSLATE_NOOP("Tiles", "meal"),
    UnitStatus.OFF_SHIFT: QT_TRANSLATE_NOOP("Tiles", "off shift"),
}


def unit_status_on_tile(status: UnitStatus) -> str:
    """A unit's status in the few letters a unit tile has room for (the tooltip says it in full)."""
    return QCoreApplication.translate("Tiles", _UNIT_STATUS_ON_TILE[status])


def unit_status(status: UnitStatus) -> str:
    return _tr(UNIT_STATUS[status])


def any_status(kind: str, status: str) -> str:
    """The status an incident's (``incident.*``) or a unit's (``unit.*``) change left, translated."""
    try:
        if kind.startswith("incident."):
            return incident_status(IncidentStatus(status))
        if kind.startswith("unit."):
            return unit_status(UnitStatus(status))
    except ValueError:
        return status
    return status


def unit_kind(value: UnitKind) -> str:
    return _tr(UNIT_KIND[value])


def channel(value: Channel) -> str:
    return _tr(_CHANNEL[value])


def priority(value: Priority | int) -> str:
    return QCoreApplication.translate("Labels", "P%1").replace("%1", str(int(value)))


_LOCATION_SOURCE = {
    LocationSource.GPS: QT_TRANSLATE_NOOP("Labels", "GPS"),
    LocationSource.GEOCODED: QT_TRANSLATE_NOOP("Labels", "from the address"),
    LocationSource.MAP: QT_TRANSLATE_NOOP("Labels", "placed on the map"),
    LocationSource.UNVERIFIED: QT_TRANSLATE_NOOP("Labels", "unverified"),
}
_EVENTS: dict[str, str] = {  # every ChangeKind and every AccessKind (a test holds it to both enums)
    ChangeKind.INCIDENT_CREATED: QT_TRANSLATE_NOOP("Labels", "created"),
    ChangeKind.INCIDENT_DISPATCHED: QT_TRANSLATE_NOOP("Labels", "dispatched"),
    ChangeKind.INCIDENT_EN_ROUTE: QT_TRANSLATE_NOOP("Labels", "en route"),
    ChangeKind.INCIDENT_ON_SCENE: QT_TRANSLATE_NOOP("Labels", "on scene"),
    ChangeKind.INCIDENT_UNIT_CLEARED: QT_TRANSLATE_NOOP("Labels", "unit cleared"),
    ChangeKind.INCIDENT_LOCATED: QT_TRANSLATE_NOOP("Labels", "placed on the map"),
    ChangeKind.INCIDENT_CLOSED: QT_TRANSLATE_NOOP("Labels", "closed"),
    ChangeKind.INCIDENT_CANCELLED: QT_TRANSLATE_NOOP("Labels", "cancelled"),
    ChangeKind.INCIDENT_REOPENED: QT_TRANSLATE_NOOP("Labels", "reopened"),
    ChangeKind.INCIDENT_PRIORITY: QT_TRANSLATE_NOOP("Labels", "priority changed"),
    ChangeKind.INCIDENT_OVERDUE_ACKNOWLEDGED: QT_TRANSLATE_NOOP("Labels", "overdue acknowledged"),
    ChangeKind.INCIDENT_MEDIA_ADDED: QT_TRANSLATE_NOOP("Labels", "picture or recording added"),
    ChangeKind.INCIDENT_OPENED: QT_TRANSLATE_NOOP("Labels", "report opened"),
    ChangeKind.UNIT_CREATED: QT_TRANSLATE_NOOP("Labels", "unit added"),
    ChangeKind.UNIT_DISPATCHED: QT_TRANSLATE_NOOP("Labels", "unit sent"),
    ChangeKind.UNIT_REASSIGNED: QT_TRANSLATE_NOOP("Labels", "unit reassigned"),
    ChangeKind.UNIT_STATUS: QT_TRANSLATE_NOOP("Labels", "unit status"),
    ChangeKind.UNIT_POSITION: QT_TRANSLATE_NOOP("Labels", "unit position"),
    ChangeKind.UNIT_SHIFT_STARTED: QT_TRANSLATE_NOOP("Labels", "unit's shift started"),
    ChangeKind.UNIT_SHIFT_ENDED: QT_TRANSLATE_NOOP("Labels", "unit's shift ended"),
    ChangeKind.UNIT_LENT: QT_TRANSLATE_NOOP("Labels", "unit lent to another precinct"),
    ChangeKind.UNIT_LOAN_ENDED: QT_TRANSLATE_NOOP("Labels", "unit's loan ended"),
    ChangeKind.LOOK_OUT_ISSUED: QT_TRANSLATE_NOOP("Labels", "look-out issued"),
    ChangeKind.LOOK_OUT_ENDED: QT_TRANSLATE_NOOP("Labels", "look-out ended"),
    ChangeKind.HANDOVER_MADE: QT_TRANSLATE_NOOP("Labels", "shift handed over"),
    ChangeKind.HANDOVER_RECEIVED: QT_TRANSLATE_NOOP("Labels", "handover received"),
    ChangeKind.PRECINCT_SAVED: QT_TRANSLATE_NOOP("Labels", "precinct saved"),
    ChangeKind.CATEGORY_SAVED: QT_TRANSLATE_NOOP("Labels", "category saved"),
    ChangeKind.GAZETTEER_REPLACED: QT_TRANSLATE_NOOP("Labels", "address data replaced"),
    ChangeKind.ROADS_REPLACED: QT_TRANSLATE_NOOP("Labels", "road network replaced"),
    ChangeKind.CAMERAS_IMPORTED: QT_TRANSLATE_NOOP("Labels", "cameras imported"),
    ChangeKind.CAMERA_REMOVED: QT_TRANSLATE_NOOP("Labels", "camera removed"),
    ChangeKind.API_KEY_CREATED: QT_TRANSLATE_NOOP("Labels", "API key created"),
    ChangeKind.API_KEY_REVOKED: QT_TRANSLATE_NOOP("Labels", "API key revoked"),
    ChangeKind.DEMO_BUILT: QT_TRANSLATE_NOOP("Labels", "demo city built"),
    ChangeKind.THRESHOLDS_SET: QT_TRANSLATE_NOOP("Labels", "overdue thresholds set"),
    ChangeKind.CALL_RINGING: QT_TRANSLATE_NOOP("Labels", "call from the app ringing"),
    ChangeKind.CALL_ANSWERED: QT_TRANSLATE_NOOP("Labels", "call answered"),
    ChangeKind.CALL_MOVED: QT_TRANSLATE_NOOP("Labels", "caller moved"),
    ChangeKind.CALL_ENDED: QT_TRANSLATE_NOOP("Labels", "call ended"),
    ChangeKind.CALL_MISSED: QT_TRANSLATE_NOOP("Labels", "call missed"),
    ChangeKind.CALL_CALLED_BACK: QT_TRANSLATE_NOOP("Labels", "caller called back"),
    ChangeKind.CALL_RECORDED: QT_TRANSLATE_NOOP("Labels", "call recorded as an incident"),
    ChangeKind.PROBLEM_OPENED: QT_TRANSLATE_NOOP("Labels", "problem opened"),
    ChangeKind.PROBLEM_CHANGED: QT_TRANSLATE_NOOP("Labels", "problem changed"),
    ChangeKind.ALARM_RAISED: QT_TRANSLATE_NOOP("Labels", "officer in danger"),
    ChangeKind.ALARM_ACKNOWLEDGED: QT_TRANSLATE_NOOP("Labels", "alarm acknowledged"),
    ChangeKind.ACCOUNT_CHANGED: QT_TRANSLATE_NOOP("Labels", "account changed"),
    # the access log
    AccessKind.SIGN_IN: QT_TRANSLATE_NOOP("Labels", "signed in"),
    AccessKind.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("Labels", "sign-in refused"),
    AccessKind.LOCKED: QT_TRANSLATE_NOOP("Labels", "account locked"),
    AccessKind.SIGN_OUT: QT_TRANSLATE_NOOP("Labels", "signed out"),
    AccessKind.SCREEN_LOCKED: QT_TRANSLATE_NOOP("Labels", "screen locked"),
    AccessKind.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("Labels", "password changed"),
    AccessKind.ACCOUNT_CHANGED: QT_TRANSLATE_NOOP("Labels", "account changed"),
    AccessKind.IDENTITY_VIEWED: QT_TRANSLATE_NOOP("Labels", "caller's identity viewed"),
    AccessKind.MEDIA_OPENED: QT_TRANSLATE_NOOP("Labels", "media opened"),
    AccessKind.CONFIDENTIAL_OPENED: QT_TRANSLATE_NOOP("Labels", "confidential report opened"),
    AccessKind.TRACK_VIEWED: QT_TRANSLATE_NOOP("Labels", "unit's track viewed"),
    AccessKind.CAMERA_OPENED: QT_TRANSLATE_NOOP("Labels", "camera watched"),
    AccessKind.CAMERA_CLOSED: QT_TRANSLATE_NOOP("Labels", "camera closed"),
    AccessKind.CAMERA_SNAPSHOT: QT_TRANSLATE_NOOP("Labels", "camera snapshot taken"),
}


_DISPOSITION = {
    "report_written": QT_TRANSLATE_NOOP("Labels", "administrative report drawn up"),
    "case_registered": QT_TRANSLATE_NOOP("Labels", "criminal case registered (ERDR)"),
    "detained": QT_TRANSLATE_NOOP("Labels", "person detained"),
    "taken_to_precinct": QT_TRANSLATE_NOOP("Labels", "taken to the police station"),
    "warned": QT_TRANSLATE_NOOP("Labels", "talk held, warning given"),
    "settled_on_scene": QT_TRANSLATE_NOOP("Labels", "settled on the spot"),
    "passed_to_inspector": QT_TRANSLATE_NOOP("Labels", "passed to the precinct inspector"),
    "passed_to_service": QT_TRANSLATE_NOOP("Labels", "passed to another service"),
    "advice_given": QT_TRANSLATE_NOOP("Labels", "advice given"),
    "found": QT_TRANSLATE_NOOP("Labels", "found"),
    "not_confirmed": QT_TRANSLATE_NOOP("Labels", "not confirmed"),
    "nobody_found": QT_TRANSLATE_NOOP("Labels", "nobody found at the place"),
    "false_call": QT_TRANSLATE_NOOP("Labels", "false call"),
    "other": QT_TRANSLATE_NOOP("Labels", "other (say what)"),
}


def disposition(code: str) -> str:
    """A disposition code in the operator's language ('' for none; an unknown code as it is)."""
    return _tr(_DISPOSITION[code]) if code in _DISPOSITION else code


def outcome(code: str, text: str) -> str:
    """How an incident ended: the code's words and the free text, whichever are there."""
    said = disposition(code) if code and code != "other" else ""
    text = text.strip()
    if said and text.casefold().startswith(said.casefold()):
        return text  # the free text already says it (as the demo's dispositions do)
    return " — ".join(x for x in (said, text) if x)


_OVERDUE = {
    "not_dispatched": QT_TRANSLATE_NOOP("Labels", "overdue: no unit sent yet"),
    "unit_moved_away": QT_TRANSLATE_NOOP("Labels", "overdue: its unit was moved to another incident"),
    "en_route_long": QT_TRANSLATE_NOOP("Labels", "overdue: %1 en route too long"),
    "on_scene_long": QT_TRANSLATE_NOOP("Labels", "overdue: on scene too long without an update"),
    "app_unopened": QT_TRANSLATE_NOOP("Labels", "overdue: app report not opened"),
}


def overdue(kind: str, unit: str = "") -> str:
    """What is overdue, in the operator's language."""
    return _tr(_OVERDUE[kind]).replace("%1", unit) if kind in _OVERDUE else kind


def location_source(value: LocationSource) -> str:
    return _tr(_LOCATION_SOURCE[value])


# The cities the desk knows by name (the demo's); another database's city is shown as it is stored.
_HOT_LEVELS = {
    "3": QT_TRANSLATE_NOOP("Labels", "hot, 99 %"),
    "2": QT_TRANSLATE_NOOP("Labels", "hot, 95 %"),
    "1": QT_TRANSLATE_NOOP("Labels", "hot, 90 %"),
    "-1": QT_TRANSLATE_NOOP("Labels", "cold, 90 %"),
    "-2": QT_TRANSLATE_NOOP("Labels", "cold, 95 %"),
    "-3": QT_TRANSLATE_NOOP("Labels", "cold, 99 %"),
}
REPEAT_LEGEND = QT_TRANSLATE_NOOP("Labels", "contacts from one address")


def hot_levels() -> dict[str, str]:
    """The Gi* levels of the hot-spot layer and the meeting pack's map, by level ("3" … "-3")."""
    return {level: _tr(text) for level, text in _HOT_LEVELS.items()}


def repeat_legend() -> str:
    return _tr(REPEAT_LEGEND)


_CITIES = {"pavlodar": QT_TRANSLATE_NOOP("Labels", "Pavlodar")}


def city(code: str) -> str:
    known = _CITIES.get(code.lower())
    return _tr(known) if known else code.capitalize()


def event(kind: str) -> str:
    """A change-feed or access-log kind in the operator's language (unknown kinds as they are)."""
    return _tr(_EVENTS[kind]) if kind in _EVENTS else kind


def plain_tooltip(text: str) -> str:
    """Qt shows a tooltip that looks like HTML as rich text; escape it and say so, so it shows as typed.
    Every tooltip that carries outside text (a caller's, a file's name) goes through this."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
