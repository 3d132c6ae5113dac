"""The map view: loads the page, queues API calls until the page is ready, and relays clicks."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtWebEngineCore import QWebEngineSettings

from dispatch_desk.geo.tiles import TileArchive
from dispatch_desk.ui.map.api import MapApi
from dispatch_desk.ui.map.tiles import TileSchemeHandler, handler_for
from dispatch_desk.ui.web.view import OnePage, ScriptedView

log = logging.getLogger(__name__)


class MapBridge(QObject):
    """The page calls these through QWebChannel."""

    ready = Signal()
    incidentClicked = Signal(str)
    unitClicked = Signal(str)
    locationPicked = Signal(float, float)  # the map was clicked while placing a location
    placeClicked = Signal(str, str)  # "cell" and its id, or "repeat" and its address key (the hot-spot layer)

    @Slot()
    def pageReady(self) -> None:
        self.ready.emit()

    @Slot(str, str)
    def markerClicked(self, kind: str, identifier: str) -> None:
        if kind == "incident":
            self.incidentClicked.emit(identifier[:40])
        elif kind == "unit":
            self.unitClicked.emit(identifier[:40])
        elif kind in ("cell", "repeat"):
            self.placeClicked.emit(kind, identifier[:500])

    @Slot(float, float)
    def mapClicked(self, lat: float, lon: float) -> None:
        self.locationPicked.emit(lat, lon)


class MapView(ScriptedView):
    pageLoaded = Signal()
    unitDropped = Signal(str, str)  # call sign, incident number: a unit dragged onto an incident marker
    drop_mime = "application/x-dispatch-desk-unit"

    def __init__(self, parent=None) -> None:
        self.bridge: MapBridge
        super().__init__(MapBridge(), parent)
        self.bridge.ready.connect(self._on_ready)
        self.api = MapApi(self)  # the only way the rest of the desk talks to the page
        self.tiles: TileSchemeHandler | None = None  # answers the page's desk-tiles: requests

    def load_page(self, path: Path, basemap: TileArchive | None = None) -> None:
        """Show the page at ``path``; its ``desk-tiles:`` tiles come from ``basemap``."""
        url = QUrl.fromLocalFile(str(path))
        page = OnePage(url, "map", self)
        self.tiles = handler_for(page.profile())
        self.tiles.archive = basemap
        settings = page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        self.show_page(page, url)

    def _on_ready(self) -> None:
        self.page_ready()
        self.pageLoaded.emit()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(self.drop_mime):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(self.drop_mime):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        if not event.mimeData().hasFormat(self.drop_mime):
            super().dropEvent(event)
            return
        call_sign = bytes(event.mimeData().data(self.drop_mime)).decode("utf-8", "replace")[:40]
        point = event.position()
        event.acceptProposedAction()

        def found(number) -> None:
            if isinstance(number, str) and number:
                self.unitDropped.emit(call_sign, number)

        self.api.incident_at(point.x(), point.y(), 24, found)
