"""Hot spots, near repeats and density on hand-made cases: a planted cluster is found, uniform noise is
not; Gi* is reproducible with its seed; the Knox test sees a planted near-repeat burst."""

from __future__ import annotations

import math

import numpy as np
import pytest

from dispatch_desk.geo.hotspots import cells_of_area, density, gi_star, hex_neighbours, hot_cells, knox

AREA = {
    "type": "Polygon",
    "coordinates": [[[76.90, 52.25], [77.03, 52.25], [77.03, 52.33], [76.90, 52.33], [76.90, 52.25]]],
}
CENTRE = (52.2873, 76.9674)


def metres(a, b) -> float:
    return math.hypot((a[0] - b[0]) * 111_320, (a[1] - b[1]) * 111_320 * math.cos(math.radians(a[0])))


def uniform(rng, n: int) -> list[tuple[float, float]]:
    return [(rng.uniform(52.25, 52.33), rng.uniform(76.90, 77.03)) for _ in range(n)]


@pytest.fixture(scope="module")
def grid() -> list[str]:
    return cells_of_area(AREA)


def test_a_planted_cluster_is_the_hottest_place(grid):
    rng = np.random.default_rng(7)
    cluster = [(CENTRE[0] + rng.normal(0, 0.0012), CENTRE[1] + rng.normal(0, 0.002)) for _ in range(120)]
    cells = hot_cells(uniform(rng, 800) + cluster, grid)
    assert len(cells) >= len(grid)  # every cell of the area, the empty ones too
    top = cells[0]
    assert top.level == 3 and metres((top.lat, top.lon), CENTRE) < 400
    hot = [c for c in cells if c.level == 3]
    assert all(metres((c.lat, c.lon), CENTRE) < 800 for c in hot[:5])
    assert sum(c.count for c in cells) == 920


def test_uniform_noise_makes_no_hot_spot_beyond_chance(grid):
    for seed in (1, 2, 3):
        rng = np.random.default_rng(seed)
        cells = hot_cells(uniform(rng, 800), grid)
        at_99 = [c for c in cells if c.level == 3]
        assert len(at_99) <= 0.02 * len(cells), (seed, len(at_99))  # about 1 % are by chance
        # no place the statistic is sure of: nothing like the planted cluster's z of 10 and more
        assert max(c.z for c in cells) < 5


def test_gi_star_is_reproducible_with_its_seed_and_its_z_does_not_depend_on_it(grid):
    rng = np.random.default_rng(5)
    points = uniform(rng, 500)
    a, b = hot_cells(points, grid, seed=1), hot_cells(points, grid, seed=1)
    assert a == b
    c = {x.cell: x for x in hot_cells(points, grid, seed=2)}
    assert all(math.isclose(x.z, c[x.cell].z) for x in a)


def test_small_or_flat_inputs_find_nothing():
    assert gi_star({"a": 1, "b": 2}, {"a": ["b"], "b": ["a"]}) == {"a": (0.0, 1.0), "b": (0.0, 1.0)}
    flat = {f"c{n}": 4 for n in range(10)}
    assert set(gi_star(flat, {k: [] for k in flat}).values()) == {(0.0, 1.0)}
    cells = cells_of_area(AREA)
    assert all(len(n) <= 6 for n in hex_neighbours(cells).values())


def test_the_knox_test_sees_a_near_repeat_burst_and_not_noise():
    rng = np.random.default_rng(11)
    xy = rng.uniform(0, 6000, (300, 2))
    days = rng.uniform(0, 90, 300)
    calm = knox(xy, days, distance_m=200, within_days=7, seed=3)
    assert calm.p > 0.05
    # a burglar's week: 25 break-ins within 150 m of each other over five days
    burst_xy = np.array([3000, 3000]) + rng.normal(0, 60, (25, 2))
    burst_days = 40 + rng.uniform(0, 5, 25)
    burst = knox(
        np.vstack([xy, burst_xy]), np.concatenate([days, burst_days]), distance_m=200, within_days=7, seed=3
    )
    assert burst.p <= 0.01 and burst.ratio > 2


def test_density_is_highest_where_the_points_are():
    rng = np.random.default_rng(2)
    xy = rng.normal(0, 100, (200, 2))
    grid = np.array([[0, 0], [1000, 0], [3000, 3000]])
    values = density(xy, grid, bandwidth_m=150)
    assert values[0] > values[1] > values[2] >= 0
    assert list(density(np.empty((0, 2)), grid)) == [0, 0, 0]


def test_density_from_the_cells_counts_is_near_the_points_own():
    """The surface from each cell's count at its centre (how a city's year is done) against the surface
    from every point: within a tenth at the cluster, and the planted cluster's cell the densest."""
    import h3

    from dispatch_desk.geo.hotspots import cell_of
    from dispatch_desk.geo.projection import LocalProjection

    rng = np.random.default_rng(4)
    lat, lon = 52.2873 + rng.normal(0, 0.002, 3000), 76.9674 + rng.normal(0, 0.003, 3000)
    projection = LocalProjection(52.2873)
    points = np.column_stack(projection.xy(lat, lon))
    counts: dict[str, int] = {}
    for a, b in zip(lat, lon, strict=True):
        counts[cell_of(a, b)] = counts.get(cell_of(a, b), 0) + 1
    centres = np.array([h3.cell_to_latlng(c) for c in counts])
    cells_xy = np.column_stack(projection.xy(centres[:, 0], centres[:, 1]))
    at = np.column_stack(projection.xy(np.array([52.2873]), np.array([76.9674])))
    exact = density(points, at)[0]
    from_cells = density(cells_xy, at, weights=np.array(list(counts.values()), dtype=float))[0]
    assert abs(from_cells - exact) / exact < 0.1
    hot = hot_cells(zip(lat, lon, strict=True), permutations=99, seed=1)
    densest = max(hot, key=lambda c: c.density)
    assert (
        densest.cell == cell_of(52.2873, 76.9674)
        or h3.grid_distance(densest.cell, cell_of(52.2873, 76.9674)) <= 1
    )
    assert densest.as_dict()["density"] > 0
