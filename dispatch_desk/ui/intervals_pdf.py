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
        return {
            "queue": self.tr("Queue: received → dispatched"),
            "travel": self.tr("Travel: dispatched → on scene"),
            "response": self.tr("Response: received → on scene"),
            "on_scene": self.tr("On scene → closed"),
            "total": self.tr("Total: received → closed"),
        }.get(interval, interval)

    def reason(self, code: str) -> str:
        return {
            "missing": self.tr("a time is missing (closed without it)"),
            "out_of_order": self.tr("times out of order"),
        }.get(code, code)

    def write(
        self, report: IntervalReport, path: Path, start: datetime, end: datetime, scope: str = ""
    ) -> None:
        doc = Report(self.tr("Response intervals"))
        period = f"{start.astimezone(self.zone):%d.%m.%Y %H:%M} – {end.astimezone(self.zone):%d.%m.%Y %H:%M}"
        doc.heading(self.tr("Response intervals"), f"{period}{' · ' + scope if scope else ''}")
        if not report.by_priority:
            doc.paragraph(self.tr("No incident was dispatched in the period."))
        else:
            figures = [(self.tr("incidents"), str(report.incidents))]
            for target in report.by_priority:  # P1 first, each against its own time
                verdict = self.tr("target met") if target.met else self.tr("target not met")
                label = self.tr("P%1 dispatched within %2 min (target 90 %)").replace(
                    "%1", str(target.priority)
                )
                figures.append(
                    (label.replace("%2", f"{target.target_s / 60:.0f}"), f"{target.within:.0%} · {verdict}")
                )
            doc.figures(figures)
        doc.section(self.tr("Intervals (minutes:seconds)"))
        rows = [
            [
                self.name(name),
                s.n,
                _minutes(s.p50_s),
                _minutes(s.p90_s),
                _minutes(s.max_s),
                s.pending,
                len(s.excluded),
            ]
            for name, s in report.intervals.items()
        ]
        doc.table(
            [
                self.tr("Interval"),
                self.tr("Incidents"),
                self.tr("Median"),
                self.tr("90 %"),
                self.tr("Longest"),
                self.tr("Not yet"),
                self.tr("Left out"),
            ],
            rows,
            numeric=(1, 2, 3, 4, 5, 6),
        )
        doc.section(self.tr("Queue time by hour of day: median, seconds"))
        hours = list(range(24))
        medians = [round((report.by_hour.get(h, {}).get("queue") or _EMPTY).p50_s or 0) for h in hours]
        doc.bars([f"{h:02d}" for h in hours], medians, highlight=[h for h in hours if medians[h] > 60])
        counts = report.excluded_count
        if counts:  # a line here; the incidents themselves are listed in the CSV
            parts = "; ".join(f"{self.reason(reason)}: {n}" for reason, n in counts.items())
            doc.paragraph(
                self.tr(
                    "Incidents left out of some interval — %1. The list is in the CSV "
                    "(report intervals --csv)."
                ).replace("%1", parts),
                "sub",
            )
        doc.write(path)


class _Empty:
    p50_s = None


_EMPTY = _Empty()
