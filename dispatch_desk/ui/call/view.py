"""The call's page: a QtWebEngine view of ``resources/call/desk.html`` that holds the WebRTC connection.

The page may use the microphone (and the camera when the setting allows), only its own file and the
signalling socket; it reports through QWebChannel (``CallBridge``). Only ``CallApi`` calls into it.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings

from dispatch_desk.resources import resources_dir
from dispatch_desk.ui.call.api import CallApi
from dispatch_desk.ui.web.view import OnePage, ScriptedView

log = logging.getLogger(__name__)
MAX_CHUNK = 8 * 1024 * 1024  # base64 characters of one recording chunk (a second of video)


class CallBridge(QObject):
    """What the page reports. Every argument is text from the page: bounded and parsed here."""

    ready = Signal()
    stateChanged = Signal(str)  # joining, joined, connecting, connected, disconnected, failed, ...
    failed = Signal(str)
    ended = Signal(str)  # by: caller, operator, lost
    firstFrame = Signal()
    statsChanged = Signal(dict)
    recordingChunk = Signal(bytes)
    recordingDone = Signal()

    @Slot(str)
    def pageReady(self, _value: str) -> None:
        self.ready.emit()

    @Slot(str)
    def state(self, value: str) -> None:
        self.stateChanged.emit(value[:40])

    @Slot(str)
    def failure(self, value: str) -> None:
        self.failed.emit(value[:300])

    @Slot(str)
    def stats(self, value: str) -> None:
        try:
            data = json.loads(value[:2000])
        except ValueError:
            return
        if isinstance(data, dict):
            self.statsChanged.emit({k: v for k, v in data.items() if isinstance(v, int | float | str)})

    @Slot(str)
    def recording(self, value: str) -> None:
        if len(value) > MAX_CHUNK:
            return
        try:
            self.recordingChunk.emit(base64.b64decode(value, validate=True))
        except (binascii.Error, ValueError):
            log.warning("call: a recording chunk was not base64")

    @Slot(str)
    def recordingEnd(self, _value: str) -> None:
        self.recordingDone.emit()

    @Slot(str)
    def frame(self, _value: str) -> None:
        self.firstFrame.emit()

    @Slot(str)
    def hungUp(self, value: str) -> None:
        self.ended.emit(value[:20])


class CallPage(OnePage):
    """The call page alone: no navigation away, no windows; the microphone (and camera) granted to it."""

    def __init__(self, url: QUrl, camera: bool, parent: QObject | None = None) -> None:
        super().__init__(url, "call page", parent, with_query=True)
        self.camera = camera
        if hasattr(self, "permissionRequested"):  # Qt 6.8 and newer
            self.permissionRequested.connect(self._permission)
        else:  # pragma: no cover - older Qt
            self.featurePermissionRequested.connect(self._feature)

    def _media(self, origin: QUrl) -> bool:
        return origin.scheme() == "file"

    def _permission(self, permission) -> None:
        from PySide6.QtWebEngineCore import QWebEnginePermission

        kind = permission.permissionType()
        T = QWebEnginePermission.PermissionType
        wanted = {T.MediaAudioCapture} | (
            {T.MediaVideoCapture, T.MediaAudioVideoCapture} if self.camera else set()
        )
        if self._media(permission.origin()) and kind in wanted:
            permission.grant()
        else:
            permission.deny()

    def _feature(self, origin: QUrl, feature) -> None:  # pragma: no cover - older Qt
        F = QWebEnginePage.Feature
        wanted = {F.MediaAudioCapture} | (
            {F.MediaVideoCapture, F.MediaAudioVideoCapture} if self.camera else set()
        )
        policy = QWebEnginePage.PermissionPolicy
        granted = self._media(origin) and feature in wanted
        self.setFeaturePermission(
            origin, feature, policy.PermissionGrantedByUser if granted else policy.PermissionDeniedByUser
        )


class CallWebView(ScriptedView):
    namespace = "deskCall"

    def __init__(self, camera: bool = False, parent=None) -> None:
        self.bridge: CallBridge
        super().__init__(CallBridge(), parent)
        self.bridge.ready.connect(self.page_ready)
        url = QUrl.fromLocalFile(str(resources_dir() / "call" / "desk.html"))
        page = CallPage(url, camera, self)
        settings = page.settings()
        # The page opens the signalling socket to the intake server; nothing else is fetched.
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(QWebEngineSettings.WebAttribute.PlaybackRequiresUserGesture, False)
        self.api = CallApi(self)
        self.show_page(page, url)
