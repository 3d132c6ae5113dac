"""Which precinct a point lies in: a shapely 2 STRtree over the precinct polygons, in metres.

- A point inside one precinct: ``inside``.
- A point on the shared border of several: ``border``, and it goes to the precinct whose code sorts
  first, so the answer never depends on the order in which the precincts were loaded.
- A point outside every precinct but within the tolerance (GPS noise; 50 m by default): the nearest
  precinct, ``nearest``.
- Farther out: no precinct, ``outside``: flagged, never dropped.
- Missing or impossible coordinates: ``invalid``.

Bulk lookup is vectorised: the tree gives bounding-box candidates for all points at once and the
prepared polygons test the candidate pairs in one call.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import shapely
from shapely.geometry import shape

from dispatch_desk.domain.entities import Precinct
from dispatch_desk.geo.projection import LocalProjection

DEFAULT_TOLERANCE_M = 50.0


class Match(StrEnum):
    INSIDE = "inside"
    BORDER = "border"
    NEAREST = "nearest"
    OUTSIDE = "outside"
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class PrecinctMatch:
    code: str | None
    match: Match
    distance_m: float = 0.0  # from the precinct, for ``nearest``


@dataclass(frozen=True)
class BulkMatch:
    codes: np.ndarray  # object array: code or None
    matches: np.ndarray  # object array of Match values
    distances_m: np.ndarray


class PrecinctIndex:
    def __init__(self, precincts: Iterable[Precinct], tolerance_m: float = DEFAULT_TOLERANCE_M) -> None:
        ordered = sorted(precincts, key=lambda p: p.code)
        self.codes = [p.code for p in ordered]
        self.tolerance_m = tolerance_m
        lonlat = [shapely.make_valid(shape(p.boundary)) for p in ordered]
        if lonlat:
            _, min_lat, _, max_lat = shapely.total_bounds(np.array(lonlat, dtype=object))
            ref_lat = (min_lat + max_lat) / 2
        else:
            ref_lat = 0.0
        self.projection = LocalProjection(ref_lat)
        self.geometries = np.array([self.projection.geometry(g) for g in lonlat], dtype=object)
        shapely.prepare(self.geometries)
        self.tree = shapely.STRtree(self.geometries)
        self._code_array = np.array([*self.codes, None], dtype=object)  # index -1 → None

    def __len__(self) -> int:
        return len(self.codes)

    def locate(self, lat: float, lon: float) -> str | None:
        """The precinct of a point: inside, on a border or within the tolerance; else None."""
        return self.match(lat, lon).code

    def match(self, lat: float, lon: float) -> PrecinctMatch:
        result = self.match_many(np.array([lat], dtype=float), np.array([lon], dtype=float))
        return PrecinctMatch(result.codes[0], Match(result.matches[0]), float(result.distances_m[0]))

    def match_many(self, lats, lons) -> BulkMatch:
        lats = np.asarray(lats, dtype=float)
        lons = np.asarray(lons, dtype=float)
        n = len(lats)
        chosen = np.full(n, -1, dtype=np.int64)
        matches = np.full(n, Match.INVALID.value, dtype=object)
        distances = np.zeros(n)
        valid = np.isfinite(lats) & np.isfinite(lons) & (np.abs(lats) <= 90) & (np.abs(lons) <= 180)
        where_valid = np.flatnonzero(valid)
        if len(self.codes) == 0 or len(where_valid) == 0:
            matches[valid] = Match.OUTSIDE.value
            return BulkMatch(self._code_array[chosen], matches, distances)
        x, y = self.projection.xy(lats[where_valid], lons[where_valid])
        points = shapely.points(x, y)
        candidates = self.tree.query(points)
        hit = shapely.intersects_xy(self.geometries[candidates[1]], x[candidates[0]], y[candidates[0]])
        point_idx, geom_idx = candidates[0][hit], candidates[1][hit]
        # The smallest precinct index (codes are sorted) wins; count hits to tell borders.
        order = np.lexsort((geom_idx, point_idx))
        point_idx, geom_idx = point_idx[order], geom_idx[order]
        unique, first, counts = np.unique(point_idx, return_index=True, return_counts=True)
        local = np.full(len(where_valid), -1, dtype=np.int64)
        local[unique] = geom_idx[first]
        local_match = np.full(len(where_valid), Match.OUTSIDE.value, dtype=object)
        local_match[unique] = np.where(counts > 1, Match.BORDER.value, Match.INSIDE.value)
        local_distance = np.zeros(len(where_valid))
        missing = np.flatnonzero(local == -1)
        if len(missing) and self.tolerance_m > 0:
            near, near_distance = self.tree.query_nearest(
                points[missing], max_distance=self.tolerance_m, return_distance=True, all_matches=True
            )
            if near.shape[1]:
                order = np.lexsort((near[1], near[0]))
                near, near_distance = near[:, order], near_distance[order]
                unique, first = np.unique(near[0], return_index=True)
                targets = missing[unique]
                local[targets] = near[1][first]
                local_match[targets] = Match.NEAREST.value
                local_distance[targets] = near_distance[first]
        chosen[where_valid] = local
        matches[where_valid] = local_match
        distances[where_valid] = local_distance
        return BulkMatch(self._code_array[chosen], matches, distances)

    def locate_naive(self, lat: float, lon: float) -> str | None:
        """The plain loop over polygons, kept for the benchmark's comparison only."""
        x, y = self.projection.xy(lat, lon)
        point = shapely.Point(float(x), float(y))
        for code, geometry in zip(self.codes, self.geometries, strict=True):
            if geometry.intersects(point):
                return code
        return None
