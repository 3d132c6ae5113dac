"""Background work for the GUI: database work on one worker lane, results back on the GUI thread.

The GUI thread never waits for the database. A task is a plain callable; its result or its exception
is delivered by a queued signal to the callbacks given, which run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # delivered to the GUI, which shows it
            outcome, value = self.relay.failed, exc
        else:
            outcome, value = self.relay.done, result
        try:
            outcome.emit(value)
        except RuntimeError:  # the window closed meanwhile: nobody is left to tell
            pass


def alive(callback: Callable[..., Any]) -> bool:
    """Whether the object a callback belongs to still exists: an answer from the lane for a window closed
    meanwhile is dropped, not delivered to a deleted widget."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class TaskRunner(QObject):
    """Runs callables on a single background thread, in order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()
        self.closed = False

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        if self.closed:
            return  # the window is closing: no new work
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if callback is not None and alive(callback):
                callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self.pool.start(_Task(work, relay))

    def later(self, msecs: int, callback: Callable[[], None]) -> None:
        """Call ``callback`` on the GUI thread after ``msecs`` (a retry, say)."""
        QTimer.singleShot(msecs, self, callback)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Take no more work and wait for what runs (the window is closing)."""
        self.closed = True
        return self.wait(msecs)
