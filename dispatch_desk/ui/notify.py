"""The desk's notice of a new app report: a chime and a flash of the window, each configurable."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QSoundEffect
from PySide6.QtWidgets import QApplication, QWidget

from dispatch_desk.config import Settings
from dispatch_desk.resources import resources_dir


class Notifier(QObject):
    def __init__(self, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.sound_enabled = settings.notify_sound
        self.flash_enabled = settings.notify_flash
        self.effect: QSoundEffect | None = None
        self.count = 0  # notices given (the tests read it)

    def _effect(self) -> QSoundEffect:
        if self.effect is None:  # made on first use: no audio device is opened for a desk that never chimes
            self.effect = QSoundEffect(self)
            self.effect.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / "app-report.wav")))
            self.effect.setVolume(0.8)
        return self.effect

    def notify(self) -> None:
        self.count += 1
        if self.sound_enabled:
            self._effect().play()
        if self.flash_enabled:
            # Flashes the taskbar entry (or bounces the dock icon) until the operator looks at the desk.
            QApplication.alert(self.window, 0)
