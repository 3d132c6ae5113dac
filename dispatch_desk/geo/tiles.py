"""Raster basemap tiles from a local archive: MBTiles (an SQLite file) or PMTiles (one indexed file).

The desk never fetches a tile from the network: the map page asks for ``desk-tiles://`` addresses and
the desk answers them from the archive the settings name (``ui/map/tiles.py``). An archive is opened
read-only; a tile is a few kilobytes of PNG, JPEG or WebP read straight from the file.

PMTiles tiles are found through its directories (the ``pmtiles`` package parses them); the directories
read are kept, so a tile costs one dictionary look-up and one read instead of decompressing the root
directory again (the package's own ``Reader.get`` does that for every tile; the benchmarks compare).
"""

from __future__ import annotations

import gzip
import json
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pmtiles.reader import MmapSource
from pmtiles.tile import (
    Compression,
    TileType,
    deserialize_directory,
    deserialize_header,
    find_tile,
    zxy_to_tileid,
)

MAX_ZOOM = 24
MEDIA_TYPES = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"}
_PMTILES_TYPES = {TileType.PNG: "png", TileType.JPEG: "jpg", TileType.WEBP: "webp"}


class ArchiveError(Exception):
    """The file is not a raster tile archive the desk can read (with the reason, for the operator)."""


@dataclass(frozen=True)
class ArchiveInfo:
    format: str  # png | jpg | webp
    min_zoom: int
    max_zoom: int
    bounds: tuple[float, float, float, float] | None  # west, south, east, north
    attribution: str = ""

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES.get(self.format, "application/octet-stream")


class TileArchive:
    """Common to both kinds: ``tile(z, x, y)`` gives the tile's bytes (XYZ numbering) or None."""

    info: ArchiveInfo

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        if not (0 <= z <= MAX_ZOOM and 0 <= x < (1 << z) and 0 <= y < (1 << z)):
            return None
        if z < self.info.min_zoom or z > self.info.max_zoom:
            return None
        return self._read(z, x, y)

    def _read(self, z: int, x: int, y: int) -> bytes | None:
        raise NotImplementedError

    def close(self) -> None:
        """Nothing to release by default."""


def open_archive(path: str | Path) -> TileArchive:
    """The archive at ``path``, by its content (not its name). Raises ArchiveError."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            magic = f.read(16)
    except OSError as exc:
        raise ArchiveError(f"cannot read the basemap {path}: {exc.strerror or exc}") from None
    if magic.startswith(b"PMTiles"):
        return PMTilesArchive(path)
    if magic.startswith(b"SQLite format 3"):
        return MBTilesArchive(path)
    raise ArchiveError(f"{path.name} is neither an MBTiles nor a PMTiles archive")


class MBTilesArchive(TileArchive):
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()  # one read-only connection per thread that asks
        try:
            meta = dict(self._connection().execute("SELECT name, value FROM metadata").fetchall())
            zooms = (
                self._connection().execute("SELECT min(zoom_level), max(zoom_level) FROM tiles").fetchone()
            )
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{path.name} is not a readable MBTiles archive: {exc}") from None
        if zooms is None or zooms[0] is None:
            raise ArchiveError(f"{path.name} holds no tiles")
        fmt = str(meta.get("format", "png")).lower()
        if fmt not in MEDIA_TYPES:
            raise ArchiveError(f"{path.name} holds {fmt} tiles; the desk shows raster tiles (png, jpg, webp)")
        bounds = None
        try:
            west, south, east, north = (float(v) for v in str(meta.get("bounds", "")).split(","))
            bounds = (west, south, east, north)
        except ValueError:
            pass
        self.info = ArchiveInfo(
            fmt, int(zooms[0]), int(zooms[1]), bounds, str(meta.get("attribution", ""))[:300]
        )

    def _connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            connection = self._local.connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        return connection

    def _read(self, z: int, x: int, y: int) -> bytes | None:
        row = (
            self._connection()
            .execute(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
                (z, x, (1 << z) - 1 - y),  # MBTiles counts rows from the south (TMS)
            )
            .fetchone()
        )
        return bytes(row[0]) if row is not None else None


class PMTilesArchive(TileArchive):
    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = path.open("rb")
        try:
            self._bytes = MmapSource(self._file)
            self.header = deserialize_header(self._bytes(0, 127))
        except Exception as exc:  # a damaged header: the package raises whatever its parsing meets
            self._file.close()
            raise ArchiveError(f"{path.name} is not a readable PMTiles archive: {exc}") from None
        header = self.header
        fmt = _PMTILES_TYPES.get(header["tile_type"])
        if fmt is None:
            self._file.close()
            raise ArchiveError(
                f"{path.name} holds vector tiles; the desk shows raster tiles (png, jpg, webp)"
            )
        if header["tile_compression"] not in (Compression.NONE, Compression.UNKNOWN):
            self._file.close()
            raise ArchiveError(f"{path.name}: compressed raster tiles are not supported")
        bounds = (
            header["min_lon_e7"] / 1e7,
            header["min_lat_e7"] / 1e7,
            header["max_lon_e7"] / 1e7,
            header["max_lat_e7"] / 1e7,
        )
        attribution = ""
        try:
            raw = self._bytes(header["metadata_offset"], header["metadata_length"])
            if header["internal_compression"] == Compression.GZIP:
                raw = gzip.decompress(raw)
            attribution = str(json.loads(raw).get("attribution", ""))[:300]
        except (OSError, ValueError, AttributeError):
            pass
        self.info = ArchiveInfo(fmt, int(header["min_zoom"]), int(header["max_zoom"]), bounds, attribution)
        self._directory = lru_cache(maxsize=256)(self._read_directory)

    def _read_directory(self, offset: int, length: int):
        return deserialize_directory(self._bytes(offset, length))

    def _read(self, z: int, x: int, y: int) -> bytes | None:
        header = self.header
        tile_id = zxy_to_tileid(z, x, y)
        offset, length = header["root_offset"], header["root_length"]
        for _depth in range(4):
            entry = find_tile(self._directory(offset, length), tile_id)
            if entry is None:
                return None
            if entry.run_length > 0:
                return bytes(self._bytes(header["tile_data_offset"] + entry.offset, entry.length))
            offset, length = header["leaf_directory_offset"] + entry.offset, entry.length
        return None

    def close(self) -> None:
        self._file.close()
