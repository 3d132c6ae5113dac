"""What shift leads and precinct inspectors read about a period: response intervals (and, as the board
and the handover report come, their figures too).

Bound to the person reading (``Principal``): it takes ``READ_ANALYTICS``; an inspector reads their home
precinct only, and confidential reports count only for those who may see them (on PostgreSQL the
server's row-level security filters the same rows).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np

from dispatch_desk.domain.access import Forbidden, Permission, Principal
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.intervals import INTERVALS, QUEUE_TARGET_S, Excluded, IntervalReport, Summary
from dispatch_desk.domain.values import require_aware
from dispatch_desk.services.audit import safe_cell
from dispatch_desk.store.db import Database
from dispatch_desk.store.interval_rows import count_by_precinct, interval_rows


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
        with self.db.reading() as session:
            rows, doubtful = interval_rows(session, since, until, precinct=precinct, priority=query.priority,
                                           category=query.category, confidential=confidential)  # fmt: skip
        offset = (self.zone.utcoffset(since + (until - since) / 2) or timedelta(0)).total_seconds()
        return summarise_rows(rows, doubtful, offset)

    def contact_rates(self, now: datetime, weeks: int = 4) -> dict[str, tuple[int, float | None]]:
        """Per precinct code ('' for none yet): contacts received in the hour before ``now``, and the
        usual — the mean of the same hour of the same weekday over the ``weeks`` before."""
        self.actor.require(Permission.READ_ANALYTICS)
        precinct, confidential = self._scope(None)
        hour = timedelta(hours=1)
        with self.db.reading() as session:
            windows = [count_by_precinct(session, now - timedelta(weeks=k) - hour, now - timedelta(weeks=k),
                                         precinct=precinct, confidential=confidential) for k in range(weeks + 1)]  # fmt: skip
        codes = set().union(*windows)
        return {code: (windows[0].get(code, 0), sum(w.get(code, 0) for w in windows[1:]) / weeks if weeks else None)
                for code in codes}  # fmt: skip


INTERVAL_CSV_HEADER = ("interval", "n", "p50_s", "p90_s", "max_s", "pending", "excluded")


def interval_csv(report: IntervalReport) -> str:
    """The report as CSV: one line per interval, then one per incident left out (with its reason)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(INTERVAL_CSV_HEADER)
    for name, summary in report.intervals.items():
        figures = summary.as_dict()
        writer.writerow([name, summary.n, figures["p50_s"], figures["p90_s"], figures["max_s"], summary.pending,
                         len(summary.excluded)])  # fmt: skip
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


def summarise_rows(rows: list[tuple], doubtful: list[tuple], utc_offset_s: float) -> IntervalReport:
    """The report from ``interval_rows``: the same figures as ``domain.intervals.interval_report``."""
    names = list(INTERVALS)
    excluded: dict[str, list[Excluded]] = {name: [] for name in names}
    for number, *seconds, ended in doubtful:
        for name, value in zip(names, seconds, strict=True):
            if value is not None and value < 0:
                excluded[name].append(Excluded(number, "out_of_order"))
            elif value is None and ended:
                excluded[name].append(Excluded(number, "missing"))
    data = np.array(rows, dtype=float).reshape(len(rows), 7)
    data[:, 1:6] = np.round(data[:, 1:6], 3)  # SQLite's julian days carry the seconds to about 20 µs
    ended = data[:, 6] == 1
    hours = ((data[:, 0] + utc_offset_s) // 3600 % 24).astype(int) if len(rows) else np.array([], dtype=int)
    summaries, hourly_values = {}, {}
    for column, name in enumerate(names, start=1):
        values = data[:, column]
        known = ~np.isnan(values)
        valid = known & (values >= 0)
        pending = int(np.count_nonzero(~known & ~ended))
        summaries[name] = _summary(values[valid], pending, tuple(excluded[name]))
        hourly_values[name] = (values, valid)
    queue_values = data[:, 1][hourly_values["queue"][1]]
    within = (
        float(np.count_nonzero(queue_values <= QUEUE_TARGET_S) / len(queue_values))
        if len(queue_values)
        else None
    )
    by_hour: dict[int, dict[str, Summary]] = {}
    for hour in (
        np.unique(hours[hourly_values["queue"][1] | hourly_values["response"][1]]) if len(rows) else []
    ):
        at_hour = hours == hour
        by_hour[int(hour)] = {name: _summary(hourly_values[name][0][at_hour & hourly_values[name][1]])
                              for name in ("queue", "response")}  # fmt: skip
    return IntervalReport(len(rows), summaries, within, by_hour)
