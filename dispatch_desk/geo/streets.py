"""Positions of house numbers along a street line."""

from __future__ import annotations

import math

import shapely
from shapely.geometry import shape

from dispatch_desk.domain.entities import Street

SIDE_OFFSET_M = 12.0  # odd numbers on one side of the street, even on the other
METRES_PER_DEGREE = 111_320.0


def main_line(line):
    """A street's line to measure along: its touching parts joined, and of separate parts the longest."""
    if line.geom_type == "MultiLineString":
        line = shapely.line_merge(line)
        if line.geom_type == "MultiLineString":
            line = max(line.geoms, key=lambda g: g.length)
    return line


def house_position(street: Street, number: int) -> tuple[float, float]:
    """(lat, lon) of a house number, interpolated along the street between its first and last number."""
    line = main_line(shape(street.geometry))
    low, high = street.house_min or 1, street.house_max or 1
    fraction = 0.5 if high <= low else min(1.0, max(0.0, (number - low) / (high - low)))
    point = line.interpolate(fraction, normalized=True)
    ahead = line.interpolate(min(1.0, fraction + 0.01), normalized=True)
    behind = line.interpolate(max(0.0, fraction - 0.01), normalized=True)
    dx, dy = ahead.x - behind.x, ahead.y - behind.y
    scale = math.cos(math.radians(point.y))
    dx_m, dy_m = dx * scale, dy
    norm = math.hypot(dx_m, dy_m) or 1.0
    side = 1 if number % 2 else -1
    # Perpendicular to the street, in metres, back to degrees.
    offset_lon = -dy_m / norm * SIDE_OFFSET_M * side / (METRES_PER_DEGREE * scale)
    offset_lat = dx_m / norm * SIDE_OFFSET_M * side / METRES_PER_DEGREE
    return point.y + offset_lat, point.x + offset_lon
