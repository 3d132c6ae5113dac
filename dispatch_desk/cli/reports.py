"""``dispatch-desk report``: figures of a period for shift leads and precinct inspectors.

``report intervals``: response intervals (queue, travel, response, on scene, total) with n, median,
90th percentile and maximum, the incidents left out and why, the queue's share within its 60 s target.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from dispatch_desk.cli.common import (
    UsageError,
    as_user,
    local_moment,
    moment_type,
    output_type,
    table,
    whole,
    written,
)
from dispatch_desk.cli.words import QT_TR_NOOP, tr
from dispatch_desk.config import Settings


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    report = commands.add_parser(
        parents=[common],
        name="report",
        help="figures of a period: response intervals (shift leads, inspectors)",
    )
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    intervals = kinds.add_parser(
        parents=[common],
        name="intervals",
        help="queue, travel, response, on-scene and total times: n, p50, p90, max",
    )
    _period(intervals, "30 days ago")
    intervals.add_argument("--precinct", metavar="CODE", help="only this precinct")
    intervals.add_argument("--priority", type=whole(1, 4), help="only this priority (1-4)")
    intervals.add_argument("--category", metavar="CODE", help="only this category")
    out = intervals.add_mutually_exclusive_group()
    out.add_argument(
        "--json", metavar="OUT", type=output_type, help="write JSON to OUT ('-': the standard output)"
    )
    out.add_argument(
        "--csv", metavar="OUT", type=output_type, help="write CSV (UTF-8) to OUT ('-': the standard output)"
    )
    out.add_argument(
        "--pdf", metavar="OUT", type=output_type, help="write a PDF in the desk's language to OUT"
    )
    intervals.set_defaults(run=run_intervals)
    handover = kinds.add_parser(
        parents=[common],
        name="handover",
        help="the shift handover report: contacts, carried over, overdue, units, look-outs",
    )
    _period(handover, "12 hours before --to")
    handover.add_argument(
        "--handover",
        type=whole(1, 2**62),
        metavar="ID",
        help="the report of a handover made in the desk (its period, notes and receipt)",
    )
    out = handover.add_mutually_exclusive_group(required=True)
    out.add_argument(
        "--pdf", metavar="OUT", type=output_type, help="write a PDF in the desk's language to OUT"
    )
    out.add_argument(
        "--csv", metavar="OUT", type=output_type, help="write CSV (UTF-8) to OUT ('-': the standard output)"
    )
    handover.set_defaults(run=run_handover)


def _period(parser: argparse.ArgumentParser, default_start: str) -> None:
    parser.add_argument(
        "--from",
        dest="since",
        type=moment_type,
        metavar="WHEN",
        help=f"from this date or time, local (default: {default_start})",
    )
    parser.add_argument(
        "--to",
        dest="until",
        type=moment_type,
        metavar="WHEN",
        help="up to this date or time, local (default: now); a date alone: to its end",
    )


def _moment(text: str | None, zone: ZoneInfo, end: bool) -> datetime | None:
    if text is None:
        return None
    moment = local_moment(text, zone)
    return moment + timedelta(days=1) if end and len(text) == 10 else moment  # a date alone: the whole day


def _write(target: str, text: str) -> None:
    if target == "-":
        sys.stdout.write(text)
        return
    path = Path(target)
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give a file name")
    path.write_text(text, encoding="utf-8-sig" if path.suffix.lower() == ".csv" else "utf-8")
    written(path)


def run_intervals(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.services.analytics import IntervalQuery, interval_csv

    zone = ZoneInfo(settings.timezone)
    now = datetime.now(zone)
    until = _moment(args.until, zone, end=True) or now
    since = _moment(args.since, zone, end=False) or until - timedelta(days=30)
    services, person = as_user(settings)
    report = services.analytics_for(person).intervals(
        IntervalQuery(since, until, args.precinct, args.priority, args.category)
    )
    if args.json:
        body = {
            "from": since.isoformat(),
            "to": until.isoformat(),
            "precinct": args.precinct,
            "priority": args.priority,
            "category": args.category,
            **report.as_dict(),
        }
        _write(args.json, json.dumps(body, ensure_ascii=False, indent=1) + "\n")
    elif args.csv:
        _write(args.csv, interval_csv(report))
    elif args.pdf:
        _intervals_pdf(args, settings, report, since, until)
    else:
        _print_intervals(report, since, until)
    return 0


def _print_intervals(report, since: datetime, until: datetime) -> None:
    """The intervals as a table, then each priority's share dispatched within its target."""
    rows = []
    for name, summary in report.intervals.items():
        figures = summary.as_dict()
        rows.append(
            [
                tr(INTERVAL_NAMES.get(name, name)),
                str(summary.n),
                *(
                    ("—" if v is None else f"{v:.0f}")
                    for v in (figures["p50_s"], figures["p90_s"], figures["max_s"])
                ),
                str(summary.pending),
                str(len(summary.excluded)),
            ]
        )
    print(
        table(
            rows,
            [
                tr("INTERVAL"),
                tr("N"),
                tr("P50 S"),
                tr("P90 S"),
                tr("MAX S"),
                tr("PENDING"),
                tr("LEFT OUT"),
            ],
        )
    )
    print(
        tr(
            "{count} incidents from {start} to {end}",
            start=f"{since:%Y-%m-%d %H:%M}",
            end=f"{until:%Y-%m-%d %H:%M}",
            count=report.incidents,
        )
        + (tr("; no dispatch yet") if not report.by_priority else "")
    )
    for target in report.by_priority:
        print(
            tr(
                "P{priority} dispatched within {minutes} min: {share} of {count} (target 90 %: {verdict})",
                priority=target.priority,
                minutes=f"{target.target_s / 60:.0f}",
                share=f"{target.within:.0%}",
                count=target.n,
                verdict=tr("met") if target.met else tr("not met"),
            )
        )


def _intervals_pdf(
    args: argparse.Namespace, settings: Settings, report, since: datetime, until: datetime
) -> None:
    from dispatch_desk.ui.intervals_pdf import IntervalsPdf

    path = _pdf_target(args.pdf, settings)
    parts = (
        args.precinct and tr("precinct {code}", code=args.precinct),
        args.priority and f"P{args.priority}",
        args.category,
    )
    scope = " · ".join(x for x in parts if x)
    IntervalsPdf(ZoneInfo(settings.timezone)).write(report, path, since, until, scope)
    written(path)


INTERVAL_NAMES = {
    "queue": QT_TR_NOOP("queue"),
    "travel": QT_TR_NOOP("travel"),
    "response": QT_TR_NOOP("response"),
    "on_scene": QT_TR_NOOP("on scene"),
    "total": QT_TR_NOOP("total"),
}


def _pdf_target(target: str, settings: Settings) -> Path:
    """Where a PDF goes; Qt is made ready to print in the desk's language."""
    path = Path(target)
    if target == "-" or path.is_dir():
        raise UsageError(f"{target} is not a file name for the PDF")
    from dispatch_desk.ui.app import choose_language, install_translations
    from dispatch_desk.ui.report_pdf import ensure_application

    app = ensure_application()
    install_translations(app, choose_language(settings.language))  # type: ignore[arg-type]
    return path


def run_handover(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.services.handover_csv import handover_csv

    zone = ZoneInfo(settings.timezone)
    services, person = as_user(settings)
    desk = services.desk_for(person)
    handover = desk.lead.handover(args.handover) if args.handover else None
    if handover is not None:
        since, until = handover.period_from, handover.period_to
    else:
        until = _moment(args.until, zone, end=True) or datetime.now(zone)
        since = _moment(args.since, zone, end=False) or until - timedelta(hours=12)
    report = desk.lead.report(since, until, handover)
    if args.csv:
        _write(args.csv, handover_csv(report, settings.timezone))
        return 0
    path = _pdf_target(args.pdf, settings)
    from dispatch_desk.ui.handover_pdf import write_handover

    write_handover(desk, report, path, settings.language)
    written(path)
    return 0
