"""Precinct lookup against the police's own recorded districts, and the lookup rules on small shapes."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import numpy as np
import pytest

from dispatch_desk.domain.entities import Precinct
from dispatch_desk.geo.boundaries import BoundaryError, read_precinct_geojson
from dispatch_desk.geo.csvlocate import locate_csv
from dispatch_desk.geo.precincts import Match, PrecinctIndex
from tests.conftest import DATA


def index_from(path: Path, name: str, tolerance_m: float = 50.0) -> PrecinctIndex:
    return PrecinctIndex(read_precinct_geojson(path, name).precincts, tolerance_m)


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def agreement(index: PrecinctIndex, records: list[dict], normalise) -> float:
    usable = [r for r in records if r["latitude"] and r["district"]]
    result = index.match_many([float(r["latitude"]) for r in usable], [float(r["longitude"]) for r in usable])
    same = sum(
        normalise(code) == normalise(r["district"]) for code, r in zip(result.codes, usable, strict=True)
    )
    return same / len(usable)


def test_chicago_districts_agree_with_the_police_records():
    index = index_from(DATA / "chicago" / "districts.geojson", "dist_num")
    records = rows(DATA / "chicago" / "incidents.csv")
    share = agreement(index, records, lambda c: int(c) if c else None)
    assert share >= 0.999, share


def test_chicago_beats_agree_with_the_police_records():
    index = index_from(DATA / "chicago" / "beats.geojson", "beat_num")
    records = [r | {"district": r["beat"]} for r in rows(DATA / "chicago" / "incidents.csv")]
    assert agreement(index, records, lambda c: int(c) if c else None) >= 0.999


def test_san_francisco_districts_agree_with_the_police_records():
    result = read_precinct_geojson(DATA / "sf" / "districts.geojson", "district")
    index = PrecinctIndex(result.precincts)
    share = agreement(index, rows(DATA / "sf" / "incidents.csv"), lambda c: (c or "").upper())
    assert share >= 0.97, share


def square(code: str, lon0: float, lat0: float, size: float = 0.01) -> Precinct:
    ring = [[lon0, lat0], [lon0 + size, lat0], [lon0 + size, lat0 + size], [lon0, lat0 + size], [lon0, lat0]]
    return Precinct(code, code, code, code, {"type": "Polygon", "coordinates": [ring]})


@pytest.fixture
def two_squares() -> PrecinctIndex:
    return PrecinctIndex([square("B", 76.91, 52.28), square("A", 76.90, 52.28)], tolerance_m=50)


def test_lookup_rules(two_squares):
    assert two_squares.match(52.285, 76.905) == (two_squares.match(52.285, 76.905)) and (
        two_squares.match(52.285, 76.905).code == "A"
    )
    border = two_squares.match(52.285, 76.91)
    assert border.code == "A" and border.match == Match.BORDER  # the code that sorts first
    near = two_squares.match(52.285, 76.92 + 0.0005)  # about 34 m east of B
    assert near.code == "B" and near.match == Match.NEAREST and 20 < near.distance_m < 50
    far = two_squares.match(52.285, 76.93)
    assert far.code is None and far.match == Match.OUTSIDE
    assert two_squares.match(float("nan"), 76.9).match == Match.INVALID
    assert two_squares.match(95, 76.9).match == Match.INVALID


def test_border_choice_does_not_depend_on_load_order():
    a = PrecinctIndex([square("B", 76.91, 52.28), square("A", 76.90, 52.28)])
    b = PrecinctIndex([square("A", 76.90, 52.28), square("B", 76.91, 52.28)])
    lats = np.full(50, 52.285)
    lons = np.full(50, 76.91)
    assert list(a.match_many(lats, lons).codes) == list(b.match_many(lats, lons).codes) == ["A"] * 50


def test_bulk_and_single_lookup_agree(two_squares):
    rng = np.random.default_rng(3)
    lats = rng.uniform(52.27, 52.30, 2000)
    lons = rng.uniform(76.89, 76.93, 2000)
    bulk = two_squares.match_many(lats, lons)
    for i in range(0, 2000, 97):
        single = two_squares.match(lats[i], lons[i])
        assert (single.code, single.match.value) == (bulk.codes[i], bulk.matches[i])
        assert single.code == two_squares.locate_naive(lats[i], lons[i]) or single.match != Match.INSIDE


def test_csv_keeps_every_row_and_reports_bad_ones(two_squares):
    source = io.StringIO(
        "id,lat,lon,note\n"
        "1,52.285,76.905,inside A\n"
        "2,,76.905,missing\n"
        "3,abc,76.905,not a number\n"
        "4,52.285,76.99,far away\n"
        '5,"52,285","76,915","decimal commas"\n'
        "6,91,76.9,impossible\n"
    )
    out = io.StringIO()
    report = locate_csv(two_squares, source, out, "lat", "lon")
    result = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["id"] for r in result] == ["1", "2", "3", "4", "5", "6"]
    assert [(r["precinct"], r["precinct_match"]) for r in result] == [
        ("A", "inside"),
        ("", "invalid"),
        ("", "invalid"),
        ("", "outside"),
        ("B", "inside"),
        ("", "invalid"),
    ]
    assert report.rows == 6 and report.matches["invalid"] == 3
    assert report.problems[0].startswith("line 3")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty"),
        ("a,b\n1,2\n", "no column 'lat'"),
        ('lat,lon\n"52.2,76.9\n' + "x" * 2_000_000 + "\n", "cannot be read"),
    ],
)
def test_bad_csv_files_get_clear_messages(two_squares, content, message):
    with pytest.raises(ValueError, match=message):
        locate_csv(two_squares, io.StringIO(content), io.StringIO(), "lat", "lon")


def write(tmp_path: Path, data) -> Path:
    path = tmp_path / "precincts.geojson"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def feature(name, geometry, **props):
    return {"type": "Feature", "properties": {"name": name, **props}, "geometry": geometry}


POLY = {"type": "Polygon", "coordinates": [[[76.9, 52.28], [76.91, 52.28], [76.91, 52.29], [76.9, 52.28]]]}
BOWTIE = {
    "type": "Polygon",
    "coordinates": [[[76.9, 52.28], [76.91, 52.29], [76.91, 52.28], [76.9, 52.29], [76.9, 52.28]]],
}


def test_import_repairs_skips_and_reads_names_in_three_languages(tmp_path):
    data = {
        "type": "FeatureCollection",
        "features": [
            feature("Central", POLY, **{"name:ru": "Центральный", "name:kk": "Орталық", "code": "01"}),
            feature("Bowtie", BOWTIE, code="02"),
            feature("A point", {"type": "Point", "coordinates": [76.9, 52.28]}, code="03"),
        ],
    }
    data["features"].append(
        feature(
            "Central",
            {"type": "Polygon", "coordinates": [[[77.0, 52.3], [77.01, 52.3], [77.01, 52.31], [77.0, 52.3]]]},
            code="01",
        )
    )
    result = read_precinct_geojson(write(tmp_path, data), "name", "code")
    assert [p.code for p in result.precincts] == ["01", "02"]
    assert result.precincts[0].boundary["type"] == "MultiPolygon"
    assert any("merged" in w for w in result.warnings)
    central = result.precincts[0]
    assert (central.name_ru, central.name_kk, central.name_en) == ("Центральный", "Орталық", "Central")
    assert any("repaired" in w and "Bowtie" in w for w in result.warnings)
    assert any("skipped" in w and "A point" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not a GeoJSON FeatureCollection"),
        ({"type": "FeatureCollection", "features": []}, "no polygon features"),
        (
            {"type": "FeatureCollection", "features": [feature(None, POLY)]},
            "feature 1: has no property 'name'",
        ),
        (
            {
                "type": "FeatureCollection",
                "features": [
                    feature(
                        "Swapped",
                        {
                            "type": "Polygon",
                            "coordinates": [
                                [[52.28, 176.9], [52.28, 176.91], [52.29, 176.91], [52.28, 176.9]]
                            ],
                        },
                    )
                ],
            },
            "feature 1 (Swapped): coordinates look swapped",
        ),
        (
            {
                "type": "FeatureCollection",
                "features": [
                    feature(
                        "Far",
                        {
                            "type": "Polygon",
                            "coordinates": [[[500, 52.28], [501, 52.28], [501, 52.29], [500, 52.28]]],
                        },
                    )
                ],
            },
            "cannot be longitude/latitude",
        ),
        (
            {
                "type": "FeatureCollection",
                "features": [
                    feature(
                        "NaN",
                        {
                            "type": "Polygon",
                            "coordinates": [[[76.9, "x"], [76.91, 52.28], [76.91, 52.29], [76.9, 52.28]]],
                        },
                    )
                ],
            },
            "not a pair of numbers",
        ),
        (
            {
                "type": "FeatureCollection",
                "features": [feature("A", POLY, code="1"), feature("B", POLY, code="1")],
            },
            "code '1' is also the code of a differently named feature",
        ),
        (
            {
                "type": "FeatureCollection",
                "features": [
                    feature(
                        "<script>alert(1)</script>",
                        {"type": "Polygon", "coordinates": [[[76.9, 52.28], [76.91, 52.28], [76.9, 52.28]]]},
                    )
                ],
            },
            "cannot be repaired",
        ),
        (
            '{"type": "FeatureCollection", "features": ' + "[" * 100_000 + "]" * 100_000 + "}",
            "not valid JSON",
        ),
    ],
)
def test_bad_boundary_files_are_refused_naming_the_feature(tmp_path, data, message):
    with pytest.raises(BoundaryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_precinct_geojson(write(tmp_path, data), "name", "code" if "also the code" in message else None)


def test_oversized_and_unreadable_files(tmp_path):
    path = write(tmp_path, {"type": "FeatureCollection", "features": [feature("A", POLY)]})
    with pytest.raises(BoundaryError, match="limited to"):
        read_precinct_geojson(path, "name", max_bytes=10)
    with pytest.raises(BoundaryError, match="cannot read"):
        read_precinct_geojson(tmp_path / "missing.geojson", "name")
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(BoundaryError, match="not UTF-8"):
        read_precinct_geojson(path, "name")


def test_nan_never_slips_through():
    index = PrecinctIndex([square("A", 76.90, 52.28)])
    result = index.match_many([math.nan, math.inf, 52.285], [76.905, 76.905, math.nan])
    assert list(result.matches) == ["invalid"] * 3


def test_grid_path_for_bulk_agrees_with_the_tree_path_everywhere():
    index = index_from(DATA / "chicago" / "beats.geojson", "beat_num")
    rng = np.random.default_rng(7)
    # Random points over the city and beyond, plus points within metres of the beat borders.
    lats = list(rng.uniform(41.6, 42.05, 30_000))
    lons = list(rng.uniform(-87.98, -87.5, 30_000))
    for precinct in read_precinct_geojson(DATA / "chicago" / "beats.geojson", "beat_num").precincts[:60]:
        rings = precinct.boundary["coordinates"]
        ring = rings[0] if precinct.boundary["type"] == "Polygon" else rings[0][0]
        for lon, lat in ring[:: max(1, len(ring) // 40)]:
            lats.append(lat)  # exactly on the border
            lons.append(lon)
            for _ in range(4):
                lats.append(lat + rng.normal(0, 0.0003))
                lons.append(lon + rng.normal(0, 0.0004))
    lats, lons = np.array(lats), np.array(lons)
    assert len(lats) >= 20_000
    grid = index.match_many(lats, lons)  # the grid path
    x, y = index.projection.xy(lats, lons)
    local, matches, distances = index._tree_lookup(x, y)
    assert list(grid.matches) == list(matches)
    assert list(grid.codes) == [index.codes[i] if i >= 0 else None for i in local]
    assert np.allclose(grid.distances_m, distances)
    assert {"inside", "border", "nearest", "outside"} <= set(grid.matches)
    # The single-point path (grid arithmetic, else the tree) gives the same precinct for every point.
    sample = rng.choice(len(lats), 4000, replace=False)
    assert [index.locate(lats[i], lons[i]) for i in sample] == [grid.codes[i] for i in sample]


def test_first_lookups_from_many_threads_at_once():
    """The intake server's request threads all ask at start: the grid is built once, not racing (GEOS
    crashes when two threads build it together)."""
    import threading

    index = index_from(DATA / "chicago" / "beats.geojson", "beat_num")
    barrier = threading.Barrier(8)
    answers: list[str | None] = []

    def ask() -> None:
        barrier.wait()
        answers.append(index.locate(41.8781, -87.6298))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 8 and len(set(answers)) == 1 and answers[0] is not None
