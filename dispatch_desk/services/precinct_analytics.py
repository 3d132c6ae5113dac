"""The precinct's own picture for the inspector's weekly meeting with residents (and the city's for the
shift lead): contacts by category against the period before, a day-of-week × hour matrix, the repeat
addresses ("few places, most calls"), hot and cold spots by Gi* on the precinct's hexagonal grid and the
near-repeat pattern by the Knox test (``geo/hotspots.py``).

Bound to the person reading: ``READ_ANALYTICS``; an inspector reads their home precinct only, and
confidential reports count only for those who may see them (as ``Analytics``).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.errors import NotFound, ValidationError
from dispatch_desk.domain.values import require_aware, safe_cell
from dispatch_desk.geo import hotspots
from dispatch_desk.geo.projection import LocalProjection
from dispatch_desk.services.analytics import Analytics
from dispatch_desk.store.analytics_rows import first_received, incident_places, people_named
from dispatch_desk.store.repositories import Precincts

MAX_PERIOD_DAYS = 400
# The Knox test looks at the period's newest contacts up to this many: its pairs grow as n² (measured on
# a busy precinct: 2,000 contacts 0.9 s, 5,000 contacts 5.8 s).
KNOX_EVENTS = 2000


@dataclass(frozen=True)
class CategoryTrend:
    category: str
    now: int
    before: int

    @property
    def change(self) -> float | None:
        """The change against the period before (+0.25: a quarter more); None when there were none."""
        return (self.now - self.before) / self.before if self.before else None


@dataclass(frozen=True)
class RepeatAddress:
    key: str
    address: str  # as the newest incident there has it
    count: int
    share: float  # of all the period's contacts with an address
    lat: float | None = None  # where the newest incident there was placed
    lon: float | None = None


@dataclass(frozen=True)
class Picture:
    """What a precinct (``precinct`` None: the city) looks like over a period, against the one before."""

    precinct: str | None
    since: datetime
    until: datetime
    contacts: int
    contacts_before: int
    categories: list[CategoryTrend]
    week_hours: list[list[int]]  # [weekday 0 = Monday][hour 0-23], local time
    repeats: list[RepeatAddress]
    top_share: float  # share of the contacts that the top repeat addresses make
    places_for_half: int  # how few addresses make half of the contacts with an address
    hot: list[hotspots.HotCell] = field(default_factory=list)
    near_repeat: hotspots.NearRepeat | None = None
    streets: list[tuple[str, int]] = field(default_factory=list)  # the streets most contacts come from
    cell_streets: dict[str, str] = field(default_factory=dict)  # hot or cold cell → its contacts' main street
    left_out: int = 0  # contacts of the categories left out (counted only)
    left_out_before: int = 0
    records_from: datetime | None = None  # when the records begin (a later one: the period before is partial)

    @property
    def before_complete(self) -> bool:
        """Whether the records reach back over the whole period before."""
        return self.records_from is not None and self.records_from <= self.since - (self.until - self.since)

    def as_dict(self) -> dict[str, Any]:
        return {
            "precinct": self.precinct,
            "from": self.since.isoformat(),
            "to": self.until.isoformat(),
            "contacts": self.contacts,
            "contacts_before": self.contacts_before,
            "categories": [
                {
                    "category": c.category,
                    "now": c.now,
                    "before": c.before,
                    "change": None if c.change is None else round(c.change, 4),
                }
                for c in self.categories
            ],
            "week_hours": self.week_hours,
            "repeat_addresses": [
                {"address": r.address, "count": r.count, "share": round(r.share, 4)} for r in self.repeats
            ],
            "top_share": round(self.top_share, 4),
            "places_for_half": self.places_for_half,
            "hotspots": [c.as_dict() for c in self.hot],
            "near_repeat": None
            if self.near_repeat is None
            else {
                "events": self.near_repeat.events,
                "distance_m": self.near_repeat.distance_m,
                "days": self.near_repeat.days,
                "close_pairs": self.near_repeat.close_pairs,
                "expected": round(self.near_repeat.expected, 2),
                "p": self.near_repeat.p,
            },
        }


class PrecinctAnalytics(Analytics):
    """``Analytics`` (the same person, scope and database) with the precinct's picture."""

    def _period(self, since: datetime, until: datetime) -> tuple[datetime, datetime]:
        self.actor.require(Permission.READ_ANALYTICS)
        since, until = require_aware(since, "from"), require_aware(until, "to")
        if until <= since:
            raise ValidationError("the period ends before it begins")
        if (until - since).days > MAX_PERIOD_DAYS:
            raise ValidationError(f"a period is at most {MAX_PERIOD_DAYS} days")
        return since, until

    def _rows(self, since: datetime, until: datetime, precinct: str | None) -> list[tuple[Any, ...]]:
        precinct, confidential = self._scope(precinct)
        with self.db.reading() as session:
            return incident_places(session, since, until, precinct=precinct, confidential=confidential)

    def people_named(self, precinct: str | None) -> list[str]:
        """Names of people the database knows in ``precinct``'s records and accounts: what a text for the
        residents is checked against (``domain/public_text.py``)."""
        precinct = self._scope(precinct)[0]
        with self.db.reading() as session:
            return people_named(session, precinct)

    def area(self, precinct: str | None) -> list[dict]:
        """The boundaries the grid covers: the precinct's, or every precinct's (the city)."""
        with self.db.reading() as session:
            found = Precincts(session).all()
        if precinct:
            found = [p for p in found if p.code == precinct]
            if not found:
                raise NotFound(f"there is no precinct {precinct[:20]}")
        return [p.boundary for p in found]

    def picture(
        self,
        since: datetime,
        until: datetime,
        precinct: str | None = None,
        *,
        top: int = 10,
        permutations: int = hotspots.PERMUTATIONS,
        seed: int = 12345,
        spots: bool = True,
        near: bool = True,
        leave_out: frozenset[str] = frozenset(),
        streets: bool = False,
    ) -> Picture:
        """``spots``: with the hot and cold cells; ``near``: and the Knox test (a second or so);
        ``leave_out``: categories only counted, in nothing else (the residents' version); ``streets``:
        with the streets most contacts come from and each significant cell's street (the meeting pack;
        a city's year takes seconds more)."""
        since, until = self._period(since, until)
        precinct = self._scope(precinct)[0]
        rows = self._rows(since, until, precinct)
        before = self._rows(since - (until - since), since, precinct)
        with self.db.reading() as session:
            records_from = first_received(session, precinct)
        left_out = sum(1 for r in rows if r[1] in leave_out), sum(1 for r in before if r[1] in leave_out)
        if leave_out:
            rows = [r for r in rows if r[1] not in leave_out]
            before = [r for r in before if r[1] not in leave_out]
        now_counts = Counter(r[1] for r in rows)
        before_counts = Counter(r[1] for r in before)
        categories = sorted(
            (CategoryTrend(c, now_counts[c], before_counts[c]) for c in now_counts | before_counts),
            key=lambda t: (-t.now, -t.before, t.category),
        )
        week = [[0] * 24 for _ in range(7)]
        for received, *_ in rows:
            local = received.astimezone(self.zone)
            week[local.weekday()][local.hour] += 1
        repeats, top_share, half = repeat_addresses(rows, top)
        hot: list[hotspots.HotCell] = []
        near_repeat: hotspots.NearRepeat | None = None
        if spots:
            points = [(r[2], r[3]) for r in rows if r[2] is not None and r[3] is not None]
            cells = sorted({c for area in self.area(precinct) for c in hotspots.cells_of_area(area)})
            hot = hotspots.hot_cells(points, cells, permutations=permutations, seed=seed)
            near_repeat = self._near_repeat(rows, seed) if near else None
        by_street = Counter(s for s in (street_of(r[5]) for r in rows) if s) if streets else Counter()
        return Picture(
            precinct,
            since,
            until,
            len(rows),
            len(before),
            categories,
            week,
            repeats,
            top_share,
            half,
            hot,
            near_repeat,
            by_street.most_common(top),
            cell_streets(rows, hot) if streets else {},
            *left_out,
            records_from,
        )

    def _near_repeat(self, rows: list[tuple[Any, ...]], seed: int) -> hotspots.NearRepeat | None:
        placed = [r for r in rows if r[2] is not None and r[3] is not None][-KNOX_EVENTS:]
        if len(placed) < 3:
            return None
        lat = np.array([r[2] for r in placed])
        projection = LocalProjection(float(lat.mean()))
        x, y = projection.xy(lat, np.array([r[3] for r in placed]))
        first = placed[0][0]
        days = np.array([(r[0] - first).total_seconds() / 86400 for r in placed])
        return hotspots.knox(np.column_stack([x, y]), days, seed=seed)


def street_of(address: str) -> str:
    """The street of an address as incidents write it ("улица Абая, 12, кв. 5" → "улица Абая")."""
    return (address or "").split(",", 1)[0].strip()


def cell_streets(rows: list[tuple[Any, ...]], hot: list[hotspots.HotCell]) -> dict[str, str]:
    """For each significant cell, the street most of its contacts came from."""
    wanted = {c.cell for c in hot if c.level != 0}
    found: dict[str, Counter[str]] = {}
    for r in rows:
        if r[2] is None or r[3] is None or not r[5]:
            continue
        cell = hotspots.cell_of(r[2], r[3])
        if cell in wanted:
            found.setdefault(cell, Counter())[street_of(r[5])] += 1
    return {cell: streets.most_common(1)[0][0] for cell, streets in found.items()}


def repeat_addresses(rows: list[tuple[Any, ...]], top: int) -> tuple[list[RepeatAddress], float, int]:
    """The ``top`` addresses by contacts (two or more), the share of the contacts they make, and how few
    addresses make half of all the contacts with an address."""
    keyed = [r for r in rows if r[4]]
    counts = Counter(r[4] for r in keyed)
    latest = {r[4]: r[5] for r in keyed}  # rows come in the order received: the newest wins
    placed = {r[4]: (r[2], r[3]) for r in keyed if r[2] is not None and r[3] is not None}
    total = len(keyed)
    ranked = [(k, n) for k, n in counts.most_common() if n >= 2][:top]
    repeats = [RepeatAddress(k, latest[k], n, n / total, *placed.get(k, (None, None))) for k, n in ranked]
    running, half = 0, 0
    for _, n in counts.most_common():
        if running * 2 >= total:
            break
        running += n
        half += 1
    return repeats, (sum(r.count for r in repeats) / total if total else 0.0), half


def picture_csv(picture: Picture) -> str:
    """The figures as CSV: categories, the week's matrix, repeat addresses, hot spots."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("category", "now", "before", "change"))
    for c in picture.categories:
        writer.writerow((c.category, c.now, c.before, "" if c.change is None else f"{c.change:.4f}"))
    writer.writerow([])
    writer.writerow(("weekday", *range(24)))
    for day, hours in enumerate(picture.week_hours):
        writer.writerow((day, *hours))
    writer.writerow([])
    writer.writerow(("address", "contacts", "share"))
    for r in picture.repeats:
        writer.writerow((safe_cell(r.address), r.count, f"{r.share:.4f}"))
    writer.writerow([])
    writer.writerow(("cell", "lat", "lon", "count", "z", "p", "level", "density_per_km2"))
    for cell in picture.hot:
        d = cell.as_dict()
        writer.writerow((d["cell"], d["lat"], d["lon"], d["count"], d["z"], d["p"], d["level"], d["density"]))
    return out.getvalue()
