"""The local gazetteer: typed addresses to places, places to addresses, and suggestions as one types.

Streets are known by all their spellings (Russian, Kazakh, Latin, older names). Typed text is folded to
one key: lower case, Cyrillic (Kazakh letters included) transliterated to Latin, common spelling
variants merged, and the words that only say what kind of street it is (ул., улица, пр-т, көшесі,
даңғылы, st., ave., ...) or whose title it is (академика, ак.) dropped. So "ул. Торайгырова, д. 64",
"Торайғыров көшесі 64", "64 Toraigyrov st" and "торайгырва 64" (a typo) are the same place.

A house number that the address data knows gives its point. A known street with an unknown number is
interpolated along the street, with lower confidence. An unknown street gives no match, never a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from shapely.geometry import shape

from dispatch_desk.domain.address import APARTMENT_WORDS, CITY_WORDS, MONTH_WORDS, STREET_WORDS
from dispatch_desk.domain.entities import Street
from dispatch_desk.geo.projection import LocalProjection
from dispatch_desk.geo.streets import house_position, main_line

TITLE_WORDS = frozenset(
    ["академика", "академик", "акад", "ак", "akademika", "akademik", "academician", "acad"]
)
BLOCK_WORDS = frozenset(
    ["корпус", "корп", "кор", "к", "блок", "block", "bldg", "building", "стр", "строение"]
)
HOUSE_WORDS = frozenset(["д", "дом", "үй", "h", "house", "no", "№"])

_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sh",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "ә": "a",
    "ғ": "g",
    "қ": "k",
    "ң": "n",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "і": "i",
}
_LATIN_VARIANTS = (
    ("shch", "sh"),
    ("kh", "h"),
    ("gh", "g"),
    ("dzh", "j"),
    ("zh", "j"),
    ("w", "v"),
    ("y", "i"),
    ("x", "ks"),
    ("q", "k"),
    ("c", "k"),
)
_TOKEN = re.compile(r"\d+(?:[\s-]?[^\W\d_](?![^\W\d_]))?(?:\s*/\s*\d+(?:[^\W\d_](?![^\W\d_]))?)?|[^\W\d_]+|№")
_HOUSE = re.compile(r"^(\d+)([^\W\d_]?)(?:/(\d+)([^\W\d_]?))?$")

INTERPOLATED = 0.75
EXACT = 0.95
STREET_ONLY = 0.4


def transliterate(text: str) -> str:
    return "".join(_CYRILLIC.get(ch, ch) for ch in text)


def fold_word(word: str) -> str:
    """A word reduced to the key under which its spellings meet."""
    word = unicodedata.normalize("NFKD", word.casefold())
    word = "".join(ch for ch in word if not unicodedata.combining(ch))
    word = transliterate(word)
    for old, new in _LATIN_VARIANTS:
        word = word.replace(old, new)
    word = re.sub(r"[^a-z0-9]", "", word)
    return re.sub(r"(.)\1+", r"\1", word)  # doubled letters


def fold_letter(letter: str) -> str:
    return fold_word(letter)[:1] if letter else ""


@dataclass(frozen=True)
class ParsedAddress:
    street_words: tuple[str, ...]
    house: str = ""  # "64", "12а" → "12a", "12/1"
    house_number: int | None = None
    block: str = ""
    house_display: str = ""  # as typed: "12а"

    @property
    def street_key(self) -> str:
        return " ".join(fold_word(w) for w in self.street_words if fold_word(w))


def parse_address(text: str) -> ParsedAddress:
    """Split typed text into the street's words, the house number and the block; drop the rest."""
    text = unicodedata.normalize("NFC", text[:300]).casefold().replace("ё", "е")
    tokens = _TOKEN.findall(text)
    words: list[str] = []
    numbers: list[str] = []
    block = ""
    skip = ""  # what the next number is: apartment (dropped) or block
    for index, token in enumerate(tokens):
        if token[0].isdigit():
            token = re.sub(r"[\s-]+", "", token)
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if following in MONTH_WORDS:
                words.append(token)
            elif skip == "apartment":
                skip = ""
            elif skip == "block" or (
                numbers and len(token) <= 2 and not block and skip == "after-house-block"
            ):
                block, skip = token, ""
            else:
                numbers.append(token)
            continue
        if token in APARTMENT_WORDS:
            skip = "apartment"
        elif token in BLOCK_WORDS and numbers:
            skip = "block"
        elif token in STREET_WORDS or token in CITY_WORDS or token in TITLE_WORDS or token in HOUSE_WORDS:
            skip = ""
        else:
            skip = ""
            words.append(token)
    house, number, display = "", None, ""
    if numbers:
        display = numbers[0]
        match = _HOUSE.match(numbers[0])
        if match:
            number = int(match.group(1))
            house = match.group(1) + fold_letter(match.group(2))
            if match.group(3):
                house += "/" + match.group(3) + fold_letter(match.group(4))
    return ParsedAddress(tuple(words), house, number, block, display)


@dataclass(frozen=True)
class GazetteerMatch:
    lat: float
    lon: float
    address: str  # the canonical form, in the street's Russian spelling
    confidence: float
    how: str  # exact | interpolated | out_of_range (a house beyond the street's numbers) | street | reverse
    street: str
    house: str = ""
    edits: int = 0  # typos forgiven in the street name
    distance_m: float = 0.0  # for reverse look-ups

    def raw(self) -> dict:
        return {
            "source": "gazetteer",
            "confidence": round(self.confidence, 3),
            "how": self.how,
            "street": self.street,
            "house": self.house,
            "edits": self.edits,
            "distance_m": round(self.distance_m, 1),
        }


@dataclass(frozen=True)
class AddressPoint:
    street: str  # any spelling of the street
    house: str
    lat: float
    lon: float


@dataclass
class _StreetEntry:
    street: Street
    display: str
    points: dict[str, tuple[float, float]] = field(default_factory=dict)  # folded house → (lat, lon)
    labels: dict[str, str] = field(default_factory=dict)  # folded house → as the data writes it
    numbered: list[tuple[int, float, float]] = field(default_factory=list)  # (number, lat, lon), sorted


def _street_key(spelling: str) -> str:
    return parse_address(spelling).street_key


class Gazetteer:
    def __init__(self, streets: list[Street], addresses: Sequence[AddressPoint] = ()) -> None:
        self.entries = [_StreetEntry(s, s.name_ru) for s in streets]
        self.keys: dict[str, set[int]] = defaultdict(set)
        for index, entry in enumerate(self.entries):
            for spelling in entry.street.spellings():
                key = _street_key(spelling)
                if key:
                    self.keys[key].add(index)
        self.key_list = list(self.keys)
        for point in addresses:
            found = self._find_street(_street_key(point.street))
            if found is None:
                continue
            entry = self.entries[found[0]]
            parsed = parse_address(f"x {point.house}")
            if parsed.house:
                entry.points[parsed.house] = (point.lat, point.lon)
                entry.labels[parsed.house] = point.house.strip()
                if parsed.house_number is not None:
                    entry.numbered.append((parsed.house_number, point.lat, point.lon))
        for entry in self.entries:
            entry.numbered.sort()
        self._by_display = {e.display: e for e in self.entries}
        self._reverse_ready = False

    def __len__(self) -> int:
        return len(self.entries)

    # -- forward --------------------------------------------------------------------------------
    def _find_street(self, key: str) -> tuple[int, int] | None:
        """The street (index) a folded key names, and the typos forgiven; None when unknown or ambiguous."""
        if not key:
            return None
        exact = self.keys.get(key)
        if exact:
            return (min(exact), 0) if len(exact) == 1 else None
        allowed = 1 if len(key) <= 6 else 2
        best = process.extract(key, self.key_list, scorer=Levenshtein.distance, score_cutoff=allowed, limit=8)
        if not best:
            return None
        top = best[0][1]
        streets = {i for candidate, score, _ in best if score == top for i in self.keys[candidate]}
        return (streets.pop(), int(top)) if len(streets) == 1 else None

    def geocode(self, text: str) -> GazetteerMatch | None:
        parsed = parse_address(text)
        found = self._find_street(parsed.street_key)
        if found is None:
            return None
        index, edits = found
        entry = self.entries[index]
        penalty = 0.08 * edits
        label = entry.display
        if parsed.house:
            for key in filter(
                None, (parsed.house + (f"k{parsed.block}" if parsed.block else ""), parsed.house)
            ):
                if key in entry.points:
                    lat, lon = entry.points[key]
                    return GazetteerMatch(
                        lat,
                        lon,
                        f"{label}, {self._house_label(parsed)}",
                        EXACT - penalty,
                        "exact",
                        label,
                        parsed.house,
                        edits,
                    )
            lat, lon, inside = self._interpolate(entry, parsed.house_number or 0)
            confidence = (INTERPOLATED if inside else STREET_ONLY) - penalty
            how = "out_of_range" if inside is False else "interpolated"  # None: the street has no numbers
            return GazetteerMatch(
                lat, lon, f"{label}, {self._house_label(parsed)}", confidence, how, label, parsed.house, edits
            )
        lat, lon = self._street_point(entry, 0.5)
        return GazetteerMatch(lat, lon, label, STREET_ONLY - penalty, "street", label, "", edits)

    @staticmethod
    def _house_label(parsed: ParsedAddress) -> str:
        return (parsed.house_display or parsed.house) + (f" корпус {parsed.block}" if parsed.block else "")

    def _interpolate(self, entry: _StreetEntry, number: int) -> tuple[float, float, bool | None]:
        """Where house ``number`` lies, and whether it is within the street's known numbers (None: the
        street has no house numbers to tell)."""
        known = entry.numbered
        if len(known) >= 2:
            same_side = [k for k in known if k[0] % 2 == number % 2] or known
            lower = [k for k in same_side if k[0] <= number]
            upper = [k for k in same_side if k[0] >= number]
            if lower and upper:
                (n1, la1, lo1), (n2, la2, lo2) = lower[-1], upper[0]
                t = 0.0 if n2 == n1 else (number - n1) / (n2 - n1)
                return la1 + t * (la2 - la1), lo1 + t * (lo2 - lo1), True
            nearest = lower[-1] if lower else upper[0]
            street = entry.street
            listed = street.house_min is not None and street.house_max is not None
            within = listed and street.house_min <= number <= street.house_max  # type: ignore[operator]
            return nearest[1], nearest[2], None if within else False
        street = entry.street
        if street.house_min is not None and street.house_max is not None:
            lat, lon = house_position(street, number)
            return lat, lon, street.house_min <= number <= street.house_max
        lat, lon = self._street_point(entry, 0.5)
        return lat, lon, None

    @staticmethod
    def _street_point(entry: _StreetEntry, fraction: float) -> tuple[float, float]:
        point = main_line(shape(entry.street.geometry)).interpolate(fraction, normalized=True)
        return point.y, point.x

    def localized(self, address: str, language: str) -> str:
        """A canonical address (as ``geocode`` writes it: the street's Russian name, then the house) with
        the street named in ``language`` where the gazetteer has that name; any other text unchanged."""
        street, comma, rest = address.partition(", ")
        entry = self._by_display.get(street)
        if entry is None:
            return address
        return (entry.street.name(language) or street) + comma + rest

    # -- suggestions ----------------------------------------------------------------------------
    def suggest(self, text: str, limit: int = 10, language: str = "ru") -> list[str]:
        """Streets (with the typed house number) for an address being typed: prefix matches first,
        then fuzzy ones."""
        parsed = parse_address(text)
        key = parsed.street_key
        if not key:
            return []
        scored: dict[int, float] = {}
        for candidate, indices in self.keys.items():
            if candidate.startswith(key) or any(w.startswith(key) for w in candidate.split()):
                for index in indices:
                    scored[index] = max(scored.get(index, 0), 200 - len(candidate))
        if len(key) >= 3:
            for candidate, score, _ in process.extract(
                key, self.key_list, scorer=fuzz.WRatio, limit=limit * 2, score_cutoff=75
            ):
                for index in self.keys[candidate]:
                    scored.setdefault(index, score)
        ranked = sorted(scored, key=lambda i: (-scored[i], self.entries[i].display))[:limit]
        suffix = f", {self._house_label(parsed)}" if parsed.house else ""
        return [(self.entries[i].street.name(language) or self.entries[i].display) + suffix for i in ranked]

    # -- reverse --------------------------------------------------------------------------------
    def _prepare_reverse(self) -> None:
        lines = [shape(e.street.geometry) for e in self.entries]
        bounds = shapely.total_bounds(np.array(lines, dtype=object)) if lines else (0, 0, 0, 0)
        self.projection = LocalProjection((bounds[1] + bounds[3]) / 2)
        self.lines_m = np.array([self.projection.geometry(line) for line in lines], dtype=object)
        self.line_tree = shapely.STRtree(self.lines_m)
        houses = [
            (i, e.labels.get(house, house), lat, lon)
            for i, e in enumerate(self.entries)
            for house, (lat, lon) in e.points.items()
        ]
        self.houses = houses
        hx, hy = self.projection.xy(np.array([h[2] for h in houses]), np.array([h[3] for h in houses]))
        self.house_tree = shapely.STRtree(shapely.points(hx, hy)) if houses else None
        self._reverse_ready = True

    def reverse(self, lat: float, lon: float, max_distance_m: float = 300.0) -> GazetteerMatch | None:
        if not self.entries:
            return None
        if not self._reverse_ready:
            self._prepare_reverse()
        x, y = self.projection.xy(lat, lon)
        point = shapely.Point(float(x), float(y))
        if self.house_tree is not None:
            # A known house within 60 m is the answer, whichever street the nearest line is.
            near, gaps = self.house_tree.query_nearest(point, max_distance=60.0, return_distance=True)
            if len(near):
                street_index, house, _, _ = self.houses[int(near[0])]
                display = self.entries[street_index].display
                return GazetteerMatch(
                    lat,
                    lon,
                    f"{display}, {house}",
                    EXACT,
                    "reverse",
                    display,
                    house,
                    distance_m=float(gaps[0]),
                )
        hits, distances = self.line_tree.query_nearest(
            point, max_distance=max_distance_m, return_distance=True
        )
        if len(hits) == 0:
            return None
        index = int(hits[0])
        entry, distance = self.entries[index], float(distances[0])
        street = entry.street
        line = main_line(self.lines_m[index])
        if street.house_min is None or street.house_max is None:
            return GazetteerMatch(
                lat, lon, entry.display, STREET_ONLY, "reverse", entry.display, distance_m=distance
            )
        fraction = line.project(point, normalized=True)
        number = round(street.house_min + fraction * (street.house_max - street.house_min))
        ahead = line.interpolate(min(1.0, fraction + 0.01), normalized=True)
        behind = line.interpolate(max(0.0, fraction - 0.01), normalized=True)
        cross = (ahead.x - behind.x) * (y - behind.y) - (ahead.y - behind.y) * (x - behind.x)
        odd = cross > 0  # odd numbers on the left of the street's direction (as house_position lays them)
        if number % 2 != (1 if odd else 0):
            number += 1 if number < street.house_max else -1
        number = max(street.house_min, min(street.house_max, number))
        confidence = INTERPOLATED if distance <= 60 else STREET_ONLY
        return GazetteerMatch(
            lat,
            lon,
            f"{entry.display}, {number}",
            confidence,
            "reverse",
            entry.display,
            str(number),
            distance_m=distance,
        )
