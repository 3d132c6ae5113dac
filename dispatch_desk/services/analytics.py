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
from datetime import datetime
from zoneinfo import ZoneInfo

from dispatch_desk.domain.access import Forbidden, Permission, Principal
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.intervals import IntervalReport, interval_report
from dispatch_desk.domain.values import require_aware
from dispatch_desk.services.audit import safe_cell
from dispatch_desk.store.db import Database
from dispatch_desk.store.repositories import Incidents


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
        """Response intervals of the incidents received in [since, until)."""
        self.actor.require(Permission.READ_ANALYTICS)
        since, until = require_aware(query.since, "from"), require_aware(query.until, "to")
        if until <= since:
            raise ValidationError("the period ends before it begins")
        if query.priority is not None and not 1 <= query.priority <= 4:
            raise ValidationError("a priority is 1, 2, 3 or 4")
        precinct, confidential = self._scope(query.precinct)
        with self.db.reading() as session:
            times = Incidents(session).times(since, until, precinct=precinct, priority=query.priority,
                                             category=query.category, confidential=confidential)  # fmt: skip
            return interval_report(times, self.zone)


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
