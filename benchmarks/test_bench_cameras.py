"""Camera figures. Aim: the cameras near a place among 50,000 (an Almaty-sized registry, synthetic) in
≤ 5 ms, against a scan of all of them in the same run.
Run: .venv/bin/python -m pytest benchmarks/test_bench_cameras.py -p no:xdist --benchmark-only"""

from __future__ import annotations

import random

import pytest

from dispatch_desk.domain.cameras import Camera, best_first
from dispatch_desk.geo.camera_index import CameraIndex

ALMATY = (43.18, 76.80, 43.35, 77.05)  # south, west, north, east
CAMERAS = 50_000


@pytest.fixture(scope="module")
def registry() -> list[Camera]:
    rng = random.Random(53)
    south, west, north, east = ALMATY
    return [
        Camera(
            f"c{n}",
            f"camera {n}",
            rng.uniform(south, north),
            rng.uniform(west, east),
            f"rtsp://10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}/main",
            direction_deg=rng.uniform(0, 360),
            fov_deg=rng.choice([45.0, 60.0, 90.0, 360.0]),
            range_m=rng.choice([60.0, 100.0, 150.0, 300.0]),
            ptz=rng.random() < 0.08,
        )
        for n in range(CAMERAS)
    ]


def _places(count: int = 100) -> list[tuple[float, float]]:
    rng = random.Random(1)
    south, west, north, east = ALMATY
    return [(rng.uniform(south, north), rng.uniform(west, east)) for _ in range(count)]


def test_cameras_near_a_place_among_50000_indexed(benchmark, registry):
    index = CameraIndex(registry)
    places, state = _places(), {"n": 0}

    def one():
        place = places[state["n"] % len(places)]
        state["n"] += 1
        return index.near(*place)

    benchmark.pedantic(one, rounds=200, warmup_rounds=5)
    benchmark.extra_info["aim_ms"] = 5
    assert sum(len(index.near(*p)) for p in places) > 0


def test_cameras_near_a_place_among_50000_by_a_scan(benchmark, registry):
    places, state = _places(), {"n": 0}

    def one():
        place = places[state["n"] % len(places)]
        state["n"] += 1
        return best_first(registry, *place)

    benchmark.pedantic(one, rounds=5, warmup_rounds=1)


def test_building_the_index_of_50000(benchmark, registry):
    assert len(benchmark.pedantic(CameraIndex, args=(registry,), rounds=3, warmup_rounds=0)) == CAMERAS
