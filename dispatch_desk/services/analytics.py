"""What shift leads and precinct inspectors read about a period: response intervals (and, as the board
and the handover report come, their figures too).

Bound to the person reading (``Principal``): it takes ``READ_ANALYTICS``; an inspector reads their home
precinct only, and confidential reports count only for those who may see them (on PostgreSQL the
server's row-level security filters the same rows).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np

from dispatch_desk.domain.access import Forbidden, Permission, Principal
from dispatch_desk.domain.errors import NotFound, ValidationError
from dispatch_desk.domain.intervals import (
    INTERVALS,
    QUEUE_TARGET_S,
    Excluded,
    IntervalReport,
    PriorityTarget,
    Summary,
    percentile,
    queue_target_s,
)
from dispatch_desk.domain.values import require_aware, safe_cell
from dispatch_desk.store.db import Database
from dispatch_desk.store.interval_rows import count_by_precinct, interval_times, keep_days, numbers_of
from dispatch_desk.store.repositories import Precincts


@dataclass(frozen=True)
class IntervalQuery:
    since: datetime
    until: datetime
    precinct: str | None = None
    priority: int | None = None
    category: str | None = None


class Analytics:
    def __init__(self, db: Database, actor: Principal, *, timezone: str = "Asia/Almaty") -> None:
        self.db = db
        self.actor = actor
        self.zone = ZoneInfo(timezone)

    def _scope(self, precinct: str | None) -> tuple[str | None, bool | None]:
        actor = self.actor
        if not actor.reads_operations:
            raise Forbidden(f"{actor.login} reads no precinct's incidents")
        if precinct is not None:
            with self.db.reading() as session:
                known = {p.code for p in Precincts(session).all()}
            if precinct not in known:
                raise NotFound(f"there is no precinct {precinct[:20]!r}")
        if not actor.may(Permission.READ_INCIDENTS):
            if precinct and precinct != actor.home_precinct:
                raise ValidationError(
                    f"precinct {precinct[:20]} is not yours to read; yours is {actor.home_precinct}"
                )
            precinct = actor.home_precinct
        return precinct, (None if actor.may(Permission.CONFIDENTIAL) else False)

    def intervals(self, query: IntervalQuery) -> IntervalReport:
        """Response intervals of the incidents received in [since, until). The database takes the
        differences; numpy the percentiles (linear, as ``domain.intervals.percentile``); the doubtful
        incidents are classified one by one by the domain's own rule."""
        self.actor.require(Permission.READ_ANALYTICS)
        since, until = require_aware(query.since, "from"), require_aware(query.until, "to")
        if until <= since:
            raise ValidationError("the period ends before it begins")
        if query.priority is not None and not 1 <= query.priority <= 4:
            raise ValidationError("a priority is 1, 2, 3 or 4")
        precinct, confidential = self._scope(query.precinct)
        packed: list = []  # SQLite: the days packed by this reading, kept after it
        with self.db.reading() as session:
            rows = interval_times(
                session,
                since,
                until,
                precinct=precinct,
                priority=query.priority,
                category=query.category,
                confidential=confidential,
                keep=packed,
            )
            offset = (self.zone.utcoffset(since + (until - since) / 2) or timedelta(0)).total_seconds()
            report = summarise_times(rows, offset, lambda ids: numbers_of(session, ids))
        if packed:
            keep_days(self.db, packed)
        return report

    def contact_rates(self, now: datetime, weeks: int = 4) -> dict[str, tuple[int, float | None]]:
        """Per precinct code ('' for none yet): contacts received in the hour before ``now``, and the
        usual — the mean of the same hour of the same weekday over the ``weeks`` before."""
        self.actor.require(Permission.READ_ANALYTICS)
        precinct, confidential = self._scope(None)
        hour = timedelta(hours=1)
        with self.db.reading() as session:
            windows = [
                count_by_precinct(
                    session,
                    now - timedelta(weeks=k) - hour,
                    now - timedelta(weeks=k),
                    precinct=precinct,
                    confidential=confidential,
                )
                for k in range(weeks + 1)
            ]
        codes = set().union(*windows)
        return {
            code: (
                windows[0].get(code, 0),
                sum(w.get(code, 0) for w in windows[1:]) / weeks if weeks else None,
            )
            for code in codes
        }


INTERVAL_CSV_HEADER = ("interval", "n", "p50_s", "p90_s", "max_s", "pending", "excluded")


def interval_csv(report: IntervalReport) -> str:
    """The report as CSV: one line per interval, then one per incident left out (with its reason)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(INTERVAL_CSV_HEADER)
    for name, summary in report.intervals.items():
        figures = summary.as_dict()
        writer.writerow(
            [
                name,
                summary.n,
                figures["p50_s"],
                figures["p90_s"],
                figures["max_s"],
                summary.pending,
                len(summary.excluded),
            ]
        )
    writer.writerow([])
    writer.writerow(("excluded_from", "incident", "reason"))
    for name, summary in report.intervals.items():
        for left_out in summary.excluded:
            writer.writerow([name, safe_cell(left_out.number), left_out.reason])
    return out.getvalue()


def _summary(values: np.ndarray, pending: int = 0, excluded: tuple[Excluded, ...] = ()) -> Summary:
    if not len(values):
        return Summary(0, None, None, None, pending, excluded)
    p50, p90 = np.percentile(values, [50, 90])
    return Summary(len(values), float(p50), float(p90), float(values.max()), pending, excluded)


def _sorted_summary(ordered: np.ndarray) -> Summary:
    """A summary of values already in order: the percentiles read at their places (the domain's rule)."""
    if not len(ordered):
        return Summary(0, None, None, None, 0, ())
    p50, p90 = percentile(ordered, 0.5), percentile(ordered, 0.9)
    return Summary(len(ordered), p50, p90, float(ordered[-1]), 0, ())


TIME_COLUMNS = {"received_at": 1, "dispatched_at": 2, "on_scene_at": 3, "closed_at": 4}  # of interval_times
PAIRS = tuple((TIME_COLUMNS[start], TIME_COLUMNS[end]) for start, end in INTERVALS.values())


def summarise_times(
    data: np.ndarray, utc_offset_s: float, numbers: Callable[[list[int]], dict[int, str]]
) -> IntervalReport:
    """The report from ``interval_times``: the same figures as ``domain.intervals.interval_report``
    (a test holds them to it). ``numbers``: the incident numbers of ids, for those left out."""
    ended = data[:, 5] == 1
    hours = ((data[:, 1] + utc_offset_s) // 3600 % 24).astype(np.int64)
    left_out: dict[str, list[tuple[int, str]]] = {}
    summaries: dict[str, Summary] = {}
    valid_of: dict[str, np.ndarray] = {}
    values_of: dict[str, np.ndarray] = {}
    for name, (start, end) in zip(INTERVALS, PAIRS, strict=True):
        values = np.round(data[:, end] - data[:, start], 3)  # SQLite's julian days: about 20 µs of noise
        known = ~np.isnan(values)
        valid = known & (values >= 0)
        missing = ~known & ended
        wrong = known & (values < 0)
        left_out[name] = [(int(i), "missing") for i in data[missing, 0]]
        left_out[name] += [(int(i), "out_of_order") for i in data[wrong, 0]]
        summaries[name] = _summary(values[valid], int(np.count_nonzero(~known & ~ended)))
        valid_of[name], values_of[name] = valid, values
    ids = sorted({i for pairs in left_out.values() for i, _ in pairs})
    named = numbers(ids) if ids else {}
    listed = np.isin(data[:, 0], ids) if ids else np.zeros(len(data), bool)
    received = {int(i): (at, int(i)) for i, at in zip(data[listed, 0], data[listed, 1], strict=True)}
    for name, pairs in left_out.items():
        pairs.sort(key=lambda pair: received[pair[0]])  # in the order received (the rows come in any order)
        excluded = tuple(Excluded(named.get(i, str(i)), reason) for i, reason in pairs)
        summaries[name] = replace(summaries[name], excluded=excluded)
    queue = values_of["queue"][valid_of["queue"]]
    within = float(np.count_nonzero(queue <= QUEUE_TARGET_S) / len(queue)) if len(queue) else None
    by_hour: dict[int, dict[str, Summary]] = {}
    for name in ("queue", "response"):
        valid = valid_of[name]
        at_hours, values = hours[valid], values_of[name][valid]
        order_of = np.lexsort((values, at_hours))  # by hour, then by value: each hour's values in order
        at_hours, values = at_hours[order_of], values[order_of]
        bounds = np.searchsorted(at_hours, np.arange(25))
        for hour in range(24):
            if bounds[hour] < bounds[hour + 1]:
                by_hour.setdefault(hour, {})[name] = _sorted_summary(values[bounds[hour] : bounds[hour + 1]])
    for figures in by_hour.values():
        for name in ("queue", "response"):
            figures.setdefault(name, _summary(np.empty(0)))
    return IntervalReport(
        len(data), summaries, within, dict(sorted(by_hour.items())), _targets(data, values_of, valid_of)
    )


def _targets(
    data: np.ndarray, values_of: dict[str, np.ndarray], valid_of: dict[str, np.ndarray]
) -> tuple[PriorityTarget, ...]:
    """Each priority's dispatched incidents against its own time (as ``domain.intervals.priority_targets``)."""
    priorities = data[:, 6].astype(np.int64)
    valid = valid_of["queue"]
    found = []
    for priority in np.unique(priorities[valid]):
        values = values_of["queue"][valid & (priorities == priority)]
        target = queue_target_s(int(priority))
        found.append(
            PriorityTarget(
                int(priority), target, len(values), float(np.count_nonzero(values <= target) / len(values))
            )
        )
    return tuple(found)
