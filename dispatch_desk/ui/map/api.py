"""A typed Python face of the map page's JavaScript API (``resources/map/desk.js``).

One method per function of ``window.desk``; nothing else in the desk spells a JavaScript name. Every
argument goes to the page as JSON (``ui/web/view.script_call``); calls made before the page is ready wait in the view.
What the page needs of an incident or a unit is built here too, from the domain's objects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from dispatch_desk.domain.entities import Incident, Unit

# The functions of window.desk this face calls; a test holds the list against desk.js and motion.js.
JS_FUNCTIONS = (
    "setIncidents",
    "upsertIncident",
    "removeIncident",
    "upsertUnit",
    "upsertUnits",
    "clearUnits",
    "select",
    "setPlacing",
    "setPin",
    "info",
    "incidentAt",
    "counts",
    "setNight",
    "look",
    "fitBounds",
    "setCallers",
    "setHotCells",
    "forPaper",
    "setUnitOptions",
    "follow",
    "setTrack",
    "clearTrack",
    "unitLook",
    "setRoutes",
    "setCoverage",
    "roadsLook",
    "setCameras",
    "highlightCameras",
    "camerasLook",
)


class _Caller(Protocol):
    def call(self, function: str, *args: Any, callback: Callable[[Any], None] | None = None) -> None: ...


def incident_payload(
    incident: Incident, category_label: str, status_label: str, note: str = "", priority_label: str = ""
) -> dict:
    """What the page needs of an incident: plain JSON values only. ``note``: a line for the popup, such
    as where a report came from and what it carries."""
    location = incident.location
    return {
        "note": note,
        "number": incident.number,
        "priority": int(incident.priority),
        "priority_label": priority_label or f"P{int(incident.priority)}",
        "status": incident.status.value,
        "status_label": status_label,
        "category": incident.category,
        "category_label": category_label,
        "address": incident.address,
        "description": incident.description[:500],
        "units": [a.call_sign for a in incident.active_assignments()],
        "lat": location.lat if location else None,
        "lon": location.lon if location else None,
    }


def unit_payload(
    unit: Unit, status_label: str, speed_kmh: float | None = None, heading: float | None = None
) -> dict:
    """A unit's marker: where, in what status, and (from its tracker) how fast, which way and when."""
    return {
        "call_sign": unit.call_sign,
        "status": unit.status.value,
        "status_label": status_label,
        "kind": unit.kind.value,
        "lat": unit.position[0] if unit.position else None,
        "lon": unit.position[1] if unit.position else None,
        "position_at": unit.position_at.timestamp() * 1000
        if unit.position_at
        else None,  # ms, as JS keeps time
        "speed_kmh": speed_kmh,
        "heading": heading,
    }


class MapApi:
    def __init__(self, view: _Caller) -> None:
        self._view = view
        self.layers = MapLayers(view)  # the routes, the coverage and the cameras

    def set_incidents(self, incidents: list[dict]) -> None:
        """Replace every incident marker (the first load)."""
        self._view.call("setIncidents", incidents)

    def upsert_incident(self, incident: dict) -> None:
        self._view.call("upsertIncident", incident)

    def remove_incident(self, number: str) -> None:
        self._view.call("removeIncident", number)

    def upsert_unit(self, unit: dict) -> None:
        self._view.call("upsertUnit", unit)

    def upsert_units(self, units: list[dict]) -> None:
        """Many units' markers in one call: what their trackers reported this second."""
        self._view.call("upsertUnits", units)

    def clear_units(self) -> None:
        """Remove every unit marker (the person signed in changed)."""
        self._view.call("clearUnits")

    def select(self, kind: str, identifier: str, pan: bool = True) -> None:
        """Highlight an incident (``kind`` "incident") or a unit ("unit"), panning to it."""
        self._view.call("select", kind, identifier, pan)

    def set_placing(self, on: bool) -> None:
        """While on, a click on the map reports its point (``MapBridge.locationPicked``)."""
        self._view.call("setPlacing", on)

    def set_pin(self, lat: float | None, lon: float | None) -> None:
        """The call being taken: its place on the map, or none."""
        self._view.call("setPin", lat, lon)

    def set_callers(self, callers: list[dict]) -> None:
        """The callers from the app, ringing or in a call: ``{id, lat, lon, accuracy, label, state}``."""
        self._view.call("setCallers", callers)

    def set_hot_cells(
        self,
        cells: list[dict],
        repeats: list[dict],
        legend: dict,
        callback: Callable[[Any], None] | None = None,
    ) -> None:
        """The hot and cold cells (``{cell, boundary, level, count, z, p}``) and the repeat addresses
        (``{lat, lon, count, address}``) with the legend's texts; empty lists take the layer off.
        ``callback`` gets what was drawn as JSON text: ``{"cells": n, "repeats": n}``."""
        self._view.call("setHotCells", cells, repeats, legend, callback=callback)

    def clear_pin(self) -> None:
        self.set_pin(None, None)

    def info(self, kind: str, identifier: str, callback: Callable[[Any], None]) -> None:
        """What the page shows of a marker (for checks): its data and popup text, or None."""
        self._view.call("info", kind, identifier, callback=callback)

    def incident_at(self, x: float, y: float, radius: float, callback: Callable[[Any], None]) -> None:
        """The number of the incident marker nearest to a point of the view, within ``radius`` pixels."""
        self._view.call("incidentAt", x, y, radius, callback=callback)

    def fit_bounds(self, south: float, west: float, north: float, east: float) -> None:
        """Show this area (a precinct) as large as the view allows."""
        self._view.call("fitBounds", south, west, north, east)

    def for_paper(self) -> None:
        """Drop what only works on screen (the zoom buttons) before the map is printed."""
        self._view.call("forPaper")

    def set_night(self, on: bool) -> None:
        """Darken the map with the night palette (or not)."""
        self._view.call("setNight", on)

    def look(self, callback: Callable[[Any], None]) -> None:
        """What the page shows now: basemap tiles loaded, scale lines, edge arrows, street labels, night."""
        self._view.call("look", callback=callback)

    def counts(self, callback: Callable[[Any], None]) -> None:
        """How many incident and unit markers the page holds."""
        self._view.call("counts", callback=callback)

    def set_unit_options(self, stale_minutes: float, words: dict[str, str]) -> None:
        """After how long a unit's fix is stale, and the words of its tooltip in the desk's language."""
        self._view.call("setUnitOptions", stale_minutes, words)

    def follow(self, call_sign: str, callback: Callable[[Any], None] | None = None) -> None:
        """Keep the unit in sight as it moves (or stop, if it is followed now); ``callback`` gets the unit
        followed afterwards, or None."""
        self._view.call("follow", call_sign, callback=callback)

    def set_track(
        self, call_sign: str, points: list[list], callback: Callable[[Any], None] | None = None
    ) -> None:
        """Draw a unit's track for review: ``points`` [lat, lon, ms, verdict] in time order."""
        self._view.call("setTrack", call_sign, points, callback=callback)

    def clear_track(self) -> None:
        self._view.call("clearTrack")

    def unit_look(self, call_sign: str, callback: Callable[[Any], None]) -> None:
        """What the page shows of a unit: stale, heading, trail, followed, its tooltip, the track drawn."""
        self._view.call("unitLook", call_sign, callback=callback)


class MapLayers:
    """The map's layers beside the incidents and units: the routes of the units on their way, the free
    units' coverage, the cameras' view cones (``resources/map/roads.js`` and ``cameras.js``)."""

    def __init__(self, view: _Caller) -> None:
        self._view = view

    def set_routes(self, routes: list[dict]) -> None:
        """The routes drawn now: ``{call_sign, points: [[lat, lon], ...], label}`` (others are taken off)."""
        self._view.call("setRoutes", routes)

    def set_coverage(self, coverage: dict | None) -> None:
        """The free units' reach: ``{units: [{call_sign, areas: {"5": geometry, "10": geometry}}],
        uncovered: geometry|None, words: {title, five, ten, none}}``; None takes the layer off."""
        self._view.call("setCoverage", coverage)

    def roads_look(self, callback: Callable[[Any], None]) -> None:
        """What the page shows of the roads: the routes with their labels, the coverage areas, the legend."""
        self._view.call("roadsLook", callback=callback)

    def set_cameras(self, cameras: list[dict] | None) -> None:
        """The cameras' view cones: ``{id, name, lat, lon, direction_deg, fov_deg, range_m, ptz}``; None
        takes the layer off."""
        self._view.call("setCameras", cameras)

    def highlight_cameras(self, ids: list[str]) -> None:
        """The cameras that see the selected incident, drawn stronger."""
        self._view.call("highlightCameras", ids)

    def cameras_look(self, callback: Callable[[Any], None]) -> None:
        """What the page shows of the cameras: how many cones, which highlighted."""
        self._view.call("camerasLook", callback=callback)
