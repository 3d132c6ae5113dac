"""Which precinct a point lies in, with a shapely 2 STRtree over the precinct polygons."""

from __future__ import annotations

from collections.abc import Iterable

import shapely
from shapely.geometry import shape

from dispatch_desk.domain.entities import Precinct


class PrecinctIndex:
    """Point → precinct code. A point on a shared border goes to the precinct whose code sorts first,
    so the answer never depends on the order in which precincts were loaded."""

    def __init__(self, precincts: Iterable[Precinct]) -> None:
        ordered = sorted(precincts, key=lambda p: p.code)
        self.codes = [p.code for p in ordered]
        self.geometries = [shapely.make_valid(shape(p.boundary)) for p in ordered]
        for geometry in self.geometries:
            shapely.prepare(geometry)
        self.tree = shapely.STRtree(self.geometries)

    def __len__(self) -> int:
        return len(self.codes)

    def locate(self, lat: float, lon: float) -> str | None:
        hits = self.tree.query(shapely.Point(lon, lat), predicate="intersects")
        return self.codes[int(min(hits))] if len(hits) else None
