"""What the desk does about calls from the app: the calls dock and the call dock, ringing, answering
(first desk wins), the call in progress, its snapshots and recording, missed calls called back.

A call rings on every desk whose person takes calls, from the moment the feed brings it: a ring every
few seconds and a flash while any call waits and this desk is not in a call, a pulsing handset on the
map. Answering takes the call in the database; the call page then joins it at the intake's signalling
server with the token only this desk holds, and the call form opens with who calls and where from.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.calls import AppCall, CallStatus, CallTaken
from dispatch_desk.services.feed_follow import Update
from dispatch_desk.ui.actions import keys_text
from dispatch_desk.ui.call.list import CallsList
from dispatch_desk.ui.call.media import CallMedia
from dispatch_desk.ui.call.panel import CallPanel
from dispatch_desk.ui.desk_part import Part, PartContext

if TYPE_CHECKING:
    from dispatch_desk.ui.call_taking import CallTaking

log = logging.getLogger(__name__)
RING_EVERY_MS = 3000


def signalling_url(intake_url: str, call_id: str) -> str:
    """The desk's socket of a call at the intake server (http → ws, https → wss)."""
    parts = urlsplit(intake_url.strip() or "http://127.0.0.1:8102")
    scheme = "wss" if parts.scheme == "https" else "ws"
    return f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}/v2/calls/{call_id}/desk"


class CallsDesk(Part):
    def __init__(self, ctx: PartContext, taking: CallTaking) -> None:
        super().__init__(ctx)
        self.taking = taking  # the call form's work: a call answered becomes a call being taken
        settings = ctx.settings
        self.settings = settings
        self.list = CallsList(settings.timezone)
        self.panel = CallPanel(settings.call_camera)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        # The calls waiting beside the units (where a new call's form opens too); the call itself below
        # the incident's detail, never over it: the recommended units and the history stay in sight
        # while the operator talks, so that the queue keeps its height too.
        self.list_dock = self._dock(self.tr("Calls from the app"), "appCallsDock", self.list, left)
        self.call_view_dock = self._dock(self.tr("Call"), "appCallDock", self.panel, right)
        views = ctx.views
        ctx.place.tab(views.unit_dock, self.list_dock)
        ctx.place.split(views.detail_dock, self.call_view_dock, Qt.Orientation.Vertical)
        views.unit_dock.raise_()
        views.detail_dock.raise_()
        self.call_view_dock.hide()
        self.calls: dict[str, AppCall] = {}  # live calls, by id
        self.active: AppCall | None = None  # this desk's call in progress
        self.media = CallMedia(ctx)  # its snapshots and recording
        self.first_frame = False
        self.stats: dict = {}
        self.ringer = QTimer(self)
        self.ringer.setInterval(RING_EVERY_MS)
        self.ringer.timeout.connect(self._ring)
        self.list.answerRequested.connect(self.answer)
        self.listen(taking.callRecorded, self.media.recorded)

    @property
    def api(self):
        """The call page's typed face (the page is made at the first sign-in of a person who takes calls)."""
        return self._view().api

    def _view(self):
        if self.panel.view is not None:
            return self.panel.view
        view = self.panel.make_view()
        bridge = view.bridge
        bridge.stateChanged.connect(self._state)
        bridge.failed.connect(self._failed)
        bridge.ended.connect(self._ended)
        bridge.firstFrame.connect(self._first_frame)
        bridge.statsChanged.connect(self._stats)
        bridge.recordingChunk.connect(self.media.chunk)
        bridge.recordingDone.connect(self.media.recording_done)
        return view

    def bind(self, desk_actions) -> None:
        """The docks' buttons trigger the actions themselves (one title, one key, one enabled state) and
        say their key, as the incident's buttons do."""
        actions = self.actions = desk_actions.actions
        for button, name in (
            (self.list.answer_button, "answer_call"),
            (self.list.called_back_button, "called_back"),
            (self.panel.mute_button, "mute"),
            (self.panel.snapshot_button, "snapshot"),
            (self.panel.hang_up_button, "hang_up"),
        ):
            action = actions[name]

            def follow(button=button, action=action) -> None:
                keys = keys_text(action)
                title = desk_actions.button_title(action.objectName())
                button.setToolTip(action.text().replace("&", ""))
                button.setText(f"{title} ({keys})" if keys else title)
                button.setEnabled(action.isEnabled())
                button.setVisible(action.isVisible())
                button.setCheckable(action.isCheckable())
                button.setChecked(action.isChecked())

            action.changed.connect(follow)
            button.clicked.connect(action.trigger)
            follow()

    def _dock(self, title: str, name: str, widget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self.ctx.parent)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.ctx.place.add(dock, area)
        return dock

    @property
    def desk(self):
        return self.ctx.now.desk

    def takes_calls(self) -> bool:
        return self.desk is not None and self.desk.actor.may(Permission.TAKE_CALLS)

    def docks(self) -> list[QDockWidget]:
        return [self.list_dock, self.call_view_dock]

    def waiting(self) -> list[AppCall]:
        return sorted((c for c in self.calls.values() if c.waiting), key=lambda c: (c.rung_at, c.id))

    # -- what every desk holds -------------------------------------------------------------------
    def load(self, desk) -> None:
        """At sign-in: the calls ringing and in progress, and the missed ones to call back."""
        if not desk.actor.may(Permission.TAKE_CALLS):
            self.clear()
            return
        language = self.ctx.language
        self.list.localize = lambda address: desk.geo.localized(address, language)
        self._view()  # loaded now, ready when the first call is answered

        def done(result) -> None:
            live, missed = result
            if self.desk is not desk:
                return
            self.calls = {c.id: c for c in live}
            self.list.show_missed(missed)
            self._show()

        self.ctx.tasks.run(lambda: (desk.calls.live(), desk.calls.to_call_back()), done, self.ctx.failed)

    def clear(self) -> None:
        """The person's session ended: their call ends too, nothing of the calls stays on screen."""
        if self.active is not None:
            self.hang_up()
        self.calls = {}
        self.list.show_missed([])
        self._show()
        self.list.localize = str

    def apply(self, update: Update) -> None:
        if not update.calls or not self.takes_calls():
            return
        rang = False
        for call in update.calls:
            before = self.calls.get(call.id)
            if call.live:
                self.calls[call.id] = call
            else:
                self.calls.pop(call.id, None)
            rang |= call.waiting and before is None
            if self.active is not None and call.id == self.active.id:
                self._active_changed(call, before)
        if any(c.status is CallStatus.MISSED for c in update.calls) or any(
            c.called_back_at is not None for c in update.calls
        ):
            self._reload_missed()
        self._show()
        if rang and self.active is None:
            self._ring()
            self.list_dock.raise_()

    def _reload_missed(self) -> None:
        desk = self.desk
        if desk is not None:
            self.ctx.tasks.run(desk.calls.to_call_back, self.list.show_missed, self.ctx.failed)

    def _show(self) -> None:
        now = datetime.now(UTC)
        me = self.desk.actor.login if self.desk is not None else ""
        self.list.show_calls(list(self.calls.values()), now, me)
        if self.waiting() and self.active is None and self.takes_calls():
            if not self.ringer.isActive():
                self.ringer.start()
        else:
            self.ringer.stop()
        api = self.ctx.map_api
        if api is not None:
            callers = [
                {
                    "id": c.id,
                    "lat": c.location.lat,
                    "lon": c.location.lon,
                    "accuracy": c.location.accuracy_m,
                    "label": self.list.caller_text(c),
                    "state": c.status.value,
                }
                for c in self.calls.values()
                if c.location is not None
            ]
            api.set_callers(callers)
        self.ctx.changed()

    def _ring(self) -> None:
        if self.waiting() and self.active is None and self.takes_calls():
            self.ctx.notifier.ring()

    def tick(self) -> None:
        now = datetime.now(UTC)
        self.list.tick(now)
        self.panel.tick(now)

    # -- answering ---------------------------------------------------------------------------------
    def answer(self, call_id: str | None = None) -> None:
        """Take the call ``call_id`` (or the selected one, or the one waiting longest)."""
        desk = self.desk
        if desk is None or self.active is not None:
            return
        waiting = self.waiting()
        chosen = call_id or self.list.selected_call()
        if chosen not in {c.id for c in waiting}:
            chosen = waiting[0].id if waiting else None
        if chosen is None:
            return
        self.ringer.stop()

        def failed(error: Exception) -> None:
            if isinstance(error, CallTaken):
                self.ctx.say(self.tr("Taken by %1 first").replace("%1", error.by or "—"), 8000)
            self._show()

        self.ctx.operations.run(
            lambda: desk.calls.answer(chosen), lambda _r: self.tr("Call answered"), self._answered, failed
        )

    def _answered(self, result: tuple[AppCall, str]) -> None:
        call, token = result
        self.active = call
        self.calls[call.id] = call
        self.first_frame, self.stats = False, {}
        self.panel.show_call(call)
        self.call_view_dock.show()
        if self.call_view_dock in self.ctx.place.tabbed_with(self.ctx.views.detail_dock):  # an older layout
            self.ctx.place.split(self.ctx.views.detail_dock, self.call_view_dock, Qt.Orientation.Vertical)
        self.call_view_dock.raise_()
        record = self.settings.call_recording
        self.media.begin(call.id, record)
        self.api.start(
            signalling_url(self.settings.intake_url, call.id), token, self.settings.call_camera, record
        )
        self.taking.take_app_call(call)
        self._show()

    def _active_changed(self, call: AppCall, before: AppCall | None) -> None:
        previous_address = (before or self.active or call).address  # called only while this call is active
        self.active = call
        self.panel.call = call
        if call.live:
            self.taking.move_app_call(call, previous_address)
        else:
            self._ended(call.end_reason or "lost")

    # -- in the call --------------------------------------------------------------------------------
    def hang_up(self) -> None:
        call, desk = self.active, self.desk
        if call is None:
            return

        def sent(through_server) -> None:
            if through_server is not True and desk is not None:  # the server is away: end it in the database
                self.ctx.operations.run(lambda: desk.calls.hang_up(call.id), "")
            self._ended("operator")

        self.api.hang_up(sent)

    def mute(self, muted: bool) -> None:
        self.api.set_muted(muted)

    def snapshot(self) -> None:
        if self.active is None:
            return
        self.api.snapshot(partial(self.media.snapshot_taken, self.active.id))

    # -- what the page says ------------------------------------------------------------------------
    def _state(self, state: str) -> None:
        if state.startswith("recording-"):
            self.media.recording_kind = state.split("-", 1)[1]
            return
        self.panel.set_state(state)

    def _failed(self, reason: str) -> None:
        log.warning("call: %s", reason)
        self.panel.state.setText(self.tr("The call's connection failed: %1").replace("%1", reason))

    def _first_frame(self) -> None:
        self.first_frame = True

    def _stats(self, stats: dict) -> None:
        self.stats = stats

    def _ended(self, by: str) -> None:
        if self.active is None:
            return
        self.panel.set_state(f"ended-{by}")
        self.api.stop()
        self.active = None
        mute = getattr(self, "actions", {}).get("mute")
        if mute is not None:
            mute.setChecked(False)
        self._show()
        self.ctx.say(self.panel.state.text(), 8000)

    def close(self) -> None:
        """The desk closes: a call in progress ends, the page goes before the web profile does."""
        if self.active is not None:
            self.hang_up()
        self.ringer.stop()
        super().close()
        if self.panel.view is not None:
            self.panel.view.page().deleteLater()

    def called_back(self) -> None:
        desk, call_id = self.desk, self.list.selected_missed()
        if desk is None or call_id is None:
            return
        self.ctx.operations.run(lambda: desk.calls.call_back(call_id), self.tr("Marked as called back"))
