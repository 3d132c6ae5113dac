"""Basemap archives: MBTiles and PMTiles read, anything else refused with a clear reason."""

from __future__ import annotations

import sqlite3

import pytest
from pmtiles.tile import Compression, TileType, zxy_to_tileid
from pmtiles.writer import Writer

from dispatch_desk.geo.tiles import ArchiveError, open_archive
from dispatch_desk.resources import resources_dir

PNG = b"\x89PNG\r\n\x1a\n" + b"tile"


def make_mbtiles(path, rows, fmt="png"):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    connection.execute("CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, tile_data BLOB)")
    connection.executemany(
        "INSERT INTO metadata VALUES (?, ?)",
        [("format", fmt), ("bounds", "76.6,52.1,77.2,52.5"), ("attribution", "<b>x</b>")],
    )
    connection.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", rows)
    connection.commit()
    connection.close()


def make_pmtiles(path, tiles, tile_type=TileType.PNG):
    with open(path, "wb") as f:
        writer = Writer(f)
        for (z, x, y), data in sorted(tiles.items(), key=lambda item: zxy_to_tileid(*item[0])):
            writer.write_tile(zxy_to_tileid(z, x, y), data)
        zooms = [z for z, _, _ in tiles]
        writer.finalize(
            {
                "tile_type": tile_type,
                "tile_compression": Compression.NONE,
                "min_zoom": min(zooms),
                "max_zoom": max(zooms),
                "min_lon_e7": 0,
                "min_lat_e7": 0,
                "max_lon_e7": 10_000_000,
                "max_lat_e7": 10_000_000,
                "center_zoom": 0,
                "center_lon_e7": 0,
                "center_lat_e7": 0,
            },
            {"attribution": "test"},
        )


def test_mbtiles_rows_count_from_the_south(tmp_path):
    path = tmp_path / "city.mbtiles"
    make_mbtiles(path, [(12, 2900, (1 << 12) - 1 - 1340, PNG + b"a"), (13, 5800, 0, PNG + b"b")])
    archive = open_archive(path)
    assert archive.info.format == "png" and (archive.info.min_zoom, archive.info.max_zoom) == (12, 13)
    assert archive.info.bounds == (76.6, 52.1, 77.2, 52.5) and archive.info.media_type == "image/png"
    assert archive.tile(12, 2900, 1340) == PNG + b"a"  # XYZ asked, TMS stored
    assert archive.tile(12, 2900, 1341) is None
    for z, x, y in ((11, 0, 0), (12, -1, 0), (12, 1 << 12, 0), (40, 0, 0), (13, 0, 1 << 13)):
        assert archive.tile(z, x, y) is None  # outside the zooms or the world: nothing, no error


def test_pmtiles_tiles_found_through_the_directory(tmp_path):
    path = tmp_path / "city.pmtiles"
    tiles = {
        (z, x, y): PNG + f"{z}/{x}/{y}".encode()
        for z in range(0, 6)
        for x in range(1 << z)
        for y in range(1 << z)
        if (x + y) % 3 == 0
    }
    make_pmtiles(path, tiles)
    archive = open_archive(path)
    assert (archive.info.min_zoom, archive.info.max_zoom) == (0, 5) and archive.info.attribution == "test"
    for (z, x, y), data in tiles.items():
        assert archive.tile(z, x, y) == data
    assert archive.tile(5, 1, 0) is None and archive.tile(6, 0, 0) is None
    archive.close()


def test_the_demo_basemap_is_shipped_and_covers_the_city():
    archive = open_archive(resources_dir() / "basemap" / "pavlodar.pmtiles")
    west, south, east, north = archive.info.bounds
    assert west < 76.95 < east and south < 52.28 < north
    assert archive.info.min_zoom <= 11 and archive.info.max_zoom >= 16
    assert archive.tile(12, 2923, 1347) is not None  # central Pavlodar (76.95 E, 52.28 N)
    assert archive.tile(12, 0, 0) is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "neither"),
        (b"GIF89a" + b"\0" * 200, "neither"),
        (b"PMTiles\x03" + b"\xff" * 20, "not a readable"),
        (b"SQLite format 3\0" + b"\0" * 100, "not a readable"),
    ],
)
def test_what_is_not_a_raster_archive_is_refused_with_its_reason(tmp_path, content, reason):
    path = tmp_path / "basemap.pmtiles"
    path.write_bytes(content)
    with pytest.raises(ArchiveError, match=reason):
        open_archive(path)


def test_vector_tiles_empty_archives_and_missing_files_are_refused(tmp_path):
    vector = tmp_path / "vector.pmtiles"
    make_pmtiles(vector, {(0, 0, 0): b"\x1a\x00"}, TileType.MVT)
    with pytest.raises(ArchiveError, match="vector"):
        open_archive(vector)
    empty = tmp_path / "empty.mbtiles"
    make_mbtiles(empty, [])
    with pytest.raises(ArchiveError, match="no tiles"):
        open_archive(empty)
    pbf = tmp_path / "pbf.mbtiles"
    make_mbtiles(pbf, [(0, 0, 0, b"x")], fmt="pbf")
    with pytest.raises(ArchiveError, match="raster"):
        open_archive(pbf)
    with pytest.raises(ArchiveError, match="cannot read"):
        open_archive(tmp_path / "missing.mbtiles")
