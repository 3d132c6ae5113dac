"""Response intervals as a PDF in the desk's language (``report intervals --pdf``)."""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QObject

from dispatch_desk.domain.intervals import IntervalReport
from dispatch_desk.ui.report_pdf import Report


def _minutes(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


class IntervalsPdf(QObject):
    def __init__(self, zone: tzinfo) -> None:
        super().__init__()
        self.zone = zone

    def name(self, interval: str) -> str:
        return {"queue": self.tr("Queue: received → dispatched"), "travel": self.tr("Travel: dispatched → on scene"),
                "response": self.tr("Response: received → on scene"), "on_scene": self.tr("On scene → closed"),
                "total": self.tr("Total: received → closed")}.get(interval, interval)  # fmt: skip

    def reason(self, code: str) -> str:
        return {"missing": self.tr("a time is missing (closed without it)"),
                "out_of_order": self.tr("times out of order")}.get(code, code)  # fmt: skip

    def write(
        self, report: IntervalReport, path: Path, start: datetime, end: datetime, scope: str = ""
    ) -> None:
        doc = Report(self.tr("Response intervals"))
        period = f"{start.astimezone(self.zone):%d.%m.%Y %H:%M} – {end.astimezone(self.zone):%d.%m.%Y %H:%M}"
        doc.heading(self.tr("Response intervals"), f"{period}{' · ' + scope if scope else ''}")
        share = report.queue_within_target
        if share is None:
            doc.paragraph(self.tr("No incident was dispatched in the period."))
        else:
            verdict = self.tr("target met") if report.queue_target_met else self.tr("target not met")
            doc.figures([(self.tr("incidents"), str(report.incidents)),
                         (self.tr("dispatched within 60 s (target 90 %)"), f"{share:.0%}"), ("", verdict)])  # fmt: skip
        doc.section(self.tr("Intervals (minutes:seconds)"))
        rows = [[self.name(name), s.n, _minutes(s.p50_s), _minutes(s.p90_s), _minutes(s.max_s), s.pending,
                 len(s.excluded)] for name, s in report.intervals.items()]  # fmt: skip
        doc.table([self.tr("Interval"), self.tr("Incidents"), self.tr("Median"), self.tr("90 %"), self.tr("Longest"),
                   self.tr("Not yet"), self.tr("Left out")], rows, numeric=(1, 2, 3, 4, 5, 6))  # fmt: skip
        doc.section(self.tr("Queue time by hour of day: median, seconds"))
        hours = list(range(24))
        medians = [round((report.by_hour.get(h, {}).get("queue") or _EMPTY).p50_s or 0) for h in hours]
        doc.bars([f"{h:02d}" for h in hours], medians, highlight=[h for h in hours if medians[h] > 60])
        left_out = [(name, e.number, e.reason) for name, s in report.intervals.items() for e in s.excluded]
        doc.section(self.tr("Incidents left out (missing or out-of-order times)"))
        doc.table([self.tr("Interval"), self.tr("Incident"), self.tr("Reason")],
                  [[self.name(n), number, self.reason(reason)] for n, number, reason in left_out[:500]],
                  empty=self.tr("None."))  # fmt: skip
        if len(left_out) > 500:
            doc.paragraph(self.tr("%1 more in the CSV.").replace("%1", str(len(left_out) - 500)), "sub")
        doc.write(path)


class _Empty:
    p50_s = None


_EMPTY = _Empty()
