"""A thread that wakes the desk when another workstation or the intake server changes something."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from dispatch_desk.store.db import Database
from dispatch_desk.store.listen import FeedListener

WAIT_S = 0.5  # how long one wait lasts; also how soon the thread notices it should stop
RETRY_S = 1.0


class FeedWatcher(QThread):
    """Emits ``changed`` (queued to the GUI thread) each time the change feed may have grown.

    Losing the database is not reported from here: the desk's own poll notices and says so; this thread
    just reconnects quietly every second until the database is back."""

    changed = Signal()

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("feed-watcher")

    def run(self) -> None:
        listener: FeedListener | None = None
        while not self.isInterruptionRequested():
            try:
                if listener is None:
                    listener = FeedListener(self.db)
                    self.changed.emit()  # a (re)connection may have missed a change
                if listener.wait(WAIT_S):
                    self.changed.emit()
            except Exception:  # the database went away: try again shortly
                if listener is not None:
                    listener.close()
                    listener = None
                self.msleep(int(RETRY_S * 1000))
        if listener is not None:
            listener.close()

    def stop(self) -> None:
        self.requestInterruption()
        self.wait(5000)
