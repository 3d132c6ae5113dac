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
