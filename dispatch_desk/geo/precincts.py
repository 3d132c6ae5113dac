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

import math
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import shapely
from shapely.geometry import shape

from dispatch_desk.domain.entities import Precinct
from dispatch_desk.geo.projection import LocalProjection

DEFAULT_TOLERANCE_M = 50.0
GRID_MIN_POINTS = 20_000  # from this many points at once, the precomputed grid pays for itself
GRID_CELLS = 512  # cells along the longer side of the precincts' extent


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
        self._grid_cache: _Grid | None = None
        self._grid_lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.codes)

    def within(self, lats, lons, distance_m: float) -> np.ndarray:
        """For each point, whether it lies within ``distance_m`` of some precinct (an address of the city's
        gazetteer does; one at 0°/0° or across the country is a damaged coordinate)."""
        lats, lons = np.asarray(lats, dtype=float), np.asarray(lons, dtype=float)
        ok = np.isfinite(lats) & np.isfinite(lons) & (np.abs(lats) <= 90) & (np.abs(lons) <= 180)
        if not len(self.codes):
            return ok
        x, y = self.projection.xy(np.where(ok, lats, 0.0), np.where(ok, lons, 0.0))
        points = shapely.points(x, y)
        near = np.zeros(len(lats), dtype=bool)
        found, dist = self.tree.query_nearest(points, return_distance=True, all_matches=False)
        near[found[0]] = dist <= distance_m
        return ok & near

    def locate(self, lat: float, lon: float) -> str | None:
        """The precinct of a point: inside, on a border or within the tolerance; else None.

        Most points lie in a grid cell wholly inside one precinct or far from all: those are answered
        with a little arithmetic (no geometry, no arrays); the rest go through ``match``."""
        if self.codes and math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180:
            grid = self._grid()
            x, y = self.projection.xy(lat, lon)
            ix, iy = (
                math.floor((float(x) - grid.x0) / grid.size),
                math.floor((float(y) - grid.y0) / grid.size),
            )
            if 0 <= ix < grid.nx and 0 <= iy < grid.ny:
                state = int(grid.state[iy * grid.nx + ix])
                if state >= 0:
                    return self.codes[state]
                if state == _Grid.FAR:
                    return None
            else:
                return None
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
        if len(where_valid) >= GRID_MIN_POINTS:
            local, local_match, local_distance = self._grid().lookup(self, x, y)
        else:
            local, local_match, local_distance = self._tree_lookup(x, y)
        chosen[where_valid] = local
        matches[where_valid] = local_match
        distances[where_valid] = local_distance
        return BulkMatch(self._code_array[chosen], matches, distances)

    def _tree_lookup(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        candidates = self.tree.query(shapely.points(x, y))
        pairs = (candidates[0], candidates[1])
        near = None
        if self.tolerance_m > 0:
            near = self.tree.query(shapely.points(x, y), predicate="dwithin", distance=self.tolerance_m)
        return self.resolve(x, y, pairs, (near[0], near[1]) if near is not None else None)

    def resolve(
        self, x: np.ndarray, y: np.ndarray, pairs: tuple[np.ndarray, np.ndarray], near_pairs=None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """From (point, polygon) candidate pairs to each point's precinct index, match and distance."""
        n = len(x)
        point_idx, geom_idx = pairs
        hit = shapely.intersects_xy(self.geometries[geom_idx], x[point_idx], y[point_idx])
        point_idx, geom_idx = point_idx[hit], geom_idx[hit]
        # The smallest precinct index (codes are sorted) wins; count hits to tell borders.
        order = np.lexsort((geom_idx, point_idx))
        point_idx, geom_idx = point_idx[order], geom_idx[order]
        unique, first, counts = np.unique(point_idx, return_index=True, return_counts=True)
        local = np.full(n, -1, dtype=np.int64)
        local[unique] = geom_idx[first]
        local_match = np.full(n, Match.OUTSIDE.value, dtype=object)
        local_match[unique] = np.where(counts > 1, Match.BORDER.value, Match.INSIDE.value)
        local_distance = np.zeros(n)
        if near_pairs is None or self.tolerance_m <= 0:
            return local, local_match, local_distance
        near_point, near_geom = near_pairs
        keep = local[near_point] == -1  # only points that are in no precinct
        near_point, near_geom = near_point[keep], near_geom[keep]
        if len(near_point):
            distance = shapely.distance(
                self.geometries[near_geom], shapely.points(x[near_point], y[near_point])
            )
            within = distance <= self.tolerance_m
            near_point, near_geom, distance = near_point[within], near_geom[within], distance[within]
            # Nearest first, then the precinct whose code sorts first among equally near ones.
            order = np.lexsort((near_geom, distance, near_point))
            near_point, near_geom, distance = near_point[order], near_geom[order], distance[order]
            unique, first = np.unique(near_point, return_index=True)
            local[unique] = near_geom[first]
            local_match[unique] = Match.NEAREST.value
            local_distance[unique] = distance[first]
        return local, local_match, local_distance

    def _grid(self) -> _Grid:
        """Built once, on first need; concurrent lookups (the intake's request threads) wait for it:
        two threads building it at once crash GEOS."""
        if self._grid_cache is None:
            with self._grid_lock:
                if self._grid_cache is None:
                    self._grid_cache = _Grid(self)
        return self._grid_cache

    def locate_naive(self, lat: float, lon: float) -> str | None:
        """The plain loop over polygons, kept for the benchmark's comparison only."""
        x, y = self.projection.xy(lat, lon)
        point = shapely.Point(float(x), float(y))
        for code, geometry in zip(self.codes, self.geometries, strict=True):
            if geometry.intersects(point):
                return code
        return None


class _Grid:
    """A regular grid over the precincts, built once: each cell is wholly inside one precinct, far from
    every precinct, or a border cell with its short list of candidate precincts (those within the
    tolerance of the cell). Points in the first two kinds of cell are answered without any geometry."""

    INTERIOR_NONE = -1
    FAR = -2
    TEST = -3

    def __init__(self, index: PrecinctIndex) -> None:
        tol = index.tolerance_m
        minx, miny, maxx, maxy = shapely.total_bounds(index.geometries)
        self.x0, self.y0 = minx - tol, miny - tol
        self.size = max(maxx - minx, maxy - miny, 1.0) / GRID_CELLS
        self.nx = int((maxx + tol - self.x0) / self.size) + 1
        self.ny = int((maxy + tol - self.y0) / self.size) + 1
        grid_x, grid_y = np.meshgrid(np.arange(self.nx), np.arange(self.ny), indexing="xy")
        cx, cy = grid_x.ravel(), grid_y.ravel()
        left, bottom = self.x0 + cx * self.size, self.y0 + cy * self.size
        cells = shapely.box(left, bottom, left + self.size, bottom + self.size)
        reach = shapely.box(left - tol, bottom - tol, left + self.size + tol, bottom + self.size + tol)
        pairs = index.tree.query(reach, predicate="intersects")
        order = np.lexsort((pairs[1], pairs[0]))
        cell_of_pair, geom_of_pair = pairs[0][order], pairs[1][order]
        counts = np.bincount(cell_of_pair, minlength=len(cells))
        self.pointer = np.concatenate([[0], np.cumsum(counts)])
        self.candidates = geom_of_pair
        state = np.full(len(cells), self.TEST, dtype=np.int64)
        state[counts == 0] = self.FAR
        single = np.flatnonzero(counts == 1)
        if len(single):
            only = geom_of_pair[self.pointer[single]]
            interior = shapely.contains_properly(index.geometries[only], cells[single])
            state[single[interior]] = only[interior]
        self.state = state

    def lookup(self, index: PrecinctIndex, x: np.ndarray, y: np.ndarray):
        n = len(x)
        ix = np.floor((x - self.x0) / self.size).astype(np.int64)
        iy = np.floor((y - self.y0) / self.size).astype(np.int64)
        on_grid = (ix >= 0) & (ix < self.nx) & (iy >= 0) & (iy < self.ny)
        cell = np.where(on_grid, iy * self.nx + ix, 0)
        state = np.where(on_grid, self.state[cell], self.FAR)
        local = np.full(n, -1, dtype=np.int64)
        matches = np.full(n, Match.OUTSIDE.value, dtype=object)
        distances = np.zeros(n)
        interior = state >= 0
        local[interior] = state[interior]
        matches[interior] = Match.INSIDE.value
        test = np.flatnonzero(state == self.TEST)
        if len(test):
            counts = self.pointer[cell[test] + 1] - self.pointer[cell[test]]
            point_idx = np.repeat(np.arange(len(test)), counts)
            offsets = np.arange(len(point_idx)) - np.repeat(np.cumsum(counts) - counts, counts)
            geom_idx = self.candidates[np.repeat(self.pointer[cell[test]], counts) + offsets]
            sub_local, sub_match, sub_distance = index.resolve(
                x[test], y[test], (point_idx, geom_idx), (point_idx, geom_idx)
            )
            local[test], matches[test], distances[test] = sub_local, sub_match, sub_distance
        return local, matches, distances
