"""Address data from an OpenStreetMap extract (.osm, .osm.pbf, read with pyosmium).

- Named streets (``highway=*`` ways with a ``name``): their geometry is kept, for interpolating house
  numbers and for drawing streets on a map without tiles. ``name``, ``name:ru``, ``name:kk``, ``name:en``
  and ``old_name`` become spellings.
- Addresses: nodes and buildings with ``addr:housenumber`` and ``addr:street`` (a building by its centroid).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import osmium
import osmium.geom
import shapely
from shapely.geometry import LineString, mapping

from dispatch_desk.domain.entities import Street
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.geo.gazetteer import transliterate

STREET_HIGHWAYS = frozenset(
    "motorway trunk primary secondary tertiary unclassified residential living_street pedestrian road "
    "service primary_link secondary_link tertiary_link".split()
)
SUFFIXES = (".osm", ".osm.pbf", ".pbf", ".osm.bz2", ".osm.gz", ".opl")


@dataclass
class OsmAddress:
    street: str
    housenumber: str
    lat: float
    lon: float
    source_id: str


@dataclass
class OsmGazetteer:
    streets: list[Street] = field(default_factory=list)
    addresses: list[OsmAddress] = field(default_factory=list)
    skipped: int = 0


def _latin(name: str) -> str:
    text = transliterate(name.lower())
    return " ".join(w.capitalize() for w in text.split())


def read_osm(path: Path) -> OsmGazetteer:
    if not path.is_file():
        raise ValidationError(f"cannot read {path}: no such file")
    if not path.name.lower().endswith(SUFFIXES):
        raise ValidationError(f"{path.name}: an OpenStreetMap file ends in .osm or .osm.pbf")
    lines: dict[str, list[LineString]] = defaultdict(list)
    names: dict[str, dict[str, str]] = {}
    result = OsmGazetteer()
    wkb = osmium.geom.WKBFactory()
    try:
        for obj in osmium.FileProcessor(str(path)).with_locations().with_areas():
            tags = obj.tags
            if (
                isinstance(obj, osmium.osm.Way)
                and tags.get("highway") in STREET_HIGHWAYS
                and tags.get("name")
            ):
                try:
                    coordinates = [(n.lon, n.lat) for n in obj.nodes]
                except osmium.InvalidLocationError:
                    result.skipped += 1
                    continue
                if len(coordinates) >= 2:
                    name = tags["name"].strip()[:200]
                    lines[name].append(LineString(coordinates))
                    spellings = names.setdefault(name, {})
                    for key in ("name:ru", "name:kk", "name:en", "old_name", "alt_name"):
                        if tags.get(key):
                            spellings.setdefault(key, tags[key].strip()[:200])
            house, street = tags.get("addr:housenumber"), tags.get("addr:street")
            if not house or not street:
                continue
            if isinstance(obj, osmium.osm.Node):
                if obj.location.valid():
                    result.addresses.append(
                        OsmAddress(street[:200], house[:40], obj.location.lat, obj.location.lon, f"n{obj.id}")
                    )
            elif isinstance(obj, osmium.osm.Area):
                try:
                    centroid = shapely.from_wkb(wkb.create_multipolygon(obj)).centroid
                except (RuntimeError, shapely.errors.GEOSException):
                    result.skipped += 1
                    continue
                origin = f"w{obj.orig_id()}" if obj.from_way() else f"r{obj.orig_id()}"
                result.addresses.append(OsmAddress(street[:200], house[:40], centroid.y, centroid.x, origin))
    except (RuntimeError, ValueError, osmium.InvalidLocationError) as exc:
        # libosmium's refusals: an unreadable file, a tag value past its limit, a coordinate that is no
        # number ("nan", "1e308"): the whole file is refused, nothing stored
        raise ValidationError(f"{path.name} cannot be read as OpenStreetMap data: {str(exc)[:200]}") from None
    numbers: dict[str, list[int]] = defaultdict(list)
    for address in result.addresses:
        match = re.match(r"\d+", address.housenumber)
        if match:
            numbers[address.street].append(int(match.group()))
    for name, parts in lines.items():
        merged = shapely.line_merge(shapely.MultiLineString(parts)) if len(parts) > 1 else parts[0]
        spellings = names.get(name, {})
        known = numbers.get(name) or numbers.get(spellings.get("name:ru", "")) or []
        alt = [v for k in ("old_name", "alt_name") for v in spellings.get(k, "").split(";") if v.strip()]
        result.streets.append(
            Street(
                name_ru=spellings.get("name:ru", name),
                name_kk=spellings.get("name:kk", name),
                name_en=spellings.get("name:en", _latin(spellings.get("name:ru", name))),
                geometry=mapping(shapely.set_precision(merged, 1e-7)),
                house_min=min(known) if known else None,
                house_max=max(known) if known else None,
                alt_names=[name, *[a.strip() for a in alt]],
            )
        )
    if not result.streets and not result.addresses:
        raise ValidationError(f"{path.name} holds no named streets and no addresses")
    return result
