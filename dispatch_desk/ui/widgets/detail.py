"""The incident detail: what happened, who is on it, whom to send, and what has been done."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.calls import AppCall
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import IncidentChange
from dispatch_desk.domain.dispatch_rules import Candidate, Reason
from dispatch_desk.domain.entities import Category, Incident
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.history import CallerHistory
from dispatch_desk.ui import labels
from dispatch_desk.ui.names import reason_text
from dispatch_desk.ui.widgets.history import HistoryBox
from dispatch_desk.ui.widgets.media import MediaStrip

if TYPE_CHECKING:
    from dispatch_desk.services.feed_follow import FeedEntry


def _label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # citizen text is never rich text
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ActionButton(QPushButton):
    """A button that follows its action (enabled, shown). Connected to its own methods, never a lambda:
    the window's action outlives the button, and Qt breaks these connections when the button goes."""

    def __init__(self, action: QAction, text: str) -> None:
        super().__init__(text)
        self._action = action
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEnabled(action.isEnabled())
        self.clicked.connect(action.trigger)
        action.enabledChanged.connect(self.setEnabled)
        action.visibleChanged.connect(self.follow)

    def follow(self) -> None:
        self.setVisible(self._action.isVisible())


class IncidentDetail(QWidget):
    dispatchRequested = Signal(str)  # call sign
    listHidden = Signal(int)  # a unit was asked for by its place in the list while the list was out of sight

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(zone)
        self.incident: Incident | None = None
        self.localize: Callable[[str], str] = str  # a stored address with its street in the desk's language
        self.candidates: list[Candidate] = []
        self.title = _label()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.category, self.address, self.location, self.caller, self.units = (_label() for _ in range(5))
        self.flags = _label()
        self.flags.setObjectName("flags")
        self.flags.setStyleSheet("color: #c62828; font-weight: bold;")
        self.description = QPlainTextEdit()
        self.description.setReadOnly(True)
        self.description.setMaximumHeight(90)
        self.media = MediaStrip()
        self.history = HistoryBox(zone)
        self.recommended = QListWidget()
        self.recommended.setMaximumHeight(130)
        self.timeline = QListWidget()
        facts = QFormLayout()
        facts.addRow(self.tr("Category"), self.category)
        facts.addRow(self.tr("Address"), self.address)
        facts.addRow(self.tr("Location"), self.location)
        facts.addRow(self.tr("Caller"), self.caller)
        facts.addRow(self.tr("Units"), self.units)
        self.buttons = QGridLayout()  # filled from the desk's action table (set_actions)
        self.recommended.itemActivated.connect(
            lambda item: self.dispatchRequested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.recommended_box = recommended_box = QGroupBox(self.tr("Recommended units"))
        QVBoxLayout(recommended_box).addWidget(self.recommended)
        timeline_box = QGroupBox(self.tr("Timeline"))
        QVBoxLayout(timeline_box).addWidget(self.timeline)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.flags)
        layout.addLayout(facts)
        layout.addWidget(self.description)
        layout.addWidget(self.media)
        layout.addWidget(self.history)
        layout.addLayout(self.buttons)
        layout.addWidget(recommended_box)
        layout.addWidget(timeline_box, 1)
        self.show_incident(None)

    def show_keys(self, first: str, second: str, last: str) -> None:
        """The keys that send the recommended units, from the desk's action table."""
        self.recommended_box.setTitle(
            self.tr("Recommended units (%1, %2…%3)")
            .replace("%1", first)
            .replace("%2", second)
            .replace("%3", last)
        )

    def set_actions(self, actions: list[tuple[QAction, str]]) -> None:
        """One button per action, enabled and shown with it: (action, button text)."""
        for n, (action, text) in enumerate(actions):
            self.buttons.addWidget(ActionButton(action, text), n // 2, n % 2)

    def reason_text(self, reason: Reason) -> str:
        return reason_text(reason, self.tr, labels.priority)

    def call_times(self, call: AppCall) -> str:
        """ "App call: rang 19:02:11, answered 19:02:15 (after 4 s) by …, ended 19:05:40"."""

        def at(moment) -> str:
            return moment.astimezone(self.zone).strftime("%H:%M:%S")

        parts = [self.tr("App call: rang %1").replace("%1", at(call.rung_at))]
        if call.answered_at is not None:
            waited = round((call.answered_at - call.rung_at).total_seconds())
            parts.append(
                self.tr("answered %1 (after %2 s) by %3")
                .replace("%1", at(call.answered_at))
                .replace("%2", str(waited))
                .replace("%3", call.answered_by_name or call.answered_by)
            )
        if call.ended_at is not None:
            parts.append(self.tr("ended %1").replace("%1", at(call.ended_at)))
        return ", ".join(parts)

    def show_incident(
        self,
        incident: Incident | None,
        categories: dict[str, Category] | None = None,
        language: str = "en",
        candidates: list[Candidate] | None = None,
        timeline: list[FeedEntry] | None = None,
        thumbnails: dict | None = None,
        grouped: list[str] | None = None,
        history: CallerHistory | None = None,
        call: AppCall | None = None,
    ) -> None:
        """``grouped``: the open reports from the same sender grouped under this one in the queue;
        ``call``: the call from the app it was recorded from (its ring, answer and end times)."""
        self.incident = incident
        self.candidates = candidates or []
        if incident is None:
            self.title.setText(self.tr("No incident selected"))
            for label in (self.category, self.address, self.location, self.caller, self.units):
                label.clear()
            self.description.clear()
            self.flags.hide()
            self.media.show_media([], {})
            self.recommended.clear()
            self.timeline.clear()
            self.history.show_history(CallerHistory())
            return
        category = (categories or {}).get(incident.category)
        self.title.setText(
            f"{incident.number} · {labels.priority(incident.priority)} · {labels.incident_status(incident.status)}"
        )
        self.category.setText(category.name(language) if category else incident.category)
        typed = self.tr("typed: %1").replace("%1", incident.typed_address) if incident.typed_address else ""
        self.address.setText((self.localize(incident.address) or "—") + (f"  ({typed})" if typed else ""))
        if incident.location is None:
            self.location.setText(self.tr("unverified: place it on the map"))
        else:
            loc = incident.location
            self.location.setText(
                f"{loc.lat:.5f}, {loc.lon:.5f} · {labels.location_source(loc.source)} · "
                + self.tr("precinct %1").replace("%1", incident.precinct or "—")
            )
        caller = incident.caller
        account = self.tr("app account %1").replace("%1", caller.app_user_id) if caller.app_user_id else ""
        who = " · ".join(x for x in (caller.name, caller.phone or "", account) if x) or "—"
        if incident.channel is Channel.APP:
            who = self.tr("%1 (reported in the 102 app)").replace("%1", who)
        self.caller.setText(who)
        flags = self._flags(incident, call, grouped)
        self.flags.setText("   ".join(flags))
        self.flags.setVisible(bool(flags))
        self.media.show_media(incident.attachments, thumbnails or {})
        self.history.show_history(history or CallerHistory(), categories, language)
        self._show_units(incident)
        self.description.setPlainText(incident.description)
        self._show_recommended()
        self._show_timeline(timeline or [])

    def _flags(self, incident: Incident, call: AppCall | None, grouped: list[str] | None) -> list[str]:
        """What stands out about an incident, in red above it: a video call asked for, the call's times,
        attachments, the report it belongs to, the reports grouped under it."""
        flags = []
        if incident.video_call_requested:
            flags.append(self.tr("Video call requested"))
        if call is not None:
            flags.append(self.call_times(call))
        if incident.channel is Channel.APP and incident.attachments:
            flags.append(self.tr("Attachments: %1").replace("%1", str(len(incident.attachments))))
        if incident.channel is Channel.APP and incident.parent_number:
            flags.append(self.tr("Part of %1 (the same sender)").replace("%1", incident.parent_number))
        if grouped:
            flags.append(
                self.tr("%n more report(s) from the same sender: %1", "", len(grouped)).replace(
                    "%1", ", ".join(grouped[:8]) + (" …" if len(grouped) > 8 else "")
                )
            )
        return flags

    def _show_units(self, incident: Incident) -> None:
        active = incident.active_assignments()
        if active:
            self.units.setText(", ".join(a.call_sign for a in active))
        elif incident.assignments:  # units were there and have left: say who, not "none yet"
            cleared = ", ".join(dict.fromkeys(a.call_sign for a in incident.assignments))
            self.units.setText(self.tr("none now (cleared: %1)").replace("%1", cleared))
        else:
            self.units.setText(self.tr("none yet"))

    def _show_recommended(self) -> None:
        self.recommended.clear()
        for n, candidate in enumerate(self.candidates[:9], start=1):
            reasons = "; ".join(self.reason_text(r) for r in candidate.reasons)
            item = QListWidgetItem(f"{n}. {candidate.call_sign} — {reasons}")
            item.setData(Qt.ItemDataRole.UserRole, candidate.call_sign)
            self.recommended.addItem(item)

    def _show_timeline(self, timeline: list[FeedEntry]) -> None:
        self.timeline.clear()
        for entry in timeline:
            when = entry.at.astimezone(self.zone).strftime("%d.%m %H:%M:%S")
            what = labels.event(entry.kind)
            record = entry.record
            unit = record.unit if isinstance(record, IncidentChange) else None
            extra = f" {unit}" if unit else ""
            reason = ""
            if isinstance(record, IncidentChange):
                reason = record.reason or labels.outcome(record.disposition_code, record.disposition)
                if record.kind is ChangeKind.INCIDENT_OVERDUE_ACKNOWLEDGED:  # its reason: the rule's kind
                    reason = labels.overdue(record.reason, record.unit or "")
            self.timeline.addItem(
                f"{when}  {entry.actor}: {what}{extra}" + (f" — {reason}" if reason else "")
            )

    def dispatch_nth(self, n: int) -> None:
        """Send the ``n``-th recommended unit: only while the list is in sight (the operator sees which)."""
        if self.incident is None or not 1 <= n <= len(self.candidates):
            return
        if not self.recommended.isVisible() or self.recommended.visibleRegion().isEmpty():
            self.listHidden.emit(n)
            return
        self.dispatchRequested.emit(self.candidates[n - 1].call_sign)
