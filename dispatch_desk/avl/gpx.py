"""GPX 1.1 for any map program or navigator: a unit's track (a point a fix) and a route by the roads."""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree as ET

from dispatch_desk.domain.fixes import Fix
from dispatch_desk.domain.roads import Route

NS = "http://www.topografix.com/GPX/1/1"


def gpx(name: str, fixes: Sequence[Fix]) -> str:
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}gpx", {"version": "1.1", "creator": "Dispatch Desk"})
    track = ET.SubElement(root, f"{{{NS}}}trk")
    ET.SubElement(track, f"{{{NS}}}name").text = name
    segment = ET.SubElement(track, f"{{{NS}}}trkseg")
    for fix in fixes:
        point = ET.SubElement(segment, f"{{{NS}}}trkpt", {"lat": f"{fix.lat:.7f}", "lon": f"{fix.lon:.7f}"})
        if fix.altitude_m is not None:
            ET.SubElement(point, f"{{{NS}}}ele").text = f"{fix.altitude_m:.1f}"
        ET.SubElement(point, f"{{{NS}}}time").text = fix.at.strftime("%Y-%m-%dT%H:%M:%SZ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def route_gpx(name: str, route: Route) -> str:
    """A route by the roads as GPX 1.1: the turns as route points (with their instructions), the way
    itself as a track, so that a navigator follows it and a map program draws it."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}gpx", {"version": "1.1", "creator": "Dispatch Desk"})
    way = ET.SubElement(root, f"{{{NS}}}rte")
    ET.SubElement(way, f"{{{NS}}}name").text = name
    for turn in route.turns:
        lat, lon = route.points[turn.first_point]
        point = ET.SubElement(way, f"{{{NS}}}rtept", {"lat": f"{lat:.7f}", "lon": f"{lon:.7f}"})
        ET.SubElement(point, f"{{{NS}}}desc").text = turn.instruction
    track = ET.SubElement(root, f"{{{NS}}}trk")
    ET.SubElement(track, f"{{{NS}}}name").text = name
    segment = ET.SubElement(track, f"{{{NS}}}trkseg")
    for lat, lon in route.points:
        ET.SubElement(segment, f"{{{NS}}}trkpt", {"lat": f"{lat:.7f}", "lon": f"{lon:.7f}"})
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
