"""Build the map page once with folium, with every script and style from local files.

The page is kept beside a key of what it was built from (the precincts, streets, outline, tiles, language,
basemap and the desk's version); a start whose key matches loads the page as it is and never imports
folium, which with pandas is the largest part of a start.

Leaflet, jQuery and marker clustering come from the ``xstatic-*`` packages and are copied next to the
page with the desk's own ``desk.js``/``desk.css``; nothing is fetched from the network. Tiles are an
option: without a tile URL the page still shows the city outline, the precincts with their names and the
known streets.
"""

from __future__ import annotations

import hashlib
import html
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

import xstatic.pkg.jquery as xjquery
import xstatic.pkg.leaflet as xleaflet
import xstatic.pkg.leaflet_markercluster as xcluster
from shapely.geometry import shape

from dispatch_desk.domain.entities import Precinct, Street
from dispatch_desk.geo.tiles import ArchiveError, ArchiveInfo, TileArchive, open_archive
from dispatch_desk.resources import resources_dir
from dispatch_desk.ui.map.tiles import URL_TEMPLATE

if TYPE_CHECKING:
    from branca.element import Figure

    from dispatch_desk.composition import Services
    from dispatch_desk.config import Settings

ASSETS = "assets"


@dataclass(frozen=True)
class MapContent:
    precincts: list[Precinct]
    streets: list[Street]
    outline: dict | None = None  # GeoJSON geometry of the city
    tile_url: str = ""
    tile_attribution: str = ""
    language: str = "en"
    basemap: ArchiveInfo | None = None  # raster tiles from a local archive, through desk-tiles:


@dataclass
class PreparedMap:
    path: Path  # the page
    basemap: TileArchive | None  # what desk-tiles: serves
    problem: str = ""  # why the basemap set in the settings is not shown


DEMO_BASEMAP = "pavlodar.pmtiles"


def prepare_map(services: Services, settings: Settings, language: str, folder: Path) -> PreparedMap:
    """The map page of this database (its precincts and streets; the demo city's outline and basemap)
    and the basemap archive the settings name; a basemap that cannot be read is left out, with the
    reason, and never stops the desk."""
    from dispatch_desk.demo.city import load_city_outline

    outline = load_city_outline() if services.is_demo else None
    streets = [e.street for e in services.geo.gazetteer.entries]
    archive, problem = None, ""
    if settings.basemap == "demo":
        path = resources_dir() / "basemap" / DEMO_BASEMAP if services.is_demo else None
    else:
        path = Path(settings.basemap).expanduser() if settings.basemap else None
    if path is not None:
        try:
            archive = open_archive(path)
        except ArchiveError as exc:
            problem = str(exc)
    content = MapContent(
        services.geo.precincts(),
        streets,
        outline,
        settings.tile_url,
        settings.tile_attribution,
        language,
        archive.info if archive is not None else None,
    )
    return PreparedMap(build_page(content, folder), archive, problem)


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
        resources_dir() / "map" / "motion.js": "motion.js",
        resources_dir() / "map" / "roads.js": "roads.js",
        resources_dir() / "map" / "cameras.js": "cameras.js",
        resources_dir() / "map" / "desk.css": "desk.css",
    }
    for source, name in files.items():
        shutil.copyfile(source, target / name)
    images = Path(xleaflet.BASE_DIR) / "images"
    if images.is_dir():
        shutil.copytree(images, target / "images", dirs_exist_ok=True)


PAGE_SCRIPTS = (
    "leaflet.markercluster.js",
    "qwebchannel.js",
    "desk.js",
    "motion.js",
    "roads.js",
    "cameras.js",
)  # a new one: a new page


def page_key(content: MapContent) -> str:
    """What the page is built from, as one digest: equal keys, equal pages."""
    from importlib.metadata import version

    from dispatch_desk import __version__

    described = repr((__version__, version("folium"), PAGE_SCRIPTS, content))
    return hashlib.sha256(described.encode("utf-8")).hexdigest()


def build_page(content: MapContent, folder: Path) -> Path:
    """Write the page (and its assets) into ``folder``, or keep the page already there when it was built
    from the same content; returns the page's path."""
    _copy_assets(folder / ASSETS)
    page, key_file = folder / "map.html", folder / "map.key"
    key = page_key(content)
    try:
        if page.is_file() and key_file.read_text(encoding="utf-8") == key:
            return page
    except OSError:
        pass  # no key yet: build
    folder.mkdir(parents=True, exist_ok=True)
    key_file.unlink(missing_ok=True)  # a page half written is never taken for a built one
    page.write_text(_render(content), encoding="utf-8")
    key_file.write_text(key, encoding="utf-8")
    return page


def _render(content: MapContent) -> str:
    import folium
    from branca.element import Element

    centre = _centre(content)
    # no scale from folium: desk.js adds a metric one
    folium_map = folium.Map(
        location=centre, zoom_start=12, tiles=None, max_zoom=19, min_zoom=8, control_scale=False
    )
    folium_map.default_js = [("leaflet", f"{ASSETS}/leaflet.js"), ("jquery", f"{ASSETS}/jquery.min.js")]
    folium_map.default_css = [("leaflet_css", f"{ASSETS}/leaflet.css")]
    root = cast("Figure", folium_map.get_root())
    for css in ("MarkerCluster.css", "MarkerCluster.Default.css", "desk.css"):
        root.header.add_child(Element(f'<link rel="stylesheet" href="{ASSETS}/{css}"/>'))
    # In the body, so that they load after the Leaflet that folium puts into the header when rendering.
    for script in (
        f"{ASSETS}/leaflet.markercluster.js",
        "qrc:///qtwebchannel/qwebchannel.js",
        f"{ASSETS}/desk.js",
        f"{ASSETS}/motion.js",
        f"{ASSETS}/roads.js",
        f"{ASSETS}/cameras.js",
    ):
        root.html.add_child(Element(f'<script src="{script}"></script>'))
    _add_layers(folium_map, content)
    # Street names in the desk's language, placed by the page (never drawn into the tiles).
    options = json.dumps({"streets": _street_labels(content)}, ensure_ascii=True).replace("</", "<\\/")
    # folium writes the map's own script when rendering, after this one: start once the document is parsed.
    root.script.add_child(
        Element(
            f'document.addEventListener("DOMContentLoaded", () => desk.init({folium_map.get_name()}, {options}));'
        )
    )
    return root.render()


def _add_layers(folium_map, content: MapContent) -> None:
    """The offline basemap (or the configured tiles), and without a basemap the city's outline and streets;
    the precincts' boundaries and their labels."""
    import folium

    basemap = content.basemap
    if basemap is not None:
        west, south, east, north = basemap.bounds or (-180.0, -85.0, 180.0, 85.0)
        folium.TileLayer(
            tiles=URL_TEMPLATE,
            attr=html.escape(basemap.attribution) or "basemap",
            max_zoom=19,
            min_zoom=8,
            max_native_zoom=basemap.max_zoom,
            min_native_zoom=basemap.min_zoom,
            bounds=[[south, west], [north, east]],
            name="basemap",
            className="dd-basemap",
        ).add_to(folium_map)
    if content.tile_url:
        folium.TileLayer(
            tiles=content.tile_url, attr=content.tile_attribution or "tiles", max_zoom=19
        ).add_to(folium_map)
    if content.outline and basemap is None:  # the basemap draws the outline and the streets itself
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
    if content.streets and basemap is None:
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


def _street_labels(content: MapContent) -> list[dict]:
    """Each street's name at its middle, in the desk's language."""
    labels = []
    for street in content.streets:
        line = shape(street.geometry)
        point = line.interpolate(0.5, normalized=True) if not line.is_empty else None
        if point is not None:
            labels.append(
                {"name": street.name(content.language) or street.name_ru, "lat": point.y, "lon": point.x}
            )
    return labels


def _centre(content: MapContent) -> list[float]:
    if content.outline:
        point = shape(content.outline).centroid
        return [point.y, point.x]
    if content.precincts:
        point = shape(content.precincts[0].boundary).centroid
        return [point.y, point.x]
    return [52.2857, 76.9455]
