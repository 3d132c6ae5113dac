"""The routing engine of this process, over the road network in the database.

The database holds one routing archive (``store.roads``); each process copies it beside its own data the
first time it needs it (``roads-<hash>.tar`` in the data folder) and opens Valhalla on it. A new import
reaches every process through the change feed (``roads.replaced``): ``reload`` drops the engine and the
next question opens the new archive, without a restart.

Without a network, or when the engine fails, every question answers None: the dispatch rules fall back
to the straight-line estimate and say so in the reasons. A failure is logged once, not at every question.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import os
import threading
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path

from dispatch_desk.domain.roads import RoadLeg, Route, TravelMode
from dispatch_desk.geo.routing import RoadEngine, RoutingError
from dispatch_desk.store.db import Database
from dispatch_desk.store.roads import RoadNetworkInfo, RoadNetworks

log = logging.getLogger(__name__)
_OPEN: weakref.WeakSet[RoadService] = weakref.WeakSet()  # closed at exit: the engine's objects go first


@atexit.register
def _close_all() -> None:
    for service in list(_OPEN):
        service.reload()


class RoadService:
    """``folder``: where this process keeps its copy of the archive (the data folder's ``roads``)."""

    def __init__(self, db: Database, folder: Path) -> None:
        self.db = db
        self.folder = folder
        self._lock = threading.RLock()
        self._loaded = False
        self._engine: RoadEngine | None = None
        self._info: RoadNetworkInfo | None = None
        self._logged: set[str] = set()
        self.status = "unknown"  # roads | none | failed: what the last opening found
        _OPEN.add(self)

    # -- the network ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Forget the open network: the next question reads the database's current one."""
        with self._lock:
            if self._engine is not None:
                self._engine.close()
            self._engine, self._info, self._loaded = None, None, False
            self._logged.clear()  # a new network: its failures are news again

    def info(self) -> RoadNetworkInfo | None:
        self.engine()
        return self._info

    def engine(self) -> RoadEngine | None:
        """The engine over the current network, or None (no network, or it cannot be opened)."""
        with self._lock:
            if self._loaded:
                return self._engine
            self._loaded = True
            try:
                with self.db.reading() as session:
                    info = RoadNetworks(session).current()
                    if info is None:
                        self.status = "none"
                        return None
                    path = self.folder / f"roads-{info.sha256[:20]}.tar"
                    if not path.is_file():
                        archive = RoadNetworks(session).archive(info.id) or b""
                        self._keep(path, archive, info.sha256)
                self._engine, self._info, self.status = RoadEngine(path), info, "roads"
            except (RoutingError, OSError, ValueError) as error:
                self._engine, self.status = None, "failed"
                self._log_once("open", f"the road network cannot be opened, straight-line estimates: {error}")
            return self._engine

    def _keep(self, path: Path, archive: bytes, sha256: str) -> None:
        if hashlib.sha256(archive).hexdigest() != sha256:
            raise ValueError("the road network in the database is damaged (its checksum differs)")
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(archive)
        os.replace(partial, path)
        for old in self.folder.glob("roads-*.tar"):
            if old != path:
                old.unlink(missing_ok=True)

    def _log_once(self, key: str, message: str) -> None:
        if key not in self._logged:
            self._logged.add(key)
            log.warning(message)

    # -- questions --------------------------------------------------------------------------------
    def _ask[T](self, key: str, question: Callable[[RoadEngine], T]) -> T | None:
        """The engine's answer, or None without a network or when the engine fails (logged once a kind)."""
        engine = self.engine()
        if engine is None:
            return None
        try:
            return question(engine)
        except RoutingError as error:
            self._log_once(key, f"routing failed ({key}), straight-line estimates: {error}")
            return None

    def snap_m(self, lat: float, lon: float, mode: TravelMode = TravelMode.CAR) -> float | None:
        return self._ask("snap", lambda engine: engine.snap_m(lat, lon, mode))

    def snaps(self, points: Sequence[tuple[float, float]], mode: TravelMode) -> list[float] | None:
        return self._ask("snap", lambda engine: engine.snaps(points, mode))

    def legs_to(
        self, target: tuple[float, float], sources: Sequence[tuple[tuple[float, float], TravelMode]]
    ) -> list[RoadLeg | None] | None:
        """The way of each (position, mode) to the target, or None when the engine cannot answer."""

        def ask(engine: RoadEngine) -> list[RoadLeg | None]:
            legs: list[RoadLeg | None] = [None] * len(sources)
            for mode in TravelMode:
                indexes = [i for i, (_, m) in enumerate(sources) if m == mode]
                found = engine.legs_to(target, [sources[i][0] for i in indexes], mode) if indexes else []
                for i, leg in zip(indexes, found, strict=True):
                    legs[i] = leg
            return legs

        return self._ask("legs", ask)

    def route(
        self, origin: tuple[float, float], target: tuple[float, float], mode: TravelMode, language: str = "ru"
    ) -> Route | None:
        return self._ask("route", lambda engine: engine.route(origin, target, mode, language))

    def isochrones(
        self, origin: tuple[float, float], minutes: Sequence[int], mode: TravelMode = TravelMode.CAR
    ) -> dict[int, dict] | None:
        return self._ask("isochrones", lambda engine: engine.isochrones(origin, minutes, mode))
