"""A local metric projection: degrees to metres around a reference latitude.

Equirectangular: good to a fraction of a percent over a city (tens of kilometres), which is what
distances, tolerances and travel times on the desk need. All geometry work in metres goes through here.
"""

from __future__ import annotations

import math

import numpy as np
import shapely

METRES_PER_DEGREE_LAT = 110_574.0
METRES_PER_DEGREE_LON_EQUATOR = 111_320.0


class LocalProjection:
    def __init__(self, ref_lat: float) -> None:
        self.ref_lat = ref_lat
        self.kx = METRES_PER_DEGREE_LON_EQUATOR * math.cos(math.radians(ref_lat))
        self.ky = METRES_PER_DEGREE_LAT

    def xy(self, lat: np.ndarray | float, lon: np.ndarray | float) -> tuple:
        return np.asarray(lon) * self.kx, np.asarray(lat) * self.ky

    def geometry(self, geometry):
        """A lon/lat shapely geometry in metres."""
        return shapely.transform(geometry, lambda c: c * np.array([self.kx, self.ky]))

    def latlon(self, x: float, y: float) -> tuple[float, float]:
        return y / self.ky, x / self.kx


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(min(1.0, math.sqrt(a)))
