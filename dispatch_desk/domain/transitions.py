"""Allowed status transitions of incidents and units.

The tables are data so that the UI can offer exactly the actions that are allowed.
"""

from __future__ import annotations

from dispatch_desk.domain.enums import IncidentStatus as I
from dispatch_desk.domain.enums import UnitStatus as U
from dispatch_desk.domain.errors import InvalidTransition

# An incident goes back to NEW when its last unit is withdrawn (reassigned elsewhere) before it closed.
INCIDENT_TRANSITIONS: dict[I, frozenset[I]] = {
    I.NEW: frozenset({I.DISPATCHED, I.CLOSED, I.CANCELLED}),
    I.DISPATCHED: frozenset({I.EN_ROUTE, I.ON_SCENE, I.NEW, I.CLOSED, I.CANCELLED}),
    I.EN_ROUTE: frozenset({I.ON_SCENE, I.NEW, I.CLOSED, I.CANCELLED}),
    I.ON_SCENE: frozenset({I.NEW, I.CLOSED, I.CANCELLED}),
    I.CLOSED: frozenset({I.REOPENED}),
    I.CANCELLED: frozenset({I.REOPENED}),
    I.REOPENED: frozenset({I.DISPATCHED, I.CLOSED, I.CANCELLED}),
}

UNIT_TRANSITIONS: dict[U, frozenset[U]] = {
    U.AVAILABLE: frozenset({U.DISPATCHED, U.BUSY, U.MEAL_BREAK, U.OFF_SHIFT}),
    U.DISPATCHED: frozenset({U.EN_ROUTE, U.ON_SCENE, U.AVAILABLE, U.RETURNING}),
    U.EN_ROUTE: frozenset({U.ON_SCENE, U.AVAILABLE, U.RETURNING}),
    U.ON_SCENE: frozenset({U.RETURNING, U.AVAILABLE}),
    U.RETURNING: frozenset({U.AVAILABLE, U.DISPATCHED, U.BUSY, U.MEAL_BREAK, U.OFF_SHIFT}),
    U.BUSY: frozenset({U.AVAILABLE, U.DISPATCHED, U.MEAL_BREAK, U.OFF_SHIFT}),
    U.MEAL_BREAK: frozenset({U.AVAILABLE, U.DISPATCHED, U.BUSY, U.OFF_SHIFT}),
    U.OFF_SHIFT: frozenset({U.AVAILABLE}),
}

# A unit already working an incident may be sent to another one (reassignment) from these states.
UNIT_REASSIGNABLE: frozenset[U] = frozenset({U.DISPATCHED, U.EN_ROUTE, U.ON_SCENE})


def _order(states: frozenset[I] | frozenset[U]) -> tuple[str, ...]:
    return tuple(sorted(s.value for s in states))


def check_incident_transition(current: I, requested: I) -> None:
    allowed = INCIDENT_TRANSITIONS[current]
    if requested not in allowed:
        raise InvalidTransition("Incident", current.value, requested.value, _order(allowed))


def check_unit_transition(current: U, requested: U) -> None:
    allowed = UNIT_TRANSITIONS[current]
    if requested not in allowed:
        raise InvalidTransition("Unit", current.value, requested.value, _order(allowed))
