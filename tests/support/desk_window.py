"""Starting a desk window (without the map) in a GUI test and waiting until its database is open."""

from __future__ import annotations

from dispatch_desk.config import Settings
from dispatch_desk.ui.main_window import MainWindow


def open_window(qtbot, settings: Settings, timeout: int = 20_000) -> MainWindow:
    window = MainWindow(settings, with_map=False)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.services is not None, timeout=timeout)
    return window
