"""The citizen of a call from the app, for tests and benchmarks: the reference client (/call) in a
QtWebEngine page, with Chromium's fake camera and microphone (QTWEBENGINE_CHROMIUM_FLAGS set before Qt
starts: --use-fake-device-for-media-stream --use-fake-ui-for-media-stream)."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView

START = (52.2873, 76.9674)  # Pavlodar, inside the demo precincts


class CitizenPage(QWebEnginePage):
    """The citizen's browser: camera and microphone allowed (Chromium fakes both)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.permissionRequested.connect(lambda permission: permission.grant())

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:
        pass


def citizen(qtbot, server, key: str, **who) -> QWebEngineView:
    view = QWebEngineView()
    qtbot.addWidget(view)
    page = CitizenPage(view)
    page.settings().setAttribute(QWebEngineSettings.WebAttribute.PlaybackRequiresUserGesture, False)
    view.setPage(page)
    query = {
        "key": key,
        "name": "Данияр Есенов",
        "phone": "+7 701 555 12 34",
        "account": "app-4417",
        "lat": START[0],
        "lon": START[1],
        "accuracy": 15,
        **who,
    }
    loaded: list[bool] = []
    view.loadFinished.connect(loaded.append)
    view.load(QUrl(server.url + "/call?" + urlencode(query)))
    view.resize(480, 640)
    view.show()
    qtbot.waitUntil(lambda: loaded == [True], timeout=20_000)
    return view


def run(qtbot, view, script: str):
    box: list = []
    view.page().runJavaScript(f"JSON.stringify({script})", 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return json.loads(box[0]) if box[0] is not None else None


def state(qtbot, view) -> dict:
    return run(qtbot, view, "window.citizenCall")
