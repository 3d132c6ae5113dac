"""The routing engine: Valhalla, in process, over tiles built from the imported OpenStreetMap extract.

- ``build_road_network(source, archive)`` turns an extract (.osm, .osm.pbf, …) into Valhalla's tiles
  and packs them into one archive (a tar that the engine reads in place); an .osm XML file is first
  rewritten as .osm.pbf with pyosmium, since the tile builder reads PBF only.
- ``RoadEngine(archive)`` answers: the drive (or walk) times of many units to one incident, a route with
  its geometry and turn list, the bridges on it, and the areas reachable within some minutes.

Valhalla's actor is not safe to share between threads: the engine keeps one actor a lane, each behind its
lock, and shares a large matrix among them. The work itself runs outside Python's GIL, so a worker thread
does not stall the desk's window.

Why ``timedistancematrix`` for the times: with one incident and many units it is one search outward from
the incident over the reversed roads, 20 ms for 200 units of a city. Valhalla's default for cars,
``costmatrix``, searches from both ends with the hierarchy limits and destination-only edges of a route's
first pass and gives *no time* (null) for a unit standing on a destination-only street (a courtyard, a
bus lane by a station) until a second pass that is off by default; on a small extract such streets are a
large share of the network, which is why the matrix looked broken there.
"""

from __future__ import annotations

import copy
import json
import math
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.roads import RoadLeg, Route, TravelMode, Turn

COSTING = {TravelMode.CAR: "auto", TravelMode.FOOT: "pedestrian"}
LANGUAGES = {"ru": "ru-RU", "kk": "ru-RU", "en": "en-US"}  # Valhalla has no Kazakh narrative
BUILD_TIMEOUT_S = 600
LANES = min(2, os.cpu_count() or 1)  # actors working on one question at once (a desk has 2 cores at least)
SPLIT_AT = 100  # units: from this many, their placing on the roads is shared among the lanes
OFF_ROAD_SPEED = {TravelMode.CAR: 4.0, TravelMode.FOOT: 1.2}  # m/s from where a unit stands to the road
XML_SUFFIXES = (".osm", ".osm.bz2", ".osm.gz", ".opl")


class RoutingError(RuntimeError):
    """The engine could not answer (no roads near a place, a broken archive, an engine failure)."""


@dataclass(frozen=True)
class RoadBuild:
    archive: Path
    bytes: int
    tiles: int
    seconds: float


def _config(tile_dir: Path, archive: Path) -> dict[str, Any]:
    from valhalla import get_config

    # get_config copies its defaults shallowly: a deep copy keeps our changes out of the module's defaults
    config: dict[str, Any] = copy.deepcopy(get_config(tile_extract="", tile_dir="", verbose=False))
    config["mjolnir"]["tile_dir"], config["mjolnir"]["tile_extract"] = str(tile_dir), str(archive)
    config["mjolnir"]["logging"] = {"type": "", "color": False}
    config["loki"]["logging"] = config["thor"]["logging"] = config["odin"]["logging"] = {"type": ""}
    config["thor"]["source_to_target_algorithm"] = "timedistancematrix"
    # A place is put on a road from which at least 20 others can be reached (Valhalla's default, 50, costs a
    # third of a 200-unit question; 20 still keeps units off a parking aisle cut off from the streets).
    config["loki"]["service_defaults"]["minimum_reachability"] = 20
    limits = config["service_limits"]
    for costing in ("auto", "pedestrian"):
        limits[costing]["max_matrix_location_pairs"] = 20_000
        limits[costing]["max_matrix_distance"] = 200_000.0
    limits["isochrone"]["max_locations"] = 200
    limits["isochrone"]["max_time_contour"] = 60
    limits["trace"]["max_shape"] = 20_000
    return config


def build_road_network(source: Path, archive: Path) -> RoadBuild:
    """Build the routing archive from an OpenStreetMap extract; the old archive stays until the new one is
    complete. Raises ``ValidationError`` for an unreadable file or one without roads."""
    started = time.perf_counter()
    if not source.is_file():
        raise ValidationError(f"cannot read {source}: no such file")
    archive.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="roads-", dir=archive.parent) as work_dir:
        work = Path(work_dir)
        pbf = _as_pbf(source, work)
        if not _has_roads(pbf):  # the tile builder itself would crash on such a file
            raise ValidationError(f"{source.name}: no roads a car or a walker can use")
        tiles = work / "tiles"
        tiles.mkdir()
        partial = work / "roads.tar"
        config_path = work / "valhalla.json"
        config_path.write_text(json.dumps(_config(tiles, partial)), encoding="utf-8")
        _run(
            [
                str(_engine_tool("valhalla_build_tiles")),
                "-c",
                str(config_path),
                str(pbf),
            ]
        )
        count = sum(1 for _ in tiles.rglob("*.gph"))
        if count == 0:
            raise ValidationError(f"{source.name}: no roads a car or a walker can use")
        _run([sys.executable, "-m", "valhalla.valhalla_build_extract", "-c", str(config_path), "-O"])
        if not partial.is_file():
            raise RoutingError("the routing archive was not written")
        os.replace(partial, archive)  # readers see the old archive or the new, never half
    return RoadBuild(archive, archive.stat().st_size, count, time.perf_counter() - started)


def _as_pbf(source: Path, work: Path) -> Path:
    name = source.name.lower()
    if name.endswith(".pbf"):
        return source
    if not name.endswith(XML_SUFFIXES):
        raise ValidationError(f"{source.name}: an OpenStreetMap file ends in .osm or .osm.pbf")
    import osmium

    target = work / "roads.osm.pbf"
    try:
        with osmium.SimpleWriter(str(target)) as writer:
            for item in osmium.FileProcessor(str(source)):
                writer.add(item)
    except RuntimeError as error:
        raise ValidationError(f"{source.name}: not a readable OpenStreetMap file ({error})") from error
    return target


def _has_roads(pbf: Path) -> bool:
    import osmium

    try:
        ways = osmium.FileProcessor(str(pbf), osmium.osm.WAY).with_filter(osmium.filter.KeyFilter("highway"))
        return any(isinstance(way, osmium.osm.Way) and len(way.nodes) >= 2 for way in ways)
    except RuntimeError as error:
        raise ValidationError(f"{pbf.name}: not a readable OpenStreetMap file ({error})") from error


def _engine_tool(name: str) -> Path:
    """One of the engine's programs that its wheel carries (found there, not on PATH)."""
    import valhalla

    return Path(valhalla.__file__).resolve().parent / "bin" / name


def _run(command: list[str]) -> None:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as error:
        raise RoutingError(f"building the road network took longer than {BUILD_TIMEOUT_S} s") from error
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise RoutingError("building the road network failed: " + " / ".join(tail))


def decode_polyline6(text: str) -> list[tuple[float, float]]:
    """Valhalla's encoded shapes: Google's polyline algorithm at six decimal places, (lat, lon) pairs."""
    points: list[tuple[float, float]] = []
    index = lat = lon = 0
    while index < len(text):
        deltas = []
        for _ in range(2):
            shift = result = 0
            while True:
                byte = ord(text[index]) - 63
                index += 1
                result |= (byte & 0x1F) << shift
                shift += 5
                if byte < 0x20:
                    break
            deltas.append(~(result >> 1) if result & 1 else result >> 1)
        lat += deltas[0]
        lon += deltas[1]
        points.append((lat / 1e6, lon / 1e6))
    return points


class RoadEngine:
    """Valhalla over one routing archive. Methods raise ``RoutingError`` when the engine cannot answer."""

    def __init__(self, archive: Path, lanes: int = LANES) -> None:
        import valhalla

        if not archive.is_file():
            raise RoutingError(f"no routing archive at {archive}")
        if not _holds_tiles(archive):
            raise RoutingError(f"{archive.name} is not a routing archive (no graph tiles in it)")
        self.archive = archive
        self._config_dir = tempfile.mkdtemp(prefix="dispatch-desk-roads-")
        config = _config(Path(self._config_dir) / "no-tiles", archive)
        # One actor a lane, each used by one thread at a time: placing many units on the roads (the
        # matrix's costly part) is shared among the lanes; the tiles are mapped once for all.
        self._lanes = max(1, lanes)
        self._locks = [threading.Lock() for _ in range(self._lanes)]
        try:
            self._actors: list[Any] = [valhalla.Actor(config) for _ in range(self._lanes)]
        except Exception as error:  # a broken archive: the engine says so in its own words
            raise RoutingError(f"cannot open the routing archive: {error}") from error
        self._pool = ThreadPoolExecutor(self._lanes, thread_name_prefix="roads") if self._lanes > 1 else None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
        for n, lock in enumerate(self._locks):
            with lock:
                self._actors[n] = None  # the engine's memory goes now, not at the interpreter's end
        shutil.rmtree(self._config_dir, ignore_errors=True)

    def _call(self, action: str, request: dict[str, Any], lane: int = 0) -> Any:
        with self._locks[lane]:
            actor = self._actors[lane]
            if actor is None:
                raise RoutingError("the routing engine was closed")
            try:
                answer = getattr(actor, action)(request)
            except Exception as error:  # ValhallaError and whatever the bindings raise
                raise RoutingError(str(error)) from error
        return answer

    def snap_m(self, lat: float, lon: float, mode: TravelMode) -> float:
        """How far the nearest road a unit of ``mode`` can use lies from a point, in metres."""
        return self.snaps([(lat, lon)], mode)[0]

    def snaps(self, points: Sequence[tuple[float, float]], mode: TravelMode) -> list[float]:
        """For each point, how far the nearest road of ``mode`` lies (inf: none within the search)."""
        if not points:
            return []
        answer = self._call(
            "locate", {"locations": [_at(*p) for p in points], "costing": COSTING[mode], "verbose": False}
        )
        found = []
        for point, place in zip(points, answer if isinstance(answer, list) else [], strict=False):
            edges = (place or {}).get("edges") or []
            found.append(
                min(
                    (_metres(*point, e["correlated_lat"], e["correlated_lon"]) for e in edges),
                    default=math.inf,
                )
            )
        return found + [math.inf] * (len(points) - len(found))

    def legs_to(
        self, target: tuple[float, float], sources: Sequence[tuple[float, float]], mode: TravelMode
    ) -> list[RoadLeg | None]:
        """The way from each source to the target by the roads (None where no road leads there), from the
        road nearest to each source: how far a unit stands off its road is ``snaps``' to say (asked for the
        few units shown; the concise answer for all is a third faster)."""
        if not sources:
            return []
        if self._pool is None or len(sources) < SPLIT_AT:
            return self._legs(target, sources, mode, 0)
        size = -(-len(sources) // self._lanes)
        parts = [sources[i : i + size] for i in range(0, len(sources), size)]
        futures = [self._pool.submit(self._legs, target, part, mode, n) for n, part in enumerate(parts)]
        return [leg for future in futures for leg in future.result()]

    def _legs(
        self, target: tuple[float, float], sources: Sequence[tuple[float, float]], mode: TravelMode, lane: int
    ) -> list[RoadLeg | None]:
        answer = self._call(
            "matrix",
            {
                "sources": [_at(*s) for s in sources],
                "targets": [_at(*target)],
                "costing": COSTING[mode],
                "verbose": False,
            },
            lane,
        )
        table = answer.get("sources_to_targets") or {}
        times, lengths = table.get("durations") or [], table.get("distances") or []
        legs: list[RoadLeg | None] = []
        for n in range(len(sources)):
            time_s = times[n][0] if n < len(times) and times[n] else None
            length = lengths[n][0] if n < len(lengths) and lengths[n] else None
            legs.append(
                None if time_s is None or length is None else RoadLeg(float(time_s), float(length) * 1000.0)
            )
        return legs

    def route(
        self,
        origin: tuple[float, float],
        target: tuple[float, float],
        mode: TravelMode,
        language: str = "ru",
    ) -> Route:
        """The way from ``origin`` to ``target`` with its geometry, turns and the bridges it crosses."""
        answer = self._call(
            "route",
            {
                "locations": [_at(*origin), _at(*target)],
                "costing": COSTING[mode],
                "units": "kilometers",
                "language": LANGUAGES.get(language, "en-US"),
            },
        )
        leg = answer["trip"]["legs"][0]
        points = decode_polyline6(leg["shape"])
        turns, seconds_at = [], [0.0] * len(points)
        for m in leg.get("maneuvers", []):
            first, last = int(m["begin_shape_index"]), int(m["end_shape_index"])
            names = m.get("street_names") or []
            turns.append(
                Turn(m["instruction"], m["length"] * 1000.0, m["time"], first, names[0] if names else "")
            )
            _spread(points, seconds_at, first, last, float(m["time"]))
        summary = answer["trip"]["summary"]
        return Route(
            tuple(points),
            float(summary["time"]),
            float(summary["length"]) * 1000.0,
            tuple(turns),
            self.bridges(points, mode),
            mode,
            tuple(seconds_at),
        )

    def bridges(self, points: Sequence[tuple[float, float]], mode: TravelMode) -> tuple[str, ...]:
        """The named bridges along a way, in the order driven (an unnamed bridge is left out)."""
        if len(points) < 2:
            return ()
        answer = self._call(
            "trace_attributes",
            {
                "shape": [_at(*p) for p in points],
                "costing": COSTING[mode],
                "shape_match": "edge_walk",
                "filters": {"attributes": ["edge.names", "edge.bridge"], "action": "include"},
            },
        )
        found: list[str] = []
        for edge in answer.get("edges", []):
            names = edge.get("names") or []
            if edge.get("bridge") and names and names[0] not in found:
                found.append(names[0])
        return tuple(found)

    def isochrones(
        self, origin: tuple[float, float], minutes: Sequence[int], mode: TravelMode = TravelMode.CAR
    ) -> dict[int, dict[str, Any]]:
        """The area reachable from ``origin`` within each of ``minutes``: GeoJSON polygons by minutes."""
        answer = self._call(
            "isochrone",
            {
                "locations": [_at(*origin)],
                "costing": COSTING[mode],
                "contours": [{"time": m} for m in minutes],
                "polygons": True,
                "denoise": 0.5,
                "generalize": 20,
            },
        )
        return {round(f["properties"]["contour"]): f["geometry"] for f in answer.get("features", [])}


def _spread(
    points: Sequence[tuple[float, float]], seconds_at: list[float], first: int, last: int, time: float
) -> None:
    """Share a manoeuvre's time among its points by length."""
    if last <= first:
        return
    lengths = [_metres(*points[i], *points[i + 1]) for i in range(first, last)]
    total = sum(lengths) or 1.0
    start = seconds_at[first]
    for offset, length in enumerate(lengths, start=1):
        start += time * length / total
        seconds_at[first + offset] = start


def _holds_tiles(archive: Path) -> bool:
    """Whether a file is a tar of Valhalla's graph tiles (the engine itself opens any file, and answers
    nothing from a damaged one)."""
    try:
        with tarfile.open(archive) as tar:
            return any(member.name.endswith(".gph") for member in tar)
    except (tarfile.TarError, OSError):
        return False


def _at(lat: float, lon: float) -> dict[str, float]:
    return {"lat": lat, "lon": lon}


def _metres(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    cos0 = math.cos(math.radians(lat1))
    return math.hypot((lon2 - lon1) * cos0, lat2 - lat1) * 111_195.0
