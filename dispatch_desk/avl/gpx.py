"""A unit's track as GPX 1.1, for any map program: one track, one segment, a point a fix."""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree as ET

from dispatch_desk.domain.fixes import Fix

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
