"""Render the demo city's raster basemap into resources/basemap/pavlodar.pmtiles.

From the demo city's own files (resources/demo/pavlodar/): the city outline (OpenStreetMap, ODbL), the
twelve precincts, the road network (`roads.osm`: streets, embankment, bridges) and the river (illustrative). Tiles are 256 px PNGs in Web Mercator,
drawn with QPainter: zoom 10-13 over the whole city administration, 14-16 over the built-up area (the
map shows zoom 17 and above by enlarging zoom 16). No text is drawn into the tiles: the page labels
streets and precincts itself, in the desk's language.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_basemap.py   (about a minute)
The output is committed; the application only reads it.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

from pmtiles.tile import Compression, TileType, zxy_to_tileid
from pmtiles.writer import Writer
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen
from shapely.geometry import box, shape

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "resources" / "demo" / "pavlodar"
OUT = ROOT / "resources" / "basemap" / "pavlodar.pmtiles"
ATTRIBUTION = "Outline © OpenStreetMap contributors; the rest illustrative"
CITY_ZOOMS = range(10, 14)
STREET_ZOOMS = range(14, 17)
TILE = 256
LAND, OUTSIDE, OUTLINE = QColor("#f6f4ef"), QColor("#e4e1da"), QColor("#8d99a6")
WATER = QColor("#a9cbe6")
TINTS = ["#fdf1e3", "#eaf4ea", "#e8f0fa", "#f8eaf0", "#f1eefa", "#eef6f4"]
STREET, CASING = QColor("#ffffff"), QColor("#c5bfb3")


def world(lon: float, lat: float, zoom: int) -> QPointF:
    """Web Mercator: the point in pixels of the whole world at ``zoom``."""
    n = TILE * (1 << zoom)
    lat = max(-85.05, min(85.05, lat))
    y = (1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2
    return QPointF((lon + 180) / 360 * n, y * n)


def tile_range(bounds: tuple[float, float, float, float], zoom: int):
    west, south, east, north = bounds
    top_left, bottom_right = world(west, north, zoom), world(east, south, zoom)
    for x in range(int(top_left.x() // TILE), int(bottom_right.x() // TILE) + 1):
        for y in range(int(top_left.y() // TILE), int(bottom_right.y() // TILE) + 1):
            yield x, y


def rings_path(geometry: dict, zoom: int) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for polygon in polygons:
        for ring in polygon:
            path.moveTo(world(*ring[0], zoom))
            for lon, lat in ring[1:]:
                path.lineTo(world(lon, lat, zoom))
            path.closeSubpath()
    return path


def lines_path(geometry: dict, zoom: int) -> QPainterPath:
    path = QPainterPath()
    lines = geometry["coordinates"] if geometry["type"] == "MultiLineString" else [geometry["coordinates"]]
    for line in lines:
        path.moveTo(world(*line[0], zoom))
        for lon, lat in line[1:]:
            path.lineTo(world(lon, lat, zoom))
    return path


def metres_to_pixels(metres: float, lat: float, zoom: int) -> float:
    return metres / (156543.034 * math.cos(math.radians(lat)) / (1 << zoom))


def round_pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def load(name: str) -> list[dict]:
    return json.loads((DEMO / f"{name}.geojson").read_text(encoding="utf-8"))["features"]


def road_lines() -> list[dict]:
    """Every way of the road network (``roads.osm``: the streets, the embankment, the left bank, the
    bridges), as GeoJSON lines: the basemap draws the roads the routing engine drives on."""
    from xml.etree import ElementTree as ET

    root = ET.parse(DEMO / "roads.osm").getroot()
    nodes = {n.get("id"): (float(n.get("lon", 0)), float(n.get("lat", 0))) for n in root.iter("node")}
    return [
        {"type": "LineString", "coordinates": [nodes[nd.get("ref")] for nd in way.iter("nd")]}
        for way in root.iter("way")
    ]


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    city, precincts, streets, rivers = load("city"), load("precincts"), load("streets"), load("river")
    network = road_lines()
    city_bounds = shape(city[0]["geometry"]).bounds
    street_bounds = (
        box(*shape({"type": "GeometryCollection", "geometries": [s["geometry"] for s in streets]}).bounds)
        .buffer(0.01)
        .bounds
    )
    lat = (city_bounds[1] + city_bounds[3]) / 2
    tiles: dict[int, bytes] = {}
    for zoom in [*CITY_ZOOMS, *STREET_ZOOMS]:
        outline = rings_path(city[0]["geometry"], zoom)
        areas = [
            (rings_path(p["geometry"], zoom), QColor(TINTS[n % len(TINTS)])) for n, p in enumerate(precincts)
        ]
        water = [
            (lines_path(r["geometry"], zoom), float(r["properties"].get("width_m", 300))) for r in rivers
        ]
        roads = [lines_path(line, zoom) for line in network]
        road_width = {10: 0.6, 11: 0.8, 12: 1.2, 13: 1.8, 14: 3.0, 15: 5.0, 16: 8.0}[zoom]
        for x, y in tile_range(city_bounds if zoom in CITY_ZOOMS else street_bounds, zoom):
            image = QImage(TILE, TILE, QImage.Format.Format_RGB32)
            image.fill(OUTSIDE)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.translate(-x * TILE, -y * TILE)
            painter.fillPath(outline, LAND)
            for path, tint in areas:
                painter.fillPath(path, tint)
                painter.strokePath(path, QPen(QColor("#cfd6dc"), 1))
            for path, width_m in water:
                painter.strokePath(path, round_pen(WATER, max(2.0, metres_to_pixels(width_m, lat, zoom))))
            if zoom >= 13:
                for path in roads:
                    painter.strokePath(path, round_pen(CASING, road_width + 1.5))
            for path in roads:
                painter.strokePath(path, round_pen(STREET if zoom >= 13 else CASING, road_width))
            painter.strokePath(outline, QPen(OUTLINE, 2))
            painter.setBrush(QBrush())
            painter.end()
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG", 9)
            tiles[zxy_to_tileid(zoom, x, y)] = bytes(data)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    west, south, east, north = city_bounds
    with OUT.open("wb") as f:
        writer = Writer(f)
        for tile_id in sorted(tiles):
            writer.write_tile(tile_id, tiles[tile_id])
        writer.finalize(
            {
                "tile_type": TileType.PNG,
                "tile_compression": Compression.NONE,
                "min_zoom": CITY_ZOOMS.start,
                "max_zoom": STREET_ZOOMS.stop - 1,
                "min_lon_e7": int(west * 1e7),
                "min_lat_e7": int(south * 1e7),
                "max_lon_e7": int(east * 1e7),
                "max_lat_e7": int(north * 1e7),
                "center_zoom": 13,
                "center_lon_e7": int((west + east) / 2 * 1e7),
                "center_lat_e7": int((south + north) / 2 * 1e7),
            },
            {"name": "Pavlodar demo basemap", "attribution": ATTRIBUTION},
        )
    print(f"{OUT.relative_to(ROOT)}: {len(tiles)} tiles, {OUT.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
