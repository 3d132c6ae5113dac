"""The desk's side of the change feed: what other workstations and the intake server change reaches
every view as an ``Update``, exactly like the desk's own actions.

A wake-up thread (``FeedWaker``) asks for a poll the moment another process commits; a one-second timer
remains the safety net and the database's pulse. Rows this desk's own operations already applied are
skipped, so a view refreshes once per change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from dispatch_desk.composition import Services
from dispatch_desk.services.desk import DeskService
from dispatch_desk.services.feed_follow import FeedEntry, FeedFollower, FeedWaker, Update, update_of, without
from dispatch_desk.ui.tasks import TaskRunner

POLL_MS = 1000


class DeskFeed(QObject):
    updated = Signal(object)  # Update
    databaseState = Signal(bool, str)  # reachable?, why not
    _woken = Signal()  # from the waker thread, queued to the GUI thread

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.follower: FeedFollower | None = None
        self.desk: DeskService | None = None  # whose eyes the feed is read with
        self.waker: FeedWaker | None = None
        self._applied: set[int] = set()
        self._polling = False
        self._again = False
        self._woken.connect(self._on_woken)

    def start(self, services: Services, desk: DeskService, after: int) -> None:
        """Follow the feed from ``after`` on, as ``desk``'s person sees it."""
        self.follower = services.follower(desk, after)
        self.desk = desk
        self.timer.start()
        if self.waker is None:
            self.waker = FeedWaker(services.db, self._woken.emit, name="desk-feed-waker")
            self.waker.start()

    def pause(self) -> None:
        """Stop following for now (nobody is signed in); the wake-up thread stays for the next person."""
        self.follower = None
        self.timer.stop()
        self._applied.clear()

    def stop(self) -> None:
        self.follower = None  # a wake-up still queued polls nothing
        self.timer.stop()
        if self.waker is not None:
            self.waker.stop()
            self.waker = None

    def applied(self, update: Update) -> None:
        """The rows of this desk's own operation: already shown, skipped when the feed brings them."""
        self._applied |= update.seqs

    def _on_woken(self) -> None:
        if self._polling:
            self._again = True
        else:
            self.poll()

    def poll(self) -> None:
        follower, desk = self.follower, self.desk
        if follower is None or desk is None or self._polling:
            return
        self._polling = True
        self._again = False
        applied = frozenset(self._applied)

        def on_lane() -> tuple[list[FeedEntry], Update]:
            entries = [e for e in follower.poll().entries if e.seq not in applied]
            return entries, update_of(desk, entries)

        self.tasks.run(on_lane, self._polled, self._failed)

    def _polled(self, polled: tuple[list[FeedEntry], Update]) -> None:
        self._polling = False
        entries, update = polled
        # an action of this desk may have finished while the rows were read: its rows are shown already
        update = without(update, entries, self._applied)
        if self._applied and self.follower is not None:
            self._applied = {seq for seq in self._applied if seq > self.follower.last_seq}
        self.databaseState.emit(True, "")
        if update.changes:
            self.updated.emit(update)
        if self._again:
            self.poll()

    def _failed(self, error: Exception) -> None:
        self._polling = False
        self._again = False
        self.databaseState.emit(False, str(error))
