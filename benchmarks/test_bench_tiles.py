"""Basemap tile reads: what answering one desk-tiles: request costs.

The shipped demo basemap (PMTiles, 1,260 tiles) read through the desk's archive (directories kept
once read) against the pmtiles package's own Reader.get (the header and root directory parsed again
for every tile), and the same tiles as an MBTiles file. One round = every tile of zoom 14-16 once.
"""

from __future__ import annotations

import sqlite3

import pytest
from pmtiles.reader import MmapSource, Reader, all_tiles

from dispatch_desk.geo.tiles import open_archive
from dispatch_desk.resources import resources_dir

BASEMAP = resources_dir() / "basemap" / "pavlodar.pmtiles"


@pytest.fixture(scope="module")
def street_tiles() -> list[tuple[int, int, int]]:
    with BASEMAP.open("rb") as f:
        return [zxy for zxy, _ in all_tiles(MmapSource(f)) if zxy[0] >= 14]


@pytest.fixture(scope="module")
def mbtiles(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("tiles") / "pavlodar.mbtiles"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    connection.execute("CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, tile_data BLOB)")
    connection.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
    connection.execute("INSERT INTO metadata VALUES ('format', 'png')")
    with BASEMAP.open("rb") as f:
        connection.executemany(
            "INSERT INTO tiles VALUES (?, ?, ?, ?)",
            [(z, x, (1 << z) - 1 - y, data) for (z, x, y), data in all_tiles(MmapSource(f))],
        )
    connection.commit()
    connection.close()
    return str(path)


def test_tiles_from_pmtiles_through_the_desks_archive(benchmark, street_tiles):
    archive = open_archive(BASEMAP)
    benchmark.extra_info["tiles_per_round"] = len(street_tiles)
    assert benchmark(lambda: sum(archive.tile(*t) is not None for t in street_tiles)) == len(street_tiles)


def test_tiles_from_pmtiles_naive_reader_get(benchmark, street_tiles):
    with BASEMAP.open("rb") as f:
        reader = Reader(MmapSource(f))
        benchmark.extra_info["tiles_per_round"] = len(street_tiles)
        found = benchmark.pedantic(lambda: sum(reader.get(*t) is not None for t in street_tiles), rounds=5)
    assert found == len(street_tiles)


def test_tiles_from_mbtiles(benchmark, street_tiles, mbtiles):
    archive = open_archive(mbtiles)
    benchmark.extra_info["tiles_per_round"] = len(street_tiles)
    assert benchmark(lambda: sum(archive.tile(*t) is not None for t in street_tiles)) == len(street_tiles)
