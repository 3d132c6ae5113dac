"""What must happen before the QApplication exists: QtWebEngine's environment and import."""

from __future__ import annotations

import os


def prepare() -> None:
    """Call once, before creating the QApplication."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to run its sandbox as root (containers, kiosks).
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--disable-gpu" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --disable-gpu").strip()
    from PySide6 import QtWebEngineWidgets  # noqa: F401 - must be imported before the QApplication
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    from dispatch_desk.ui.map.tiles import register_scheme

    register_scheme()  # the basemap's tiles: before the QApplication, as QtWebEngine requires
