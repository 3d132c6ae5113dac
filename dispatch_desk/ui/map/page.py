"""Build the map page once with folium, with every script and style from local files.

Leaflet, jQuery and marker clustering come from the ``xstatic-*`` packages and are copied next to the
page with the desk's own ``desk.js``/``desk.css``; nothing is fetched from the network. Tiles are an
option: without a tile URL the page still shows the city outline, the precincts with their names and the
known streets.
"""

from __future__ import annotations

import html
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import folium
import xstatic.pkg.jquery as xjquery
import xstatic.pkg.leaflet as xleaflet
import xstatic.pkg.leaflet_markercluster as xcluster
from branca.element import Element
from shapely.geometry import shape

from dispatch_desk.domain.entities import Precinct, Street
from dispatch_desk.resources import resources_dir

ASSETS = "assets"


@dataclass(frozen=True)
class MapContent:
    precincts: list[Precinct]
    streets: list[Street]
    outline: dict | None = None  # GeoJSON geometry of the city
    tile_url: str = ""
    tile_attribution: str = ""
    language: str = "en"


def _copy_assets(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    files = {
        Path(xleaflet.BASE_DIR) / "leaflet.js": "leaflet.js",
        Path(xleaflet.BASE_DIR) / "leaflet.css": "leaflet.css",
        Path(xjquery.BASE_DIR) / "jquery.min.js": "jquery.min.js",
        Path(xcluster.BASE_DIR) / "leaflet.markercluster.js": "leaflet.markercluster.js",
        Path(xcluster.BASE_DIR) / "MarkerCluster.css": "MarkerCluster.css",
        Path(xcluster.BASE_DIR) / "MarkerCluster.Default.css": "MarkerCluster.Default.css",
        resources_dir() / "map" / "desk.js": "desk.js",
        resources_dir() / "map" / "desk.css": "desk.css",
    }
    for source, name in files.items():
        shutil.copyfile(source, target / name)
    images = Path(xleaflet.BASE_DIR) / "images"
    if images.is_dir():
        shutil.copytree(images, target / "images", dirs_exist_ok=True)


def build_page(content: MapContent, folder: Path) -> Path:
    """Write the page (and its assets) into ``folder``; returns the page's path."""
    _copy_assets(folder / ASSETS)
    centre = _centre(content)
    folium_map = folium.Map(
        location=centre, zoom_start=12, tiles=None, max_zoom=19, min_zoom=8, control_scale=True
    )
    folium_map.default_js = [("leaflet", f"{ASSETS}/leaflet.js"), ("jquery", f"{ASSETS}/jquery.min.js")]
    folium_map.default_css = [("leaflet_css", f"{ASSETS}/leaflet.css")]
    root = folium_map.get_root()
    for css in ("MarkerCluster.css", "MarkerCluster.Default.css", "desk.css"):
        root.header.add_child(Element(f'<link rel="stylesheet" href="{ASSETS}/{css}"/>'))
    # In the body, so that they load after the Leaflet that folium puts into the header when rendering.
    for script in (
        f"{ASSETS}/leaflet.markercluster.js",
        "qrc:///qtwebchannel/qwebchannel.js",
        f"{ASSETS}/desk.js",
    ):
        root.html.add_child(Element(f'<script src="{script}"></script>'))
    if content.tile_url:
        folium.TileLayer(
            tiles=content.tile_url, attr=content.tile_attribution or "tiles", max_zoom=19
        ).add_to(folium_map)
    if content.outline:
        folium.GeoJson(
            {"type": "Feature", "properties": {}, "geometry": content.outline},
            name="city",
            style_function=lambda _: {
                "color": "#455a64",
                "weight": 2,
                "fill": True,
                "fillColor": "#ffffff",
                "fillOpacity": 0.6,
            },
            interactive=False,
        ).add_to(folium_map)
    if content.streets:
        folium.GeoJson(
            {
                "type": "FeatureCollection",
                "features": [
                    {"type": "Feature", "properties": {}, "geometry": s.geometry} for s in content.streets
                ],
            },
            name="streets",
            style_function=lambda _: {"color": "#90a4ae", "weight": 2, "opacity": 0.8},
            interactive=False,
        ).add_to(folium_map)
    for precinct in content.precincts:
        folium.GeoJson(
            {"type": "Feature", "properties": {}, "geometry": precinct.boundary},
            style_function=lambda _: {"color": "#1e88e5", "weight": 1.5, "dashArray": "4 4", "fill": False},
            interactive=False,
        ).add_to(folium_map)
        point = shape(precinct.boundary).representative_point()
        label = html.escape(f"{precinct.code} {precinct.name(content.language)}")
        folium.Marker(
            [point.y, point.x],
            icon=folium.DivIcon(html=f'<div class="dd-precinct-label">{label}</div>', icon_size=(160, 16)),
            interactive=False,
        ).add_to(folium_map)
    # folium writes the map's own script when rendering, after this one: start once the document is parsed.
    root.script.add_child(
        Element(f'document.addEventListener("DOMContentLoaded", () => desk.init({folium_map.get_name()}));')
    )
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / "map.html"
    page.write_text(root.render(), encoding="utf-8")
    return page


def _centre(content: MapContent) -> list[float]:
    if content.outline:
        point = shape(content.outline).centroid
        return [point.y, point.x]
    if content.precincts:
        point = shape(content.precincts[0].boundary).centroid
        return [point.y, point.x]
    return [52.2857, 76.9455]


def js_call(function: str, *args) -> str:
    """One call of the page's API; arguments as JSON (ASCII-only, so no line separators sneak in)."""
    return f"desk.{function}({', '.join(json.dumps(a, ensure_ascii=True) for a in args)});"
