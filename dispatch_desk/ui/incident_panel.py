"""The incident panel's part: what fills ``IncidentDetail`` for the selected incident, off the GUI thread.

Given what it needs — the detail widget and its dock, the task lane, the thumbnail lane, the layout keeper
and a few questions about the desk (``PanelContext``) — never the window. One reading gathers the incident
(a person's look at the caller is an access; the desk's own selection is not), the units to recommend,
the timeline, the caller's history, the call it came from and where its photos lie; the photos decode on
their own lane after the panel shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDockWidget, QWidget

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.entities import Attachment, Category
from dispatch_desk.services.desk import DeskService
from dispatch_desk.ui.layout import DeskLayout
from dispatch_desk.ui.tasks import TaskRunner
from dispatch_desk.ui.thumbnails import Thumbnails
from dispatch_desk.ui.widgets.detail import IncidentDetail
from dispatch_desk.ui.widgets.media import MediaViewer


@dataclass(frozen=True)
class PanelContext:
    """What the panel asks of the desk when it loads: the person's use cases (None while locked), the
    categories, the desk's language, and which queued incidents are grouped under an incident."""

    desk: Callable[[], DeskService | None]
    categories: Callable[[], dict[str, Category]]
    language: str
    grouped_under: Callable[[str], Any]


class IncidentPanel(QObject):
    shown = Signal()  # the panel shows a newly read incident: the actions follow it
    failed = Signal(object)  # an exception
    message = Signal(str, int)  # a status-bar text and how long to show it

    def __init__(
        self,
        detail: IncidentDetail,
        dock: QDockWidget,
        tasks: TaskRunner,
        thumbnails: Thumbnails,
        layout: DeskLayout,
        context: PanelContext,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.detail, self.dock, self.tasks = detail, dock, tasks
        self.thumbnails, self.layout, self.context = thumbnails, layout, context
        self.number: str | None = None  # the incident it shows or is reading
        self.viewer_parent = parent
        detail.listHidden.connect(self.show_recommended)
        detail.media.openRequested.connect(self.open_media)

    def load(self, number: str | None, *, looked: bool) -> None:
        """Read and show incident ``number`` (None: nothing selected)."""
        self.number = number
        desk = self.context.desk()
        if desk is None or not number:
            self.detail.show_incident(None)
            return
        self.tasks.run(lambda: self._read(desk, number, looked), self._show, self.failed.emit)

    @staticmethod
    def _read(desk: DeskService, number: str, looked: bool) -> tuple:
        incident = desk.open_incident(number, looked=looked)
        dispatching = incident.status.is_open and not incident.confidential
        may_dispatch = dispatching and desk.actor.may(Permission.DISPATCH)
        candidates = desk.read.recommend_units(number, 9) if may_dispatch else []
        history = desk.read.caller_history(incident.caller.phone, incident.address, exclude=number)
        call = desk.calls.of_incident(number) if desk.actor.may(Permission.TAKE_CALLS) else None
        return incident, candidates, desk.read.timeline(number), desk.photo_files(incident), history, call

    def _show(self, result: tuple) -> None:
        incident, candidates, timeline, photos, history, call = result
        if incident.number != self.number:
            return  # another incident was chosen meanwhile
        self.detail.show_incident(
            incident,
            self.context.categories(),
            self.context.language,
            candidates,
            timeline,
            grouped=self.context.grouped_under(incident.number),
            history=history,
            call=call,
        )
        self.shown.emit()
        self.thumbnails.load(incident, photos, self._thumbnail_decoded)

    def _thumbnail_decoded(self, number: str, sha256: str, image) -> None:
        shown = self.detail.incident
        if shown is not None and shown.number == number:
            self.detail.media.set_thumbnail(sha256, image)

    def open_media(self, attachment: Attachment) -> None:
        """Open or play a report's file: where it lies is asked of the desk (who opens it is recorded)."""
        shown, desk = self.detail.incident, self.context.desk()
        if shown is None or desk is None:
            return
        number = shown.number
        self.tasks.run(
            lambda: desk.media_file(number, attachment.sha256),
            lambda path: MediaViewer(attachment, path, self.viewer_parent).open(),
            self.failed.emit,
        )

    def show_recommended(self, n: int) -> None:
        """Ctrl+D (or Ctrl+n) while the recommended units were out of sight: shown, nothing sent."""
        self.layout.bring(self.dock, self.detail.recommended)
        text = self.tr(
            "Nothing sent: the recommended units are in sight now; press the key again to send unit %1."
        )
        self.message.emit(text.replace("%1", str(n)), 10_000)
