"""Taking a call: the form in its dock, the live address lookup, placing on the map, the crash-safe draft
and saving the call as an incident.

Whatever is typed is written to a draft file as it is typed (atomically); after a crash, or a desk closed
with a call half taken, the next start offers the call back.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDockWidget

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.calls import AppCall
from dispatch_desk.domain.entities import Incident
from dispatch_desk.domain.enums import Channel, LocationSource
from dispatch_desk.domain.errors import DomainError
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.services.geo import Geocoded
from dispatch_desk.ui.map.api import MapApi
from dispatch_desk.ui.operations import Operations
from dispatch_desk.ui.tasks import TaskRunner
from dispatch_desk.ui.widgets.call_form import CallForm

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 300


def location_of(values: dict) -> Location | None:
    """The place the form holds, with its accuracy by the one rule for every channel."""
    lat, lon = values.get("lat"), values.get("lon")
    if lat is None or lon is None:
        return None
    if values.get("location_source") == "geocoded":
        return Location.geocoded(lat, lon, float(values.get("confidence") or 0.5))
    if values.get("location_source") == "gps":  # a caller's position sent by the app
        accuracy = (values.get("app_call") or {}).get("accuracy")
        return Location(
            lat, lon, LocationSource.GPS, float(accuracy) if isinstance(accuracy, int | float) else None
        )
    return Location.placed(lat, lon)  # a click on the map, or typed coordinates


class CallTaking(QObject):
    message = Signal(str, int)  # status line, milliseconds
    saved = Signal(object)  # the new Incident
    callRecorded = Signal(str, str)  # the app call's id, the number of the incident it became
    ended = Signal()  # the call was saved or discarded: the form's dock is closed

    def __init__(
        self,
        form: CallForm,
        dock: QDockWidget,
        tasks: TaskRunner,
        operations: Operations,
        draft_path: Path,
        map_api: MapApi | None,
    ) -> None:
        super().__init__(form)
        self.form = form
        self.dock = dock
        self.tasks = tasks
        self.operations = operations
        self.draft_path = draft_path
        self.map = map_api
        self.desk: DeskService | None = None  # the signed-in person's; None while nobody is
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.write_draft)
        form.addressEdited.connect(self.lookup_address)
        form.historyWanted.connect(self.lookup_history)
        form.saveRequested.connect(self.save)
        form.draftChanged.connect(lambda _values: self.draft_timer.start())
        form.discarded.connect(self.finished)
        form.placeOnMapRequested.connect(self._placing)
        form.duplicatesWanted.connect(self.check_duplicates)

    def new_call(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.form.start()

    # -- a call from the app -----------------------------------------------------------------------
    def take_app_call(self, call: AppCall) -> None:
        """The operator answered ``call``: the form holds who calls and where from, pinned on the map. What
        was being typed for another call is kept as its draft first."""
        self.save_draft_now()
        self.new_call()
        loc = call.location
        address = (
            self.desk.geo.localized(call.address, self.form.language)
            if self.desk and call.address
            else call.address
        )
        self.form.load(
            {
                "phone": call.caller.phone or "",
                "name": call.caller.name,
                "address": address,
                "channel": (Channel.VIDEO_CALL if call.video else Channel.PHONE).value,
                "lat": loc.lat if loc else None,
                "lon": loc.lon if loc else None,
                "location_source": "gps",
                "app_call": {
                    "id": call.id,
                    "account": call.caller.app_user_id or "",
                    "accuracy": loc.accuracy_m if loc else None,
                },
            }
        )
        self._show_app_position(call)
        self.form.description.setFocus()
        self.write_draft()

    def move_app_call(self, call: AppCall, previous_address: str) -> None:
        """A new position from the caller whose call the form holds: the place (and, unless the operator
        changed it, the nearest address) follows."""
        if self.form.app_call.get("id") != call.id or call.location is None:
            return
        self.form.app_call["accuracy"] = call.location.accuracy_m
        localized = self.desk.geo.localized if self.desk is not None else (lambda a, _l: a)
        if self.form.address.text() in (previous_address, localized(previous_address, self.form.language)):
            self.form.address.setText(localized(call.address, self.form.language))
        self._show_app_position(call)

    def _show_app_position(self, call: AppCall) -> None:
        loc = call.location
        if loc is None:
            self.form.set_location(
                None, None, "", self.tr("the app sent no position: ask where the caller is")
            )
            return
        accuracy = (
            " " + self.tr("±%1 m").replace("%1", f"{loc.accuracy_m:.0f}")
            if loc.accuracy_m is not None
            else ""
        )
        address = self.desk.geo.localized(call.address, self.form.language) if self.desk else call.address
        summary = (
            self.tr("caller's GPS%1 · precinct %2 · nearest address %3")
            .replace("%1", accuracy)
            .replace("%2", call.precinct or "—")
            .replace("%3", address or "—")
        )
        self.form.set_location(loc.lat, loc.lon, "gps", summary)
        if self.map is not None:
            self.map.set_pin(loc.lat, loc.lon)

    # -- the place of the call ---------------------------------------------------------------------
    def lookup_address(self, text: str) -> None:
        desk = self.desk
        if desk is None:
            return

        def work():
            found = desk.geo.geocode(text)
            suggestions = desk.geo.suggest(text, language=self.form.language)
            return text, found, suggestions

        self.tasks.run(
            work, self._show_lookup, lambda error: self.form.set_location(None, None, "", str(error))
        )

    def _show_lookup(self, result) -> None:
        typed, found, suggestions = result
        if typed != self.form.address.text():
            return  # the operator typed on; a newer lookup is coming
        self.form.set_suggestions(suggestions)
        self.form.set_matched(found.address if found is not None and found.source != "coordinates" else "")
        if found is None:
            key = self.form.keys.get("place_call", "")
            self.form.set_location(
                None, None, "", self.tr("not found: unverified, place it on the map (%1)").replace("%1", key)
            )
            if self.map is not None:
                self.map.clear_pin()
            return
        quality, doubtful = self.match_words(found)
        address = self.desk.geo.localized(found.address, self.form.language) if self.desk else found.address
        summary = (
            self.tr("%1 · precinct %2 · %3")
            .replace("%1", address)
            .replace("%2", found.precinct or "—")
            .replace("%3", quality)
        )
        source = "coordinates" if found.source == "coordinates" else "geocoded"
        self.form.set_location(found.lat, found.lon, source, summary, found.confidence, doubtful=doubtful)
        if self.map is not None:
            self.map.set_pin(found.lat, found.lon)

    def check_duplicates(self) -> None:
        """Open incidents this call may repeat, asked again whenever the category, the place or the address
        changes, in whatever order the operator fills them."""
        desk = self.desk
        if desk is None:
            return
        question = self.form.duplicate_question()
        category, lat, lon, address = question
        location = Location.placed(lat, lon) if lat is not None and lon is not None else None

        def show(duplicates) -> None:
            if question == self.form.duplicate_question():  # else a newer question is on its way
                self.form.set_duplicates([(d.incident.number, self._duplicate_text(d)) for d in duplicates])

        def failed(error: Exception) -> None:
            self.message.emit(
                self.tr("Duplicates could not be looked for: %1").replace("%1", str(error)), 8000
            )

        self.tasks.run(lambda: desk.read.likely_duplicates(category, location, address=address), show, failed)

    def match_words(self, found: Geocoded) -> tuple[str, bool]:
        """How sure the match is, in words with the reason; True when the operator should look twice."""
        how = found.source if found.source in ("coordinates", "remote") else found.how
        words = {
            "coordinates": (self.tr("typed coordinates"), False),
            "exact": (self.tr("house found"), False),
            "interpolated": (self.tr("house placed between its neighbours"), False),
            "out_of_range": (self.tr("no such house number on this street: the street only"), True),
            "street": (self.tr("the street only: no house number"), True),
            "remote": (self.tr("found by the remote geocoder: check it"), True),
        }
        text, doubtful = words.get(how, (self.tr("approximate"), True))
        if found.edits:
            text += "; " + self.tr("street name corrected")
        return text, doubtful

    def lookup_history(self, phone: str, address: str) -> None:
        """Earlier incidents from this number and at this address, shown in the form as it is typed."""
        desk = self.desk
        if desk is None:
            return

        def show(history) -> None:
            form = self.form
            if (phone, address) == (form.phone_number() or "", form.matched_address or form.address.text()):
                form.set_history(history)  # else the operator typed on: a newer look-up is coming

        def failed(error: Exception) -> None:
            self.message.emit(
                self.tr("Earlier incidents could not be read: %1").replace("%1", str(error)), 8000
            )

        self.tasks.run(lambda: desk.read.caller_history(phone, address), show, failed)

    def _duplicate_text(self, duplicate) -> str:
        incident = duplicate.incident
        parts = [incident.number, incident.address]
        if duplicate.same_address:
            parts.append(self.tr("open at this address"))
        if duplicate.distance_m is not None:
            parts.append(f"{duplicate.distance_m:.0f} m")
        parts.append(self.tr("%1 min ago").replace("%1", f"{duplicate.age_s / 60:.0f}"))
        return " · ".join(parts)

    def _placing(self, on: bool) -> None:
        if self.map is not None:
            self.map.set_placing(on)

    def place_from_map(self, lat: float, lon: float) -> bool:
        """A click on the map while the form places its call; False when the form is not placing."""
        if not (self.dock.isVisible() and self.form.place_button.isChecked()):
            return False
        summary = self.tr("placed on the map: %1, %2").replace("%1", f"{lat:.5f}").replace("%2", f"{lon:.5f}")
        self.form.set_location(lat, lon, "map", summary)
        self.form.place_button.setChecked(False)
        if self.map is not None:
            self.map.set_pin(lat, lon)
        return True

    # -- saving --------------------------------------------------------------------------------------
    def save(self, values: dict) -> None:
        desk = self.desk
        if desk is None:
            return
        draft = CallDraft(
            channel=Channel(values.get("channel") or "phone"),
            category=values["category"],
            description=values["description"],
            address=values["address"],
            location=location_of(values),
            caller_name=values["name"],
            caller_phone=values["phone"],
            priority=values["priority"] or None,
            parent_number=values.get("parent") or None,
            app_user_id=(values.get("app_call") or {}).get("account") or None,
        )
        call_id = (values.get("app_call") or {}).get("id") or ""

        def work() -> Incident:
            incident = desk.create_incident(draft)
            if call_id:  # the incident keeps the call's ring, answer and end times
                try:
                    desk.calls.record(call_id, incident.number)
                except DomainError as exc:  # the incident is saved: that is what counts now
                    log.warning("call %s not linked to %s: %s", call_id[:12], incident.number, exc)
            return incident

        def saved(incident: Incident) -> str:
            if incident.confidential and not desk.actor.may(Permission.CONFIDENTIAL):
                text = self.tr("%1 saved and passed to the anti-corruption officers, who alone see it")
            else:
                text = self.tr("%1 saved")
            return text.replace("%1", incident.number)

        def then(incident: Incident) -> None:
            self.finished()
            self.saved.emit(incident)
            if call_id:
                self.callRecorded.emit(call_id, incident.number)

        self.operations.run(work, saved, then)

    def finished(self) -> None:
        """The call is saved or discarded: clear the form, forget the draft."""
        self.form.clear()
        self.dock.hide()
        self.ended.emit()
        self.draft_timer.stop()
        self.draft_path.unlink(missing_ok=True)
        if self.map is not None:
            self.map.clear_pin()
            self.map.set_placing(False)

    # -- the draft on disk ---------------------------------------------------------------------------
    def write_draft(self) -> None:
        if self.form.is_empty():
            self.draft_path.unlink(missing_ok=True)
            return
        self.draft_path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.draft_path.with_suffix(".tmp")
        temporary.write_text(json.dumps(self.form.values(), ensure_ascii=False), encoding="utf-8")
        temporary.replace(self.draft_path)  # atomic: a crash never leaves half a draft

    def save_draft_now(self) -> None:
        """Before the desk stops (closing, or an error it cannot go on from)."""
        if not self.form.is_empty():
            self.write_draft()

    def offer_draft(self) -> None:
        if not self.draft_path.is_file():
            return
        try:
            values = json.loads(self.draft_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(values, dict):
            return
        self.new_call()
        self.form.load(values)
        self.message.emit(self.tr("The call being taken when the desk stopped has been restored"), 10_000)
