"""A user's action, run as an operation: one small function on the database lane that returns what it
changed; every view is told through one signal and refreshes only what the record names.

Failures of every action reach one handler (the window's), which shows a translated message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from dispatch_desk.services.desk import DeskService
from dispatch_desk.services.feed_follow import Update, collecting, update_of
from dispatch_desk.ui.tasks import TaskRunner

Message = str | Callable[[Any], str]


class Operations(QObject):
    updated = Signal(object)  # Update: what an action of this desk changed
    failed = Signal(object)  # the exception an action raised
    done = Signal(str)  # the status line an action leaves

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.desk: DeskService | None = None

    def run(
        self,
        work: Callable[[], Any],
        message: Message,
        then: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``work`` (a call of the services) on the lane; then report what it changed. A failure
        reaches the one handler, and ``on_error`` too (a dialog that keeps what was typed)."""
        desk = self.desk
        if desk is None:
            return

        def on_lane() -> tuple[Any, Update]:
            with collecting() as entries:
                result = work()
            return result, update_of(desk, entries, local=True)

        def finished(value: tuple[Any, Update]) -> None:
            result, update = value
            text = message(result) if callable(message) else message
            if text:
                self.done.emit(text)
            self.updated.emit(update)
            if then is not None:
                then(result)

        def failed(error: Exception) -> None:
            self.failed.emit(error)
            if on_error is not None:
                on_error(error)

        self.tasks.run(on_lane, finished, failed)
