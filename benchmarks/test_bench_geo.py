"""Geography figures. Aims: bulk precinct assignment ≥ 500,000 points/s and ≥ 50× a plain loop over
the polygons, with the 277 Chicago police beats."""

from __future__ import annotations

import numpy as np
import pytest

from dispatch_desk.geo.boundaries import read_precinct_geojson
from dispatch_desk.geo.precincts import PrecinctIndex
from tests.conftest import DATA

BULK_POINTS = 1_000_000
NAIVE_POINTS = 2_000


@pytest.fixture(scope="module")
def beats() -> PrecinctIndex:
    return PrecinctIndex(read_precinct_geojson(DATA / "chicago" / "beats.geojson", "beat_num").precincts)


def points(count: int) -> tuple[np.ndarray, np.ndarray]:
    """Random points over Chicago's extent (some fall outside every beat, as real feeds do)."""
    rng = np.random.default_rng(2014)
    return rng.uniform(41.65, 42.02, count), rng.uniform(-87.94, -87.52, count)


def test_bulk_precinct_assignment_277_beats(benchmark, beats):
    lats, lons = points(BULK_POINTS)
    benchmark.extra_info["points_per_call"] = BULK_POINTS
    result = benchmark.pedantic(beats.match_many, args=(lats, lons), rounds=5, warmup_rounds=1)
    assert 0.3 < (result.matches == "inside").mean() < 0.7


def test_naive_loop_precinct_assignment_277_beats(benchmark, beats):
    lats, lons = points(NAIVE_POINTS)

    def loop() -> list:
        return [beats.locate_naive(lat, lon) for lat, lon in zip(lats, lons, strict=True)]

    benchmark.extra_info["points_per_call"] = NAIVE_POINTS
    codes = benchmark.pedantic(loop, rounds=3)
    assert codes == [c if m != "nearest" else None for c, m in zip(*_bulk(beats, lats, lons), strict=True)]


def _bulk(index: PrecinctIndex, lats, lons):
    result = index.match_many(lats, lons)
    return list(result.codes), list(result.matches)
