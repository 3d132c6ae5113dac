"""The time of day in the centre's time zone; its tick also ages the queue's and the units' times."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel


class Clock(QLabel):
    def __init__(self, timezone: str, on_tick: Callable[[], None]) -> None:
        super().__init__()
        self.zone = ZoneInfo(timezone)
        self.on_tick = on_tick
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(1000)
        self.tick()

    def tick(self) -> None:
        self.setText(datetime.now(self.zone).strftime("%H:%M:%S"))
        self.on_tick()

    def stop(self) -> None:
        self.timer.stop()
