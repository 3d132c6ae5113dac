"""Where incidents gather, by the well-kept statistics of PySAL: hot and cold spots by Getis-Ord Gi* on a
hexagonal grid (H3 cells, or any areas with their neighbours), near-repeat patterns by the Knox test, and a
kernel density surface. Nothing is re-implemented here: the cells and their neighbours come from ``h3``,
the weights from ``libpysal``, the statistics from ``esda`` and ``pointpats``, the density from
scikit-learn; this module turns incidents into their inputs and their results into plain records.

Gi* (``star=True``) counts each cell with its ring of neighbours (binary weights): a cell is hot when it
and its neighbours hold more incidents than chance spreads over the area, cold when fewer; ``p`` is the
pseudo p-value of ``permutations`` conditional permutations (999 by default), reproducible with ``seed``.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

H3_RESOLUTION = 9  # cells of about 0.1 km² (edge ≈ 174 m): a few blocks of a Kazakh city
PERMUTATIONS = 999
SIGNIFICANCE = (0.01, 0.05, 0.10)
DENSITY_RTOL = 1e-4  # relative tolerance of the tree's sums: 10× faster over a city's cells, same to 4 digits
DENSITY_ATOL_KM2 = 0.01
BANDWIDTH_M = 300.0  # the density surface's kernel: wider than a cell (edge ≈ 174 m), a few blocks


@dataclass(frozen=True)
class HotCell:
    cell: str  # an H3 cell's id (or an area's code)
    lat: float  # its centre
    lon: float
    count: int
    z: float  # Gi*'s standardised value: positive hot, negative cold
    p: float  # pseudo p-value of the permutations
    density: float = 0.0  # the kernel density surface at its centre, contacts per km²

    @property
    def level(self) -> int:
        """+3/+2/+1: hot at 99/95/90 % confidence; -3/-2/-1: cold; 0: neither."""
        for n, alpha in enumerate(SIGNIFICANCE):
            if self.p <= alpha:
                return (3 - n) * (1 if self.z > 0 else -1)
        return 0

    def as_dict(self) -> dict:
        return {
            "cell": self.cell,
            "lat": round(self.lat, 6),
            "lon": round(self.lon, 6),
            "count": self.count,
            "z": round(self.z, 4),
            "p": round(self.p, 4),
            "level": self.level,
            "density": round(self.density, 1),
        }


def cell_boundary(cell: str) -> list[tuple[float, float]]:
    """The hexagon's corners, (lat, lon), for drawing it."""
    import h3

    return [(round(lat, 6), round(lon, 6)) for lat, lon in h3.cell_to_boundary(cell)]


def cell_of(lat: float, lon: float, resolution: int = H3_RESOLUTION) -> str:
    """The cell a point falls in."""
    import h3

    return h3.latlng_to_cell(lat, lon, resolution)


def is_cell(cell: str, resolution: int = H3_RESOLUTION) -> bool:
    """Whether ``cell`` is a cell of the grid (of its resolution)."""
    import h3

    try:
        return bool(h3.is_valid_cell(cell)) and h3.get_resolution(cell) == resolution
    except (TypeError, ValueError):
        return False


def cells_box(cells: Iterable[str]) -> tuple[float, float, float, float]:
    """(south, west, north, east) around the cells' corners: what a database narrows its search to."""
    corners = [corner for cell in cells for corner in cell_boundary(cell)]
    if not corners:
        raise ValueError("no cells")
    lats, lons = [c[0] for c in corners], [c[1] for c in corners]
    return min(lats) - 1e-6, min(lons) - 1e-6, max(lats) + 1e-6, max(lons) + 1e-6


def cells_of_area(geometry: Mapping, resolution: int = H3_RESOLUTION) -> list[str]:
    """The H3 cells whose centres lie in a GeoJSON (Multi)Polygon: the grid a precinct's analysis counts
    over, empty cells included (Gi* needs the zeros)."""
    import h3

    return sorted(h3.geo_to_cells(dict(geometry), resolution))


def hex_counts(
    points: Iterable[tuple[float, float]], cells: Iterable[str] = (), resolution: int = H3_RESOLUTION
) -> dict[str, int]:
    """Incidents per H3 cell: ``cells`` (the area's grid, zeros kept) and any cell a point falls in."""
    import h3

    counts: Counter[str] = Counter({c: 0 for c in cells})
    for lat, lon in points:
        if math.isfinite(lat) and math.isfinite(lon):
            counts[h3.latlng_to_cell(lat, lon, resolution)] += 1
    return dict(counts)


def hex_neighbours(cells: Iterable[str]) -> dict[str, list[str]]:
    """Each cell's ring of neighbours among ``cells`` (for the weights)."""
    import h3

    known = set(cells)
    return {c: sorted(n for n in h3.grid_disk(c, 1) if n != c and n in known) for c in known}


def gi_star(
    counts: Mapping[str, int],
    neighbours: Mapping[str, Sequence[str]],
    *,
    permutations: int = PERMUTATIONS,
    seed: int = 12345,
) -> dict[str, tuple[float, float]]:
    """Getis-Ord Gi* of ``counts`` over areas with their ``neighbours``: area → (z, pseudo p). Areas without
    any neighbour keep only themselves (Gi* counts the area itself)."""
    import esda
    from libpysal.weights import W

    ids = sorted(counts)
    if len(ids) < 3:
        return {i: (0.0, 1.0) for i in ids}
    y = np.array([float(counts[i]) for i in ids])
    weights = W(
        {i: [n for n in neighbours.get(i, ()) if n in counts] for i in ids},
        id_order=ids,
        silence_warnings=True,
    )
    if y.std() == 0:  # nothing to find where every area holds the same
        return {i: (0.0, 1.0) for i in ids}
    # One process: esda's n_jobs=-1 forks a worker per core for every call, slower for a precinct's grid.
    with warnings.catch_warnings():  # esda announces a change of its default test; ours is its folded p
        warnings.simplefilter("ignore", DeprecationWarning)
        g = esda.G_Local(
            y,
            weights,
            transform="B",
            permutations=permutations,
            star=True,
            seed=seed,
            island_weight=1,
            n_jobs=1,
        )
    z = np.nan_to_num(np.asarray(g.Zs, dtype=float))
    p = np.asarray(g.p_sim, dtype=float) if permutations else np.asarray(g.p_norm, dtype=float)
    # esda keeps p in single precision (0.001 reads 0.0010000000475): rounded, 0.001 is 0.001
    return {i: (float(z[n]), round(float(p[n]), 6)) for n, i in enumerate(ids)}


def hot_cells(
    points: Iterable[tuple[float, float]],
    cells: Iterable[str] = (),
    *,
    resolution: int = H3_RESOLUTION,
    permutations: int = PERMUTATIONS,
    seed: int = 12345,
    bandwidth_m: float = BANDWIDTH_M,
) -> list[HotCell]:
    """Gi* on the hexagonal grid of ``cells`` (a precinct's, or the city's) with the incidents ``points``
    (lat, lon), the hottest first; each cell with the kernel density surface at its centre."""
    import h3

    from dispatch_desk.geo.projection import LocalProjection

    counts = hex_counts(points, cells, resolution)
    result = gi_star(counts, hex_neighbours(counts), permutations=permutations, seed=seed)
    order = list(result)
    centres = np.array([h3.cell_to_latlng(c) for c in order]) if order else np.empty((0, 2))
    surface = np.zeros(len(order))
    if order:
        projection = LocalProjection(float(centres[:, 0].mean()))
        x, y = projection.xy(centres[:, 0], centres[:, 1])
        grid = np.column_stack([x, y])
        weights = np.array([counts[c] for c in order], dtype=float)
        surface = density(grid, grid, bandwidth_m, weights=weights)
    out = [
        HotCell(cell, float(lat), float(lon), counts[cell], *result[cell], float(value))
        for cell, (lat, lon), value in zip(order, centres, surface, strict=True)
    ]
    return sorted(out, key=lambda c: (-c.z, c.cell))


@dataclass(frozen=True)
class NearRepeat:
    """The Knox test: are incidents close in space also close in time more often than chance?"""

    events: int
    distance_m: float
    days: float
    close_pairs: int  # pairs close in space and in time
    expected: float  # under no interaction
    p: float  # pseudo p-value of the permutations

    @property
    def ratio(self) -> float:
        return self.close_pairs / self.expected if self.expected else 0.0


def knox(
    xy_m: np.ndarray,
    days: np.ndarray,
    *,
    distance_m: float = 200.0,
    within_days: float = 7.0,
    permutations: int = 99,
    seed: int = 12345,
) -> NearRepeat:
    """The Knox test over projected points (metres) and their times (days), by ``pointpats``."""
    from pointpats.spacetime import Knox

    if len(xy_m) < 3:
        return NearRepeat(len(xy_m), distance_m, within_days, 0, 0.0, 1.0)
    state = np.random.get_state()
    np.random.seed(seed)  # pointpats permutes with numpy's global generator
    try:
        result = Knox(
            np.asarray(xy_m, dtype=float),
            np.asarray(days, dtype=float).reshape(-1, 1),
            delta=distance_m,
            tau=within_days,
            permutations=permutations,
        )
    finally:
        np.random.set_state(state)
    return NearRepeat(
        len(xy_m), distance_m, within_days, int(result.nst), float(result.expected[0][0]), float(result.p_sim)
    )


def density(
    xy_m: np.ndarray,
    grid_xy_m: np.ndarray,
    bandwidth_m: float = BANDWIDTH_M,
    weights: np.ndarray | None = None,
) -> np.ndarray:
    """Kernel density (Gaussian, points per square kilometre) of the points at the grid's points, both
    projected to metres (scikit-learn's KernelDensity is only right in a plane). ``weights``: how many
    incidents each point stands for (the cells' counts at their centres: a city's year is a million
    points but a few thousand cells, and a kernel wider than a cell barely sees the difference)."""
    from sklearn.neighbors import KernelDensity

    xy_m = np.asarray(xy_m, dtype=float)
    if weights is not None:  # an empty cell adds nothing to the surface
        weights = np.asarray(weights, dtype=float)
        xy_m, weights = xy_m[weights > 0], weights[weights > 0]
    total = float(np.sum(weights)) if weights is not None else float(len(xy_m))
    if len(xy_m) == 0 or total <= 0:
        return np.zeros(len(grid_xy_m))
    # tolerances: a ten-thousandth of the value, and a hundredth of a contact per km² where there is none
    kde = KernelDensity(
        bandwidth=bandwidth_m, kernel="gaussian", rtol=DENSITY_RTOL, atol=DENSITY_ATOL_KM2 / total / 1e6
    )
    kde.fit(xy_m, sample_weight=weights)
    with np.errstate(divide="ignore"):  # far from every point the density is 0: its log is -inf
        return np.exp(kde.score_samples(np.asarray(grid_xy_m, dtype=float))) * total * 1e6
