"""The precinct's map with its hot spots as a picture for the meeting pack, drawn by the desk's own map
page (the same ``desk.js``, precincts, streets and basemap) in a view that is never shown on screen."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from dispatch_desk.geo.hotspots import cell_boundary
from dispatch_desk.ui.map.view import MapView

if TYPE_CHECKING:
    from dispatch_desk.composition import Services
    from dispatch_desk.config import Settings
    from dispatch_desk.services.precinct_analytics import Picture

SIZE = (1150, 800)
SETTLE_MS = 1200  # the basemap's tiles and the hexagons painted after the view moved
STILL_MS = 250  # then pictures this far apart until two are the same: a busy machine paints later
STILL_TRIES = 24
TIMEOUT_MS = 30_000


def map_layer(picture: Picture, residents: bool, localize: Callable[[str], str] = str) -> tuple[list, list]:
    """The cells (every significant one, with its corners) and the repeat addresses (the inspector's
    version only: the residents' shows no house) to draw."""
    cells = [{**c.as_dict(), "boundary": cell_boundary(c.cell)} for c in picture.hot if c.level != 0]
    repeats = (
        []
        if residents
        else [
            {"lat": r.lat, "lon": r.lon, "count": r.count, "address": localize(r.address), "key": r.key}
            for r in picture.repeats
            if r.lat is not None and r.count >= 3
        ]
    )
    return cells, repeats


def bounds_of(cells: list[dict], repeats: list[dict], area: list[dict]) -> tuple[float, float, float, float]:
    """South, west, north, east around the precinct (or its cells, if it has no boundary here)."""
    points = [(lat, lon) for geometry in area for lon, lat in _corners(geometry)]
    if not points:
        points = [p for c in cells for p in c["boundary"]] + [(r["lat"], r["lon"]) for r in repeats]
    if not points:
        return 52.25, 76.90, 52.33, 77.02  # nothing to frame: the middle of the demo city
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return min(lats), min(lons), max(lats), max(lons)


def _corners(geometry: dict) -> list[tuple[float, float]]:
    rings = geometry.get("coordinates", [])
    if geometry.get("type") == "Polygon":
        rings = [rings]
    return [tuple(point[:2]) for polygon in rings for ring in polygon for point in ring]


class MapPicture(QObject):
    """Loads the page, draws the layer, frames the bounds, waits for the paint and grabs the view;
    ``done`` carries the QImage, or None when the page did not come up in time."""

    done = Signal(object)

    def __init__(
        self, page_path: Path, basemap=None, size: tuple[int, int] = SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.view = MapView()
        self.view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.view.resize(*size)
        self.page_path, self.basemap = page_path, basemap
        self._finished = False

    def render(
        self, cells: list[dict], repeats: list[dict], legend: dict, bounds: tuple[float, float, float, float]
    ) -> None:
        def draw() -> None:
            self.view.api.for_paper()
            self.view.api.fit_bounds(*bounds)
            self.view.api.set_hot_cells(
                cells, repeats, legend, lambda _shown: QTimer.singleShot(SETTLE_MS, grab)
            )

        pictures: list[QImage] = []

        def grab() -> None:
            """The page's picture once it no longer changes (the tiles and hexagons all painted)."""
            pictures.append(self.view.grab().toImage())
            if len(pictures) >= STILL_TRIES or (len(pictures) > 1 and pictures[-1] == pictures[-2]):
                self._finish(pictures[-1])
            else:
                QTimer.singleShot(STILL_MS, grab)

        self.view.pageLoaded.connect(draw)
        QTimer.singleShot(TIMEOUT_MS, lambda: self._finish(None))
        self.view.show()
        self.view.load_page(self.page_path, self.basemap)

    def _finish(self, image: QImage | None) -> None:
        if self._finished:
            return
        self._finished = True
        self.view.close()
        self.view.deleteLater()
        self.done.emit(image)


def render_map(
    services: Services,
    settings: Settings,
    language: str,
    picture: Picture,
    residents: bool,
    legend: dict,
    area: list[dict],
) -> QImage | None:
    """The picture drawn and waited for here (the command line: no desk to come back to); ``area``: the
    boundaries to frame."""
    from dispatch_desk.ui.map.page import prepare_map

    cells, repeats = map_layer(picture, residents)
    with tempfile.TemporaryDirectory(prefix="dispatch-desk-pack-") as folder:
        page = prepare_map(services, settings, language, Path(folder))
        maker = MapPicture(page.path, page.basemap)
        loop = QEventLoop()
        result: list[QImage | None] = []
        maker.done.connect(result.append)
        maker.done.connect(loop.quit)
        maker.render(cells, repeats, legend, bounds_of(cells, repeats, area))
        if not result:
            loop.exec()
        # the view and its page go now, before the profile they belong to (no event loop runs after this)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result[0] if result else None
