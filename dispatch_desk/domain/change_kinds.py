"""The kinds of change the desk records (the change feed's ``kind``), and which entity each is about."""

from __future__ import annotations

from enum import StrEnum


class ChangeKind(StrEnum):
    INCIDENT_CREATED = "incident.created"
    INCIDENT_DISPATCHED = "incident.dispatched"
    INCIDENT_EN_ROUTE = "incident.en_route"
    INCIDENT_ON_SCENE = "incident.on_scene"
    INCIDENT_UNIT_CLEARED = "incident.unit_cleared"
    INCIDENT_LOCATED = "incident.located"
    INCIDENT_CLOSED = "incident.closed"
    INCIDENT_CANCELLED = "incident.cancelled"
    INCIDENT_REOPENED = "incident.reopened"
    INCIDENT_PRIORITY = "incident.priority"
    INCIDENT_OVERDUE_ACKNOWLEDGED = "incident.overdue_acknowledged"  # reason: the overdue rule's kind
    INCIDENT_MEDIA_ADDED = "incident.media_added"  # a snapshot or recording of the call it came from
    INCIDENT_OPENED = "incident.opened"  # an app report first opened by a person: no longer unopened
    UNIT_CREATED = "unit.created"
    UNIT_DISPATCHED = "unit.dispatched"
    UNIT_REASSIGNED = "unit.reassigned"
    UNIT_STATUS = "unit.status"
    UNIT_POSITION = "unit.position"
    UNIT_SHIFT_STARTED = "unit.shift_started"  # with its crew
    UNIT_SHIFT_ENDED = "unit.shift_ended"
    UNIT_LENT = "unit.lent"  # to precinct lent_to until lent_until
    UNIT_LOAN_ENDED = "unit.loan_ended"
    LOOK_OUT_ISSUED = "look_out.issued"
    LOOK_OUT_ENDED = "look_out.ended"
    HANDOVER_MADE = "handover.made"
    HANDOVER_RECEIVED = "handover.received"
    PRECINCT_SAVED = "precinct.saved"
    CATEGORY_SAVED = "category.saved"
    GAZETTEER_REPLACED = "gazetteer.replaced"
    ROADS_REPLACED = "roads.replaced"  # a new road network for the routing engine
    CAMERAS_IMPORTED = "camera.imported"  # cameras added to the registry (or the registry replaced)
    CAMERA_REMOVED = "camera.removed"
    API_KEY_CREATED = "api_key.created"
    API_KEY_REVOKED = "api_key.revoked"
    DEMO_BUILT = "demo.built"
    THRESHOLDS_SET = "desk.thresholds"
    CALL_RINGING = "call.ringing"  # a citizen pressed "call" in the app
    CALL_ANSWERED = "call.answered"  # taken by answered_by
    CALL_MOVED = "call.moved"  # a new position from the caller
    CALL_ENDED = "call.ended"  # answered, then hung up
    CALL_MISSED = "call.missed"  # ended before anyone answered
    CALL_CALLED_BACK = "call.called_back"
    CALL_RECORDED = "call.recorded"  # linked to the incident it became
    PROBLEM_OPENED = "problem.opened"  # an inspector opened a problem at a hot cell or repeat address
    PROBLEM_CHANGED = "problem.changed"  # notes, responses, places, stage
    ACCOUNT_CHANGED = "account.changed"  # made, roles asked for or confirmed, disabled, password reset
    ALARM_RAISED = "alarm.raised"  # a patrol's panic input: an officer in danger
    ALARM_ACKNOWLEDGED = "alarm.acknowledged"  # by a shift lead

    @property
    def entity(self) -> str:
        """The kind of thing changed, as the feed's ``entity`` column stores it."""
        return ENTITY_OF_PREFIX[self.value.split(".", 1)[0]]


ENTITY_OF_PREFIX = {
    "incident": "incident",
    "unit": "unit",
    "precinct": "precinct",
    "category": "category",
    "gazetteer": "gazetteer",
    "roads": "roads",
    "camera": "camera",
    "api_key": "api_key",
    "demo": "database",
    "desk": "database",
    "look_out": "look_out",
    "handover": "handover",
    "call": "call",
    "problem": "problem",
    "account": "account",
    "alarm": "alarm",
}
