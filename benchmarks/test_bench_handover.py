"""The shift handover report of a busy twelve-hour shift, printed as a PDF (aim: 3 s).

On the million-incident database (a year of a large city: about 1,370 contacts in the twelve hours up to
``NOW``, none of them with a unit in the synthetic data, so that every one is an overdue event — more than
any real Saturday night): the report read from the database, then written as a PDF with its charts.
"""

from __future__ import annotations

import os
from datetime import timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from dispatch_desk.ui import qt_boot

qt_boot.prepare()

from benchmarks.data import NOW  # noqa: E402
from dispatch_desk.domain.access import Principal, Role  # noqa: E402
from dispatch_desk.services.desk import DeskService  # noqa: E402

SHIFT = timedelta(hours=12)


def lead(db) -> DeskService:
    return DeskService(db, Principal("lead", "Lead", (Role.SHIFT_LEAD,)), clock=lambda: NOW)


def test_handover_report_read(benchmark, million_db):
    desk = lead(million_db)
    report = benchmark(lambda: desk.lead.report(NOW - SHIFT, NOW))
    assert report.contacts > 1000 and len(report.overdue) > 1000


def test_handover_report_and_pdf(benchmark, million_db, qapp, tmp_path):
    from dispatch_desk.ui.handover_pdf import write_handover

    desk = lead(million_db)
    path = tmp_path / "handover.pdf"

    def printed() -> int:
        write_handover(desk, desk.lead.report(NOW - SHIFT, NOW), path, "ru")
        return path.stat().st_size

    assert benchmark.pedantic(printed, rounds=3, iterations=1) > 50_000
