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


# -- geocoding latency with a gazetteer of 50,000 addresses ------------------------------------------

STREETS = 500
HOUSES = 100  # 500 x 100 = 50,000 addresses
QUERIES = 2_000


def _gazetteer_and_queries():
    import random

    from rapidfuzz.distance import Levenshtein
    from shapely.geometry import LineString, mapping

    from dispatch_desk.domain.entities import Street
    from dispatch_desk.geo.gazetteer import AddressPoint, Gazetteer, fold_word, transliterate

    rng = random.Random(50_000)
    consonants, vowels = "бгджзклмнпрстшқғ", "аеиоуыұә"
    names: set[str] = set()
    keys: list[str] = []
    for _ in range(20_000):
        if len(names) == STREETS:
            break
        stem = "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(rng.randint(3, 4)))
        name = stem.capitalize() + rng.choice(["ова", "ева", "ина"])
        key = fold_word(name)
        # Real street names of one city differ by more than a typo or two; keep the synthetic ones so.
        if all(Levenshtein.distance(key, other, score_cutoff=3) >= 3 for other in keys):
            names.add(name)
            keys.append(key)
    assert len(names) == STREETS
    streets, points, clean, messy = [], [], [], []
    for index, name in enumerate(sorted(names)):
        lat0, lon0 = 52.24 + (index % 25) * 0.004, 76.90 + (index // 25) * 0.006
        line = LineString([(lon0, lat0), (lon0 + 0.004, lat0 + 0.003)])
        latin = transliterate(name.lower()).capitalize()
        streets.append(
            Street(f"улица {name}", f"{name[:-1]} көшесі", f"{latin} Street", mapping(line), 1, HOUSES)
        )
        for house in range(1, HOUSES + 1):
            t = house / HOUSES
            points.append(AddressPoint(f"улица {name}", str(house), lat0 + 0.003 * t, lon0 + 0.004 * t))
        house = rng.randint(1, HOUSES)
        clean.append(f"улица {name}, {house}")
        typo = name[:3] + name[4:] if len(name) > 6 else name  # one letter dropped
        messy.append(
            rng.choice(
                [
                    f"ул.{name.upper()},д.{house},кв.{rng.randint(1, 90)}",
                    f"{house} {latin}",
                    f"Павлодар, {typo} {house}",
                    f"{name[:-1]} көшесі {house}",
                    f"{latin.lower()} st {house}",
                ]
            )
        )
    return Gazetteer(streets, points), (clean * (QUERIES // len(clean)))[:QUERIES], (messy * 4)[:QUERIES]


@pytest.fixture(scope="module")
def gazetteer_50k():
    return _gazetteer_and_queries()


def _latencies(benchmark, gazetteer, queries) -> None:
    import time

    timings: list[float] = []

    def run() -> int:
        timings.clear()
        found = 0
        for query in queries:
            start = time.perf_counter()
            found += gazetteer.geocode(query) is not None
            timings.append(time.perf_counter() - start)
        return found

    found = benchmark.pedantic(run, rounds=3, warmup_rounds=1)
    timings.sort()
    benchmark.extra_info["queries"] = len(queries)
    benchmark.extra_info["found"] = found
    benchmark.extra_info["p50_ms"] = round(timings[len(timings) // 2] * 1000, 3)
    benchmark.extra_info["p95_ms"] = round(timings[int(len(timings) * 0.95)] * 1000, 3)
    print(
        f"\n{benchmark.name}: found {found}/{len(queries)}, p50 {benchmark.extra_info['p50_ms']} ms, "
        f"p95 {benchmark.extra_info['p95_ms']} ms"
    )
    assert found >= len(queries) * 0.95


def test_geocode_latency_clean_input_50k_addresses(benchmark, gazetteer_50k):
    gazetteer, clean, _ = gazetteer_50k
    assert sum(len(e.points) for e in gazetteer.entries) == STREETS * HOUSES
    _latencies(benchmark, gazetteer, clean)


def test_geocode_latency_messy_input_50k_addresses(benchmark, gazetteer_50k):
    gazetteer, _, messy = gazetteer_50k
    _latencies(benchmark, gazetteer, messy)


# -- recommendation among 1,000 units ---------------------------------------------------------------


def test_recommend_among_1000_units(benchmark):
    import random
    from datetime import UTC, datetime, timedelta

    from dispatch_desk.domain.dispatch_rules import recommend
    from dispatch_desk.domain.entities import Incident, Unit
    from dispatch_desk.domain.enums import Channel, LocationSource, Priority, UnitKind, UnitStatus
    from dispatch_desk.domain.values import Location

    rng = random.Random(1000)
    now = datetime(2026, 11, 20, 19, tzinfo=UTC)
    statuses = [UnitStatus.AVAILABLE] * 6 + [UnitStatus.ON_SCENE, UnitStatus.RETURNING, UnitStatus.BUSY]
    units = [
        Unit(
            f"A-{n}",
            rng.choice([UnitKind.PATROL_CAR, UnitKind.TRAFFIC, UnitKind.FOOT_PATROL]),
            f"{rng.randint(1, 40):02d}",
            status=rng.choice(statuses),
            position=(52.2 + rng.random() * 0.2, 76.8 + rng.random() * 0.3),
            position_at=now - timedelta(minutes=rng.uniform(0, 40)),
            id=n,
        )
        for n in range(1000)
    ]
    incident = Incident(
        Channel.APP,
        "fight_assault",
        Priority.LIFE_IN_DANGER,
        now,
        now,
        number="26-000001",
        location=Location(52.29, 76.95, LocationSource.GPS),
        precinct="07",
    )
    ranked = benchmark(recommend, incident, units, now)
    assert len(ranked) == 10 and ranked[0].eta_s is not None


def test_geocode_naive_fuzzy_over_all_50k_addresses(benchmark, gazetteer_50k):
    """The naive form: fuzzy-match the whole typed text against every known address string."""
    from rapidfuzz import fuzz, process

    gazetteer, _, messy = gazetteer_50k
    choices = [f"{e.display}, {house}" for e in gazetteer.entries for house in e.labels.values()]
    assert len(choices) == STREETS * HOUSES
    queries = messy[:100]

    def run() -> int:
        return sum(process.extractOne(q, choices, scorer=fuzz.WRatio) is not None for q in queries)

    benchmark.extra_info["queries"] = len(queries)
    assert benchmark.pedantic(run, rounds=3) == len(queries)
