"""Reading precinct boundaries from GeoJSON, with every problem named by its feature.

Polygon and MultiPolygon features are taken; invalid rings are repaired with ``make_valid`` and a
warning; other geometry types are skipped with a warning; coordinates that cannot be longitude/latitude,
or that look swapped (latitude first), reject the file. Nothing is written here: the caller stores the
result in one transaction, so an import is all or nothing.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import mapping, shape

from dispatch_desk.domain.entities import Precinct
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.values import clean_text

MAX_FILE_BYTES = 200 * 1024 * 1024
POLYGONAL = ("Polygon", "MultiPolygon")


class BoundaryError(ValidationError):
    pass


@dataclass
class BoundaryImport:
    precincts: list[Precinct]
    warnings: list[str] = field(default_factory=list)


def _positions(coordinates: Any):
    if isinstance(coordinates, list | tuple) and coordinates and isinstance(coordinates[0], int | float):
        yield coordinates
        return
    if isinstance(coordinates, list | tuple):
        for item in coordinates:
            yield from _positions(item)


def _check_coordinates(geometry: dict, where: str) -> None:
    count = 0
    swapped_possible = True
    for position in _positions(geometry.get("coordinates")):
        count += 1
        if len(position) < 2 or not all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in position[:2]
        ):
            raise BoundaryError(f"{where}: a position is not a pair of numbers: {position!r:.60}")
        lon, lat = float(position[0]), float(position[1])
        if not (math.isfinite(lon) and math.isfinite(lat)):
            raise BoundaryError(f"{where}: a coordinate is not a finite number")
        if abs(lon) > 180 or abs(lat) > 90:
            if abs(lat) <= 180 and abs(lon) <= 90 and swapped_possible:
                raise BoundaryError(
                    f"{where}: coordinates look swapped ({lon}, {lat}): GeoJSON wants longitude first, then latitude"
                )
            raise BoundaryError(f"{where}: ({lon}, {lat}) cannot be longitude/latitude")
    if count == 0:
        raise BoundaryError(f"{where}: the geometry has no coordinates")


def _name(properties: dict, key: str, lang: str) -> str | None:
    for candidate in (f"{key}:{lang}", f"{key}_{lang}"):
        value = properties.get(candidate)
        if isinstance(value, str) and value.strip():
            return value
    return None


def read_precinct_geojson(
    path: Path, name_property: str, code_property: str | None = None, *, max_bytes: int = MAX_FILE_BYTES
) -> BoundaryImport:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BoundaryError(f"cannot read {path}: {exc.strerror}") from None
    if size > max_bytes:
        raise BoundaryError(
            f"{path} is {size // (1024 * 1024)} MB; boundary files are limited to {max_bytes // (1024 * 1024)} MB"
        )
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BoundaryError(f"{path} is not UTF-8 text") from None
    except (json.JSONDecodeError, RecursionError) as exc:
        raise BoundaryError(f"{path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("type") not in ("FeatureCollection", "Feature"):
        raise BoundaryError(f"{path} is not a GeoJSON FeatureCollection")
    features = data.get("features") if data["type"] == "FeatureCollection" else [data]
    if not isinstance(features, list):
        raise BoundaryError(f"{path}: 'features' must be a list")
    result = BoundaryImport([])
    seen: dict[str, int] = {}
    for number, feature in enumerate(features, start=1):
        if not isinstance(feature, dict):
            raise BoundaryError(f"feature {number} is not a GeoJSON object")
        properties = feature.get("properties") or {}
        if not isinstance(properties, dict):
            raise BoundaryError(f"feature {number}: 'properties' must be an object")
        raw_name = properties.get(name_property)
        label = f"feature {number}" + (f" ({raw_name!s:.60})" if raw_name is not None else "")
        geometry = feature.get("geometry")
        kind = geometry.get("type") if isinstance(geometry, dict) else None
        if not isinstance(geometry, dict) or kind not in POLYGONAL:
            result.warnings.append(f"{label}: skipped, its geometry is {kind or 'missing'}, not a polygon")
            continue
        if raw_name is None or (isinstance(raw_name, str) and not raw_name.strip()):
            raise BoundaryError(f"{label}: has no property '{name_property}' for the name")
        name = clean_text(str(raw_name), f"{label} name", 200, required=True)
        raw_code = properties.get(code_property) if code_property else raw_name
        if raw_code is None:
            raise BoundaryError(f"{label}: has no property '{code_property}' for the code")
        code = clean_text(str(raw_code), f"{label} code", 40, required=True)
        if code in seen and result.precincts[seen[code]].name_en != name:
            raise BoundaryError(f"{label}: code '{code}' is also the code of a differently named feature")
        _check_coordinates(geometry, label)
        try:
            polygon = shape(geometry)
        except (ValueError, TypeError, AttributeError, IndexError) as exc:
            raise BoundaryError(f"{label}: the geometry cannot be read: {exc}") from None
        if not polygon.is_valid:
            reason = shapely.is_valid_reason(polygon)
            repaired = shapely.make_valid(polygon)
            parts = [g for g in getattr(repaired, "geoms", [repaired]) if g.geom_type in POLYGONAL]
            if not parts:
                raise BoundaryError(f"{label}: the polygon is invalid ({reason}) and cannot be repaired")
            polygon = shapely.union_all(parts)
            result.warnings.append(f"{label}: invalid polygon repaired ({reason})")
        if polygon.is_empty or polygon.area == 0:
            raise BoundaryError(f"{label}: the polygon has no area")
        if code in seen:
            # Several features with one code and name are the parts of one precinct.
            earlier = result.precincts[seen[code]]
            earlier.boundary = mapping(shapely.union_all([shape(earlier.boundary), polygon]))
            result.warnings.append(f"{label}: merged with the earlier feature of precinct '{code}'")
            continue
        seen[code] = len(result.precincts)
        result.precincts.append(
            Precinct(
                code=code,
                name_kk=_name(properties, name_property, "kk") or name,
                name_ru=_name(properties, name_property, "ru") or name,
                name_en=_name(properties, name_property, "en") or name,
                boundary=mapping(polygon),
            )
        )
    if not result.precincts:
        raise BoundaryError(f"{path} holds no polygon features")
    return result
