"""The English names of statuses, unit kinds and the reasons a unit is recommended: the source strings
the desk (``labels.py``, the incident panel) and the command line (``cli/words.py``) both translate.

Qt-free, so that the command line, which must not load Qt, reads the same table; the marker below is
the name Qt's lupdate collects the strings by.
"""

from __future__ import annotations

from collections.abc import Callable

from dispatch_desk.domain.dispatch_rules import Reason
from dispatch_desk.domain.enums import IncidentStatus, UnitKind, UnitStatus


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


INCIDENT_STATUS = {
    IncidentStatus.NEW: QT_TRANSLATE_NOOP("Labels", "new"),
    IncidentStatus.DISPATCHED: QT_TRANSLATE_NOOP("Labels", "dispatched"),
    IncidentStatus.EN_ROUTE: QT_TRANSLATE_NOOP("Labels", "en route"),
    IncidentStatus.ON_SCENE: QT_TRANSLATE_NOOP("Labels", "on scene"),
    IncidentStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "closed"),
    IncidentStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "cancelled"),
    IncidentStatus.REOPENED: QT_TRANSLATE_NOOP("Labels", "reopened"),
}
UNIT_STATUS = {
    UnitStatus.AVAILABLE: QT_TRANSLATE_NOOP("Labels", "available"),
    UnitStatus.DISPATCHED: QT_TRANSLATE_NOOP("Labels", "dispatched"),
    UnitStatus.EN_ROUTE: QT_TRANSLATE_NOOP("Labels", "en route"),
    UnitStatus.ON_SCENE: QT_TRANSLATE_NOOP("Labels", "on scene"),
    UnitStatus.RETURNING: QT_TRANSLATE_NOOP("Labels", "returning"),
    UnitStatus.BUSY: QT_TRANSLATE_NOOP("Labels", "busy"),
    UnitStatus.MEAL_BREAK: QT_TRANSLATE_NOOP("Labels", "meal break"),
    UnitStatus.OFF_SHIFT: QT_TRANSLATE_NOOP("Labels", "off shift"),
}
UNIT_KIND = {
    UnitKind.PATROL_CAR: QT_TRANSLATE_NOOP("Labels", "patrol car"),
    UnitKind.FOOT_PATROL: QT_TRANSLATE_NOOP("Labels", "foot patrol"),
    UnitKind.TRAFFIC: QT_TRANSLATE_NOOP("Labels", "traffic police"),
    UnitKind.JUVENILE_INSPECTOR: QT_TRANSLATE_NOOP("Labels", "juvenile inspector"),
    UnitKind.PRECINCT_INSPECTOR: QT_TRANSLATE_NOOP("Labels", "precinct inspector"),
}

# Why a unit is recommended (``Reason.code``): its words (context "IncidentDetail") and the values that
# fill %1, %2 in order.
REASONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "distance": (QT_TRANSLATE_NOOP("IncidentDetail", "%1 km, about %2 min"), ("km", "minutes")),
    "road": (QT_TRANSLATE_NOOP("IncidentDetail", "%1 km by road, about %2 min"), ("km", "minutes")),
    "road_via": (
        QT_TRANSLATE_NOOP("IncidentDetail", "%1 km by road, about %2 min, across %3"),
        ("km", "minutes", "via"),
    ),
    "off_road": (QT_TRANSLATE_NOOP("IncidentDetail", "%1 m from the nearest road"), ("metres",)),
    "no_road": (QT_TRANSLATE_NOOP("IncidentDetail", "no road leads there from its position"), ()),
    "from_post": (
        QT_TRANSLATE_NOOP(
            "IncidentDetail", "from its post (the service centre): %1 km by road, about %2 min"
        ),
        ("km", "minutes"),
    ),
    "straight_line": (QT_TRANSLATE_NOOP("IncidentDetail", "straight-line estimate: %1"), ("why",)),
    "own_precinct": (QT_TRANSLATE_NOOP("IncidentDetail", "own precinct"), ()),
    "lent_here": (QT_TRANSLATE_NOOP("IncidentDetail", "lent to this precinct"), ()),
    "other_precinct": (QT_TRANSLATE_NOOP("IncidentDetail", "from precinct %1"), ("precinct",)),
    "traffic_unit": (QT_TRANSLATE_NOOP("IncidentDetail", "traffic unit for a road incident"), ()),
    "returning": (QT_TRANSLATE_NOOP("IncidentDetail", "returning from another job"), ()),
    "stale_position": (QT_TRANSLATE_NOOP("IncidentDetail", "position %1 min old: unknown"), ("minutes",)),
    "no_position": (QT_TRANSLATE_NOOP("IncidentDetail", "position unknown"), ()),
    "incident_unlocated": (QT_TRANSLATE_NOOP("IncidentDetail", "incident not located: by precinct"), ()),
    "needed_elsewhere": (
        QT_TRANSLATE_NOOP("IncidentDetail", "the nearest unit to %1 (%2), still waiting"),
        ("number", "priority"),
    ),
}


# Why the straight line had to do (``Reason("straight_line").value("why")``).
FALLBACKS: dict[str, str] = {
    "no_network": QT_TRANSLATE_NOOP("IncidentDetail", "no road network"),
    "routing_failed": QT_TRANSLATE_NOOP("IncidentDetail", "the routing engine did not answer"),
    "incident_off_network": QT_TRANSLATE_NOOP("IncidentDetail", "the incident is far from every road"),
}


def reason_text(why: Reason, translate: Callable[[str], str], priority: Callable[[int], str]) -> str:
    """A reason in the reader's words: ``translate`` its text (context "IncidentDetail"), ``priority``
    the name of a priority; a code this version has no words for says itself in English."""
    found = REASONS.get(why.code)
    if found is None:
        return why.describe()
    text, keys = found
    said = translate(text)
    for n, key in enumerate(keys, start=1):
        value = why.value(key)
        if key == "priority":
            shown = priority(int(str(value or 4)))
        elif key == "why":
            shown = translate(FALLBACKS.get(str(value), str(value)))
        else:
            shown = str(value)
        said = said.replace(f"%{n}", shown)
    return said
