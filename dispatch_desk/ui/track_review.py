"""A unit's track on the map, for review: where was A-12 between the call and its arrival — for complaints
about police conduct and for the shift's own questions. The shift lead's (who manages the units): a period
typed, the last hour or twelve, or the selected incident's time (from the call to its close, or now).
Reading a track is an access record (``UnitTrackers.track``). A part like the others (``DeskPart``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.fixes import Verdict, distance_m
from dispatch_desk.ui.desk_part import Part, PartContext
from dispatch_desk.ui.widgets.named import named

if TYPE_CHECKING:
    from dispatch_desk.domain.entities import Incident
    from dispatch_desk.domain.fixes import Fix

USABLE = (Verdict.MOVES, Verdict.OLDER)


def track_points(track: list[tuple[Fix, Verdict]]) -> list[list]:
    """The page's points: [lat, lon, ms, verdict] in time order."""
    return [[fix.lat, fix.lon, fix.at.timestamp() * 1000, verdict.value] for fix, verdict in track]


def track_km(track: list[tuple[Fix, Verdict]]) -> float:
    """How far the unit drove, by its usable fixes."""
    usable = [fix for fix, verdict in track if verdict in USABLE]
    return sum(distance_m(a.lat, a.lon, b.lat, b.lon) for a, b in pairwise(usable)) / 1000


class TrackDialog(QDialog):
    """The period of a unit's track: typed, or one of the usual ones."""

    def __init__(
        self, call_sign: str, timezone: str, incident: Incident | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        named(self, "trackDialog")
        self.setWindowTitle(self.tr("Track of %1").replace("%1", call_sign))
        self.zone = QTimeZone(timezone.encode())
        self.start = named(QDateTimeEdit(), "trackFrom")
        self.end = named(QDateTimeEdit(), "trackTo")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd.MM.yyyy HH:mm")
            edit.setCalendarPopup(True)
            edit.setTimeZone(self.zone)
        self.incident = incident
        presets = QHBoxLayout()
        for name, title, hours in (
            ("trackHour", self.tr("Last hour"), 1),
            ("trackShift", self.tr("Last 12 hours"), 12),
        ):
            button = named(QPushButton(title), name)
            button.clicked.connect(lambda _checked=False, h=hours: self.last(h))
            presets.addWidget(button)
        self.of_incident = named(QPushButton(self.tr("The selected incident's time")), "trackIncident")
        self.of_incident.setEnabled(incident is not None)
        self.of_incident.clicked.connect(self.incident_time)
        presets.addWidget(self.of_incident)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(presets)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(buttons)
        if incident is not None:
            self.incident_time()
        else:
            self.last(1)

    def _set(self, start: datetime, end: datetime) -> None:
        self.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp()), self.zone))
        self.end.setDateTime(QDateTime.fromSecsSinceEpoch(int(end.timestamp()) + 59, self.zone))

    def last(self, hours: int) -> None:
        now = datetime.now(UTC)
        self._set(now - timedelta(hours=hours), now)

    def incident_time(self) -> None:
        if self.incident is not None:
            self._set(self.incident.received_at, self.incident.closed_at or datetime.now(UTC))

    def period(self) -> tuple[datetime, datetime]:
        start = datetime.fromtimestamp(self.start.dateTime().toSecsSinceEpoch(), UTC)
        end = datetime.fromtimestamp(self.end.dateTime().toSecsSinceEpoch(), UTC)
        return start, end


class TrackReview(Part):
    def __init__(self, ctx: PartContext) -> None:
        super().__init__(ctx)
        self.shown: str | None = None  # whose track is on the map

    def review_selected(self) -> None:
        """Ask the period of the selected unit's track, then draw it on the map."""
        call_sign, desk = self.ctx.views.units.selected_unit(), self.ctx.now.desk
        if call_sign is None or desk is None:
            return
        number = self.ctx.now.selected_number
        self.ctx.tasks.run(
            lambda: desk.read.incident(number) if number else None,
            lambda incident: self._ask(call_sign, incident),
            lambda _error: self._ask(call_sign, None),
        )

    def _ask(self, call_sign: str, incident: Incident | None) -> None:
        dialog = TrackDialog(call_sign, self.ctx.settings.timezone, incident, self.ctx.parent)
        dialog.accepted.connect(lambda: self.show_track(call_sign, *dialog.period()))
        self.ctx.windows.keep(dialog)

    def show_track(self, call_sign: str, start: datetime, end: datetime) -> None:
        found = self.ctx.now.signed_in()
        if found is None:
            return
        services, principal = found
        trackers = services.trackers_for(principal)
        self.ctx.tasks.run(
            lambda: trackers.track(call_sign, start, end),
            lambda track: self._draw(call_sign, start, end, track),
            self.ctx.failed,
        )

    def _draw(self, call_sign: str, start: datetime, end: datetime, track: list[tuple[Fix, Verdict]]) -> None:
        zone = ZoneInfo(self.ctx.settings.timezone)
        if not track:
            self.ctx.failed(
                ValidationError(self.tr("%1 has no fix in that period.").replace("%1", call_sign))
            )
            return
        self.shown = call_sign
        if self.ctx.map_api is not None:
            self.ctx.map_api.set_track(call_sign, track_points(track))
        marked = sum(1 for _fix, verdict in track if verdict not in USABLE)
        self.ctx.say(
            self.tr("Track of %1, %2 – %3: %4 fixes (%5 not used), %6 km")
            .replace("%1", call_sign)
            .replace("%2", start.astimezone(zone).strftime("%d.%m %H:%M"))
            .replace("%3", end.astimezone(zone).strftime("%d.%m %H:%M"))
            .replace("%4", str(len(track)))
            .replace("%5", str(marked))
            .replace("%6", f"{track_km(track):.1f}"),
            30_000,
        )
        self.ctx.changed()

    def clear_track(self) -> None:
        if self.ctx.map_api is not None:
            self.ctx.map_api.clear_track()
        self.shown = None
        self.ctx.changed()

    def clear(self) -> None:
        self.clear_track()  # the next person does not see whose track was looked at
