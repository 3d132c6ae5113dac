"""The handover report as CSV: one table whose first column says which part of the report a line is.

The columns are the same for every line (empty where a part has no such value), so that a spreadsheet
filters the parts apart: ``contacts``, ``category``, ``precinct``, ``hour``, ``carried_over``, ``unit``,
``p1``, ``overdue``, ``look_out`` and ``notes``. Times are ISO 8601 in the desk's zone; any cell a
spreadsheet would read as a formula is written as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from dispatch_desk.domain.handover import HandoverReport
from dispatch_desk.domain.values import safe_cell

_Row = Callable[..., None]  # one line: its part and the columns it fills
_At = Callable[[datetime | None], str]  # a moment as the line writes it

HEADER = (
    "part",
    "key",
    "count",
    "priority",
    "status",
    "category",
    "precinct",
    "units",
    "at",
    "who",
    "detail",
)


def handover_csv(report: HandoverReport, timezone: str = "Asia/Almaty") -> str:
    zone = ZoneInfo(timezone)

    def at(moment: datetime | None) -> str:
        return moment.astimezone(zone).isoformat(timespec="seconds") if moment else ""

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)

    def row(
        part: str,
        key: object = "",
        count: object = "",
        priority: object = "",
        status: str = "",
        category: str = "",
        precinct: str = "",
        units: str = "",
        when: str = "",
        who: str = "",
        detail: str = "",
    ) -> None:
        writer.writerow(
            [
                part,
                safe_cell(str(key)),
                count,
                priority,
                status,
                safe_cell(category),
                safe_cell(precinct),
                safe_cell(units),
                when,
                safe_cell(who),
                safe_cell(detail),
            ]
        )

    for part in (_contacts, _units, _followed):
        part(row, at, report)
    return out.getvalue()


def _contacts(row: _Row, at: _At, report: HandoverReport) -> None:
    """The period, the contacts by category, precinct and hour, the incidents carried over."""
    row("period", "from", when=at(report.period_from))
    row("period", "to", when=at(report.period_to))
    row("contacts", "total", report.contacts)
    for code, count in report.by_category:
        row("category", code, count, category=code)
    for code, count in report.by_precinct:
        row("precinct", code or "none", count, precinct=code)
    for hour, count in enumerate(report.by_hour):
        row("hour", f"{hour:02d}", count)
    for i in report.carried_over:
        row(
            "carried_over",
            i.number,
            priority=int(i.priority),
            status=i.status.value,
            category=i.category,
            precinct=i.precinct or "",
            units=" ".join(a.call_sign for a in i.active_assignments()),
            when=at(i.received_at),
            detail=i.address,
        )


def _units(row: _Row, at: _At, report: HandoverReport) -> None:
    """Every unit as the shift ends."""
    for u in report.units:
        row(
            "unit",
            u.call_sign,
            status=u.status.value,
            precinct=u.precinct_at(report.period_to) or "",
            units=u.current_incident or "",
            when=at(u.status_since),
            detail=", ".join(u.crew),
        )


def _followed(row: _Row, at: _At, report: HandoverReport) -> None:
    """The P1 incidents, the overdue alerts, the look-outs, the lead's notes and who received the shift."""
    for i in report.p1:
        row(
            "p1",
            i.number,
            priority=1,
            status=i.status.value,
            category=i.category,
            precinct=i.precinct or "",
            units=" ".join(a.call_sign for a in i.assignments),
            when=at(i.received_at),
            detail=i.address,
        )
    for e in report.overdue:
        row(
            "overdue",
            e.number,
            round(e.lasted_s),
            e.priority,
            e.kind,
            units=e.unit,
            when=at(e.since),
            who=e.acknowledged_by,
            detail=at(e.acknowledged_at),
        )
    for lo in report.look_outs:
        row(
            "look_out",
            lo.id or "",
            status=lo.kind.value,
            precinct=" ".join(lo.precincts),
            units=lo.plate or "",
            when=at(lo.expires_at),
            who=lo.created_by,
            detail=lo.description,
        )
    if report.notes:
        row(
            "notes", who=report.handover.handed_by if report.handover else report.made_by, detail=report.notes
        )
    if report.handover is not None and report.handover.received_by:
        row(
            "received",
            report.handover.id or "",
            when=at(report.handover.received_at),
            who=report.handover.received_by,
        )
