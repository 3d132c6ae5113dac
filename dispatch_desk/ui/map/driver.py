"""Keeps the map page in step with the desk: incidents and units as they change, the selection, the
call's pin. Everything goes through the typed face of the page (``MapApi``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from dispatch_desk.domain.entities import Category, Incident, Unit
from dispatch_desk.domain.enums import AttachmentKind, Channel
from dispatch_desk.ui import labels
from dispatch_desk.ui.map.api import MapApi, incident_payload, unit_payload


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapDriver", text)


def report_note(incident: Incident) -> str:
    """For the map's popup: an app report, what it carries, and a wish for a video call."""
    if incident.channel is not Channel.APP:
        return ""
    kinds = Counter(a.kind for a in incident.attachments)
    parts = [_tr("102 app")]
    for kind, text in (
        (AttachmentKind.PHOTO, _tr("photos: %1")),
        (AttachmentKind.VIDEO, _tr("videos: %1")),
        (AttachmentKind.AUDIO, _tr("voice messages: %1")),
    ):
        if kinds.get(kind):
            parts.append(text.replace("%1", str(kinds[kind])))
    if incident.video_call_requested:
        parts.append(_tr("video call requested"))
    return " · ".join(parts)


class MapDriver:
    def __init__(
        self,
        api: MapApi,
        categories: Callable[[], dict[str, Category]],
        language: str,
        is_overdue: Callable[[str], bool] = lambda _number: False,
    ) -> None:
        self.is_overdue = is_overdue
        self.api = api
        self.categories = categories
        self.language = language
        self.localize: Callable[[str], str] = str  # a stored address with its street in the desk's language
        self.motion: dict[str, tuple[float | None, float | None]] = {}  # speed, heading by call sign

    def payload(self, incident: Incident) -> dict:
        category = self.categories().get(incident.category)
        label = category.name(self.language) if category else incident.category
        payload = incident_payload(
            incident,
            label,
            labels.incident_status(incident.status),
            report_note(incident),
            labels.priority(incident.priority),
        )
        payload["address"] = self.localize(incident.address)
        payload["overdue"] = self.is_overdue(incident.number)
        return payload

    def load(self, incidents: list[Incident], units: list[Unit]) -> None:
        """Show exactly these incidents and units (what the person signed in may see)."""
        self.api.set_incidents([self.payload(i) for i in incidents])
        self.api.clear_units()
        for unit in units:
            self.show_unit(unit)

    def show_incident(self, incident: Incident) -> None:
        if incident.status.is_open:
            self.api.upsert_incident(self.payload(incident))
        else:
            self.api.remove_incident(incident.number)

    def show_unit(self, unit: Unit) -> None:
        speed, heading = self.motion.get(unit.call_sign, (None, None))
        self.api.upsert_unit(unit_payload(unit, labels.unit_status(unit.status), speed, heading))

    def move_units(self, moved: list[tuple[Unit, float | None, float | None]]) -> None:
        """The units' trackers reported (unit, speed, heading): their markers move, in one call to the
        page however many moved (a call each would cost the desk's thread a round trip a unit)."""
        payloads = []
        for unit, speed_kmh, heading in moved:
            self.motion[unit.call_sign] = (speed_kmh, heading)
            payloads.append(unit_payload(unit, labels.unit_status(unit.status), speed_kmh, heading))
        if payloads:
            self.api.upsert_units(payloads)
