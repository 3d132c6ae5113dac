"""``dispatch-desk audit``: the audit trail — who changed what, who looked at what — as a table or CSV."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from dispatch_desk.cli.common import (
    UsageError,
    as_user,
    local_moment,
    moment_type,
    note,
    output_type,
    table,
    whole,
)
from dispatch_desk.cli.words import tr
from dispatch_desk.config import Settings


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    audit = commands.add_parser(
        parents=[common],
        name="audit",
        help="the audit trail: changes and accesses (auditors, administrators; shift leads: the shift)",
    )
    audit.add_argument("--login", metavar="LOGIN", help="only what this person did or looked at")
    audit.add_argument(
        "--subject", metavar="WHAT", help="only about this incident number, call sign or login"
    )
    audit.add_argument("--since", type=moment_type, metavar="WHEN", help="from this date or time (local)")
    audit.add_argument("--until", type=moment_type, metavar="WHEN", help="up to this date or time (local)")
    audit.add_argument("--source", choices=("change", "access"), help="only changes or only accesses")
    audit.add_argument("--limit", type=whole(1, 10_000), default=2_000, help="at most this many lines (2000)")
    audit.add_argument(
        "--csv",
        metavar="FILE",
        type=output_type,
        help="write CSV (UTF-8) to FILE, '-' for the standard output",
    )
    audit.set_defaults(run=run_audit)


def _moment(text: str | None, zone: ZoneInfo) -> datetime | None:
    if text is None:
        return None
    return local_moment(text, zone)


def run_audit(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.services.audit import AuditQuery, Source, csv_bytes, write_csv

    zone = ZoneInfo(settings.timezone)
    sources = frozenset({Source(args.source)}) if args.source else frozenset(Source)
    query = AuditQuery(
        login=args.login,
        subject=args.subject,
        since=_moment(args.since, zone),
        until=_moment(args.until, zone),
        sources=sources,
        limit=args.limit,
    )
    services, by = as_user(settings)
    result = services.audit.read(by, query)
    if args.csv == "-":
        write_csv(result.lines, sys.stdout, settings.timezone)
    elif args.csv:
        target = Path(args.csv)
        if target.is_dir():
            raise UsageError(tr("{file} is a folder; give a file name", file=target))
        target.write_bytes(csv_bytes(result.lines, settings.timezone))
        note(tr("{count} lines written to {file}", file=target, count=len(result.lines)))
    else:
        rows = [
            [
                line.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"),
                line.source.value,
                line.login,
                line.workstation,
                line.kind,
                line.subject,
                line.detail,
            ]
            for line in result.lines
        ]
        print(
            table(
                rows,
                [
                    tr("TIME"),
                    tr("SOURCE"),
                    tr("LOGIN"),
                    tr("WORKSTATION"),
                    tr("WHAT"),
                    tr("SUBJECT"),
                    tr("DETAIL"),
                ],
            )
        )
    if result.since is not None and query.since != result.since:
        note(
            tr("the current shift only, from {time}", time=f"{result.since.astimezone(zone):%Y-%m-%d %H:%M}")
        )
    if result.truncated:
        note(tr("more lines match; narrow the search or raise --limit"))
    return 0
