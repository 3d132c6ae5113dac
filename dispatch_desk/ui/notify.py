"""The desk's notice of a new app report: a chime and a flash of the window, each configurable.

QtMultimedia is imported only when the first chime is due: a desk whose sound library is missing
(``libpulse`` on Linux) still starts, says in the status bar that sound is off, and only flashes.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QApplication, QWidget

from dispatch_desk.config import Settings
from dispatch_desk.resources import resources_dir

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)


def sound_unavailable() -> str | None:
    """Why the desk cannot play sound, or None when it can."""
    try:
        from PySide6 import QtMultimedia  # noqa: F401
    except ImportError as exc:  # the Qt module, or a system library it links, is missing
        return str(exc)
    return None


class Notifier(QObject):
    soundOff = Signal(str)  # why

    def __init__(self, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.sound_enabled = settings.notify_sound
        self.flash_enabled = settings.notify_flash
        self.effect = None
        self.effects: dict[
            str, QSoundEffect
        ] = {}  # the ring and the overdue alert, by file, made on first use
        self.count = 0  # notices given (the tests read it)
        self.rings = 0  # rings of calls from the app
        self.alerts = 0  # overdue alerts
        self.dangers = 0  # officer-in-danger alarms sounded

    def check_sound(self) -> None:
        """At start: if the desk should chime but cannot, switch sound off and say why."""
        if self.sound_enabled:
            why = sound_unavailable()
            if why is not None:
                self._sound_off(why)

    def _sound_off(self, why: str) -> None:
        log.warning("sound is off: %s", why)
        self.sound_enabled = False
        self.soundOff.emit(why)

    def _effect(self):
        if self.effect is None:  # made on first use: no audio device is opened for a desk that never chimes
            from PySide6.QtMultimedia import QSoundEffect

            self.effect = QSoundEffect(self)
            self.effect.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / "app-report.wav")))
            self.effect.setVolume(0.8)
        return self.effect

    def ring(self) -> None:
        """A call from the app is waiting: one ring (the calls panel repeats it) and a flash."""
        self.rings += 1
        self._play("call-ring.wav", 0.9)
        if self.flash_enabled:
            QApplication.alert(self.window, 0)

    def alert(self) -> None:
        """An incident became overdue (or came back after an acknowledgement lapsed): one alert tone;
        with sound off, the status bar has said why once already."""
        self.alerts += 1
        self._play("overdue.wav", 0.9)

    def danger(self) -> None:
        """An officer in danger: the siren (the alarm bar repeats it until a shift lead acknowledges)
        and a flash of the window."""
        self.dangers += 1
        self._play("alarm.wav", 1.0)
        if self.flash_enabled:
            QApplication.alert(self.window, 0)

    def _play(self, sound: str, volume: float) -> None:
        """Play one of the desk's sounds (its effect made on first use); a missing sound library switches
        sound off and says why."""
        if not self.sound_enabled:
            return
        try:
            effect = self.effects.get(sound)
            if effect is None:
                from PySide6.QtMultimedia import QSoundEffect

                effect = self.effects[sound] = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / sound)))
                effect.setVolume(volume)
            effect.play()
        except ImportError as exc:
            self._sound_off(str(exc))

    def notify(self) -> None:
        self.count += 1
        if self.sound_enabled:
            try:
                self._effect().play()
            except ImportError as exc:
                self._sound_off(str(exc))
        if self.flash_enabled:
            # Flashes the taskbar entry (or bounces the dock icon) until the operator looks at the desk.
            QApplication.alert(self.window, 0)
