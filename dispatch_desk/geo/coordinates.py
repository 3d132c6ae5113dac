"""Coordinates typed by an operator: decimal degrees or degrees, minutes and seconds.

``52.2873, 76.9674`` · ``52.2873 76.9674`` · ``52,2873; 76,9674`` · ``52°17'14"N 76°58'3"E`` ·
``N 52°17.23' E 76°58.05'`` · ``52°17′14″ с.ш. 76°58′3″ в.д.``. Latitude comes first unless the
hemisphere letters say otherwise.
"""

from __future__ import annotations

import math
import re

# Both numbers need decimals: "64, 12" is more likely a house and a flat than a place on Earth.
_DECIMAL = re.compile(r"^\s*([+-]?\d{1,3}[.,]\d+)\s*(?:[,;]\s*|\s+)([+-]?\d{1,3}[.,]\d+)\s*$")
_HEMISPHERES = {"n": "N", "s": "S", "e": "E", "w": "W", "с": "N", "ю": "S", "в": "E", "з": "W"}
_LETTER = "[NSEWnsewСЮВЗсювз]"
_NUMBER = (
    r"(?P<deg>\d{1,3}(?:[.,]\d+)?)\s*[°º˚d]\s*"
    r"(?:(?P<min>\d{1,2}(?:[.,]\d+)?)\s*['′’m]\s*)?"
    r"(?:(?P<sec>\d{1,2}(?:[.,]\d+)?)\s*(?:\"|″|''|”|s)\s*)?"
)
# The hemisphere letter stands either before every number or after every number.
_DMS_FORMS = (
    re.compile(rf"(?P<pre>{_LETTER})\s*{_NUMBER}"),
    re.compile(rf"{_NUMBER}(?P<post>{_LETTER}(?:\.\s*[шд]\.?)?)"),
    re.compile(_NUMBER),
)


def _float(text: str | None) -> float:
    return float(text.replace(",", ".")) if text else 0.0


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """(lat, lon) when the text is a coordinate pair, else None. Out-of-range pairs are None too."""
    if not text or len(text) > 100:
        return None
    match = _DECIMAL.match(text)
    if match:
        lat, lon = _float(match.group(1)), _float(match.group(2))
        return (lat, lon) if _valid(lat, lon) else None
    for form in _DMS_FORMS:
        parts = list(form.finditer(text))
        if len(parts) == 2 and not re.sub(r"[\s,;]", "", form.sub("", text)):
            return _from_parts(parts)
    return None


def _from_parts(parts: list[re.Match]) -> tuple[float, float] | None:
    values: dict[str, float] = {}
    order = []
    for part in parts:
        value = _float(part.group("deg")) + _float(part.group("min")) / 60 + _float(part.group("sec")) / 3600
        if _float(part.group("min")) >= 60 or _float(part.group("sec")) >= 60:
            return None
        groups = part.groupdict()
        letter = (groups.get("pre") or groups.get("post") or "")[:1].lower()
        hemisphere = _HEMISPHERES.get(letter)
        axis = "lat" if hemisphere in ("N", "S") else "lon" if hemisphere in ("E", "W") else None
        if hemisphere in ("S", "W"):
            value = -value
        order.append(axis)
        values[axis or f"unnamed{len(order)}"] = value
    if None in order:
        if order.count(None) == 2:
            lat, lon = values["unnamed1"], values["unnamed2"]
        else:
            return None
    else:
        if set(order) != {"lat", "lon"}:
            return None
        lat, lon = values["lat"], values["lon"]
    return (lat, lon) if _valid(lat, lon) else None


def _valid(lat: float, lon: float) -> bool:
    return math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180
