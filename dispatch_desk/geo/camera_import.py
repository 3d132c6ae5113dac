"""Reading a camera registry file: CSV (a header row naming the columns) or GeoJSON (Point features, the
columns as properties). All or nothing: a file with a bad row is refused with the rows at fault named."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from dispatch_desk.domain.cameras import Camera, Credentials
from dispatch_desk.domain.errors import ValidationError

MAX_BYTES = 50_000_000
MAX_CAMERAS = 200_000
SHOWN_ERRORS = 10


def read_cameras(path: Path) -> list[tuple[Camera, Credentials]]:
    if not path.is_file():
        raise ValidationError(f"cannot read {path}: no such file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValidationError(f"{path.name} is {size // 1_000_000} MB: a registry file may be at most 50 MB")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            f"{path.name} is not UTF-8 text ({error.reason} at byte {error.start})"
        ) from None
    rows = _geojson_rows(text, path.name) if path.suffix.lower() in (".geojson", ".json") else _csv_rows(text)
    if len(rows) > MAX_CAMERAS:
        raise ValidationError(f"{path.name} holds {len(rows)} cameras: at most {MAX_CAMERAS} a file")
    cameras, errors, seen = [], [], set()
    for number, row in rows:
        try:
            camera, secret = Camera.parse(row)
            if camera.id in seen:
                raise ValidationError(f"id {camera.id} appears twice")
            seen.add(camera.id)
            cameras.append((camera, secret))
        except ValidationError as error:
            errors.append(f"row {number}: {error}")
    if errors:
        more = f" (and {len(errors) - SHOWN_ERRORS} more)" if len(errors) > SHOWN_ERRORS else ""
        raise ValidationError("nothing imported: " + "; ".join(errors[:SHOWN_ERRORS]) + more)
    if not cameras:
        raise ValidationError(f"{path.name} holds no cameras")
    return cameras


def _csv_rows(text: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "id" not in [f.strip() for f in reader.fieldnames]:
            raise ValidationError("the first row must name the columns: id, name, lat, lon, stream_url, …")
        return [
            (n, {(k or "").strip(): v for k, v in row.items() if k}) for n, row in enumerate(reader, start=2)
        ]
    except csv.Error as error:
        raise ValidationError(f"not a CSV file: {error}") from None


def _geojson_rows(text: str, name: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise ValidationError(f"{name} is not JSON: {error}") from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise ValidationError(f"{name} is not a GeoJSON FeatureCollection")
    rows = []
    for n, feature in enumerate(features, start=1):
        props = feature.get("properties") if isinstance(feature, dict) else None
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        row: dict[str, Any] = dict(props) if isinstance(props, dict) else {}
        coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
        if (
            isinstance(geometry, dict)
            and geometry.get("type") == "Point"
            and isinstance(coords, list)
            and len(coords) >= 2
        ):
            row["lon"], row["lat"] = coords[0], coords[1]
        rows.append((n, row))
    return rows
