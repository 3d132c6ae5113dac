"""A part of the desk (the overdue list, the shift lead's desk, the calls from the app, …) and what it is given.

A part is a thing with a lifecycle (``DeskPart``): the window builds every part once, at the composition
root, gives each a ``PartContext`` — the background lane, the operations, the panels it works on, the map,
and what the desk shows now (``DeskNow``) — and never itself. The window lays out the parts' docks and
tells every part, in the order they were built, that a person signed in (``load``), that something changed
(``apply``), that the person's session ended (``clear``) and that the desk closes (``close``).

A part that listens to a signal of an object that outlives it (a panel's model, the call form) connects
through ``Part.listen``: ``close`` disconnects exactly those, so that a closed part hears nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from dispatch_desk.composition import Services
    from dispatch_desk.config import Settings
    from dispatch_desk.domain.access import Principal
    from dispatch_desk.domain.entities import Category
    from dispatch_desk.services.desk import DeskService
    from dispatch_desk.services.feed_follow import Update
    from dispatch_desk.ui.actions import DeskActions
    from dispatch_desk.ui.map.api import MapApi
    from dispatch_desk.ui.map.driver import MapDriver
    from dispatch_desk.ui.notify import Notifier
    from dispatch_desk.ui.operations import Operations
    from dispatch_desk.ui.panels import QueuePanel, UnitPanel
    from dispatch_desk.ui.tasks import TaskRunner
    from dispatch_desk.ui.thumbnails import Thumbnails
    from dispatch_desk.ui.widgets.call_form import CallForm
    from dispatch_desk.ui.widgets.detail import IncidentDetail


@runtime_checkable
class DeskPart(Protocol):
    """What the window asks of every part, in this order over a shift."""

    def docks(self) -> Sequence[QDockWidget]:
        """The part's docks, for the window to lay out, hide while locked and keep in the layout."""
        ...

    def load(self, desk: DeskService) -> None:
        """A person signed in: read what they may see (on the lane) and show it."""
        ...

    def apply(self, update: Update) -> None:
        """Something changed, here or on another workstation: take what this part shows."""
        ...

    def clear(self) -> None:
        """The person's session ended: nothing read for them stays (windows of theirs close)."""
        ...

    def close(self) -> None:
        """The desk closes: stop timers and lanes, disconnect from what outlives the part."""
        ...


class DeskNow:
    """What the desk works with at this moment: read by the parts when they act, never copied."""

    def __init__(self, principal: Callable[[], Principal | None]) -> None:
        self._principal = principal
        self.services: Services | None = None  # the database once opened
        self.desk: DeskService | None = None  # the signed-in person's use cases; None while nobody is
        self.categories: dict[str, Category] = {}
        self.selected_number: str | None = None  # the incident selected in the queue

    @property
    def principal(self) -> Principal | None:
        return self._principal()

    def signed_in(self) -> tuple[Services, Principal] | None:
        """The database and the person at the desk, or None while either is missing."""
        principal = self._principal()
        if self.services is None or principal is None:
            return None
        return self.services, principal


@dataclass(frozen=True)
class DeskViews:
    """The panels every desk has, and their docks: the parts work on them, the window lays them out."""

    queue: QueuePanel
    units: UnitPanel
    detail: IncidentDetail
    call_form: CallForm
    queue_dock: QDockWidget
    unit_dock: QDockWidget
    detail_dock: QDockWidget
    call_dock: QDockWidget


class DockPlacer:
    """Where a part's dock goes beside the desk's own: the window's dock area and nothing else of it."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window

    def add(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        self._window.addDockWidget(area, dock)

    def split(self, first: QDockWidget, second: QDockWidget, orientation: Qt.Orientation) -> None:
        self._window.splitDockWidget(first, second, orientation)

    def tab(self, first: QDockWidget, second: QDockWidget) -> None:
        self._window.tabifyDockWidget(first, second)

    def tabbed_with(self, dock: QDockWidget) -> list[QDockWidget]:
        return self._window.tabifiedDockWidgets(dock)

    def banner(self, bar: QWidget) -> None:
        """``bar`` across the top of the desk's centre, above the map (and the sign-in screen): what must
        not be missed. Not a tool bar: no saved layout hides it."""
        centre = self._window.takeCentralWidget()
        assert centre is not None, "the window's centre is made before its parts"
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(bar)
        column.addWidget(centre, 1)
        self._window.setCentralWidget(holder)


class KeptWindows(QObject):
    """The desk's windows beside the docks (accounts, audit, board, overdue list, …): open for the
    person signed in, closed when their session ends or the screen locks."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.dialogs: list[QDialog] = []

    def keep(self, dialog: QDialog) -> None:
        """Show a window of the desk and keep it while it is open."""
        self.dialogs.append(dialog)
        dialog.finished.connect(self._finished)
        dialog.show()

    def _finished(self, _result: int) -> None:
        sender = self.sender()
        for dialog in list(self.dialogs):
            if dialog is sender:
                self._forget(dialog)

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
            dialog.deleteLater()

    def find(self, kind: type[QDialog]) -> QDialog | None:
        return next((d for d in self.dialogs if isinstance(d, kind)), None)

    def close_all(self) -> None:
        for dialog in list(self.dialogs):
            dialog.close()
            self._forget(dialog)


@dataclass(frozen=True)
class PartContext:
    """Everything a part is given: never the window."""

    parent: QWidget  # the parent of the part's dialogs and docks (only that: a part does not call it)
    settings: Settings
    tasks: TaskRunner
    operations: Operations
    notifier: Notifier
    thumbnails: Thumbnails
    now: DeskNow
    views: DeskViews
    place: DockPlacer
    windows: KeptWindows
    map_api: MapApi | None
    map_driver: MapDriver | None
    say: Callable[[str, int], None]  # a message in the status bar, for so many milliseconds
    failed: Callable[[Exception], None]  # the one place an action's failure is shown
    changed: Callable[[], None]  # the desk's state changed: which actions apply, again
    look_at: Callable[[str], None]  # a person chose this incident: select and open it
    actions: Callable[[], DeskActions]  # the desk's actions (made after the parts)

    @property
    def language(self) -> str:
        return self.settings.language or "en"


class Connections:
    """Connections to signals of objects that outlive the one connecting (a panel's model, the call
    form): ``drop`` disconnects exactly these, so that a closed part or window hears nothing more."""

    def __init__(self) -> None:
        self._made: list[tuple[SignalInstance, Callable[..., Any]]] = []

    def add(self, signal: SignalInstance, slot: Callable[..., Any]) -> None:
        signal.connect(slot)
        self._made.append((signal, slot))

    def __len__(self) -> int:
        return len(self._made)

    def drop(self) -> None:
        for signal, slot in self._made:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # its object went first: nothing to disconnect
                pass
        self._made.clear()


class Part(QObject):
    """A part with nothing to do at each step unless it says otherwise; ``listen`` connects to what
    outlives the part, and ``close`` disconnects it."""

    def __init__(self, ctx: PartContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.connections = Connections()

    def listen(self, signal: SignalInstance, slot: Callable[..., Any]) -> None:
        self.connections.add(signal, slot)

    def docks(self) -> Sequence[QDockWidget]:
        return ()

    def load(self, desk: DeskService) -> None:
        return None

    def apply(self, update: Update) -> None:
        return None

    def clear(self) -> None:
        return None

    def close(self) -> None:
        self.connections.drop()
