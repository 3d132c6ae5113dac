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

from dispatch_desk.cli.audit import moment_type
from dispatch_desk.cli.common import PROG, UsageError, as_user, table, whole
from dispatch_desk.config import Settings


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    report = commands.add_parser(parents=[common], name="report",
                                 help="figures of a period: response intervals (shift leads, inspectors)")  # fmt: skip
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    intervals = kinds.add_parser(parents=[common], name="intervals",
                                 help="queue, travel, response, on-scene and total times: n, p50, p90, max")  # fmt: skip
    intervals.add_argument("--from", dest="since", type=moment_type, metavar="WHEN",
                           help="from this date or time, local (default: 30 days ago)")  # fmt: skip
    intervals.add_argument("--to", dest="until", type=moment_type, metavar="WHEN",
                           help="up to this date or time, local (default: now); a date alone: to its end")  # fmt: skip
    intervals.add_argument("--precinct", metavar="CODE", help="only this precinct")
    intervals.add_argument("--priority", type=whole(1, 4), help="only this priority (1-4)")
    intervals.add_argument("--category", metavar="CODE", help="only this category")
    out = intervals.add_mutually_exclusive_group()
    out.add_argument("--json", metavar="OUT", help="write JSON to OUT ('-': the standard output)")
    out.add_argument("--csv", metavar="OUT", help="write CSV (UTF-8) to OUT ('-': the standard output)")
    intervals.set_defaults(run=run_intervals)


def _moment(text: str | None, zone: ZoneInfo, end: bool) -> datetime | None:
    if text is None:
        return None
    moment = datetime.fromisoformat(text)
    if end and len(text) == 10:  # a date alone: the whole day
        moment += timedelta(days=1)
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _write(target: str, text: str) -> None:
    if target == "-":
        sys.stdout.write(text)
        return
    path = Path(target)
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give a file name")
    path.write_text(text, encoding="utf-8-sig" if path.suffix.lower() == ".csv" else "utf-8")
    print(f"{PROG}: written to {path}", file=sys.stderr)


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
        body = {"from": since.isoformat(), "to": until.isoformat(), "precinct": args.precinct,
                "priority": args.priority, "category": args.category, **report.as_dict()}  # fmt: skip
        _write(args.json, json.dumps(body, ensure_ascii=False, indent=1) + "\n")
    elif args.csv:
        _write(args.csv, interval_csv(report))
    else:
        rows = []
        for name, summary in report.intervals.items():
            figures = summary.as_dict()
            rows.append([name, str(summary.n), *(("—" if v is None else f"{v:.0f}") for v in
                         (figures["p50_s"], figures["p90_s"], figures["max_s"])), str(summary.pending),
                         str(len(summary.excluded))])  # fmt: skip
        print(table(rows, ["INTERVAL", "N", "P50 S", "P90 S", "MAX S", "PENDING", "LEFT OUT"]))
        share = report.queue_within_target
        print(f"{report.incidents} incidents from {since:%Y-%m-%d %H:%M} to {until:%Y-%m-%d %H:%M}; "
              + ("no dispatch yet" if share is None else f"dispatched within 60 s: {share:.0%} (target 90 %)"))  # fmt: skip
    return 0
