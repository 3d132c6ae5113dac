"""The audit trail: who changed what (the change feed) and who looked at what (the access log).

One reading for the desk's audit viewer and ``dispatch-desk audit``: both sources merged, newest first,
filtered by person, subject (an incident number, a call sign, a login) and time, and narrowed to what the
reader may see (``Principal.audit_scope``): a shift lead reaches back one shift, an administrator sees
the changes of reference data but no incident's, only anti-corruption officers read the lines about
confidential reports. On PostgreSQL the server's policies say the same (store/pg_security.py).

CSV export escapes every cell that a spreadsheet would run as a formula: a name or a reason typed by
anyone must never execute on the auditor's machine.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TextIO
from zoneinfo import ZoneInfo

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.changes import IncidentChange, UnitChange
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.values import safe_cell
from dispatch_desk.services.accounts import AccountService
from dispatch_desk.services.clock import Clock, utc_now
from dispatch_desk.store import feed
from dispatch_desk.store.feed import FeedEntry

MAX_LINES = 10_000
OPERATIONAL = ("incident", "unit")


class Source(StrEnum):
    CHANGE = "change"  # the change feed
    ACCESS = "access"  # the access log


@dataclass(frozen=True, slots=True)
class AuditQuery:
    login: str | None = None  # whose actions
    subject: str | None = None  # about what: an incident number, a call sign, a login, a code
    since: datetime | None = None
    until: datetime | None = None
    sources: frozenset[Source] = frozenset(Source)
    limit: int = 2_000

    def __post_init__(self) -> None:
        if self.since is not None and self.until is not None and self.until <= self.since:
            raise ValidationError("the end of the period must come after its beginning")
        if not 1 <= self.limit <= MAX_LINES:
            raise ValidationError(f"at most {MAX_LINES:,} lines at a time")


@dataclass(frozen=True, slots=True)
class AuditLine:
    at: datetime
    source: Source
    login: str
    workstation: str
    kind: str  # a change kind ("incident.dispatched") or an access kind ("identity_viewed")
    subject: str
    detail: str
    confidential: bool = False
    status: str = ""  # a change's: the incident's or the unit's status after it


@dataclass(frozen=True, slots=True)
class AuditResult:
    lines: list[AuditLine]
    since: datetime | None  # the beginning actually applied (a shift lead's: the shift's)
    truncated: bool  # more lines matched than were read


def change_detail(entry: FeedEntry) -> tuple[str, str]:
    """A change in a few words — the unit or incident it involved, the reason given — and the status it
    left behind; never a caller's identity."""
    record = entry.record
    if isinstance(record, IncidentChange):
        parts = [record.unit or "", record.reason, record.disposition]
    elif isinstance(record, UnitChange):
        parts = [record.incident or "", record.reason]
    else:
        return "", ""
    return "; ".join(p for p in parts if p), record.status


class AuditService:
    def __init__(self, accounts: AccountService, *, clock: Clock = utc_now) -> None:
        self.accounts = accounts
        self.clock = clock

    def read(self, by: Principal, query: AuditQuery = AuditQuery()) -> AuditResult:
        operational, confidential, _shift_only = by.audit_scope
        since = by.audit_start(query.since, self.clock())
        lines: list[AuditLine] = []
        limit = query.limit + 1
        if Source.CHANGE in query.sources:
            with self.accounts.database_for(by).reading() as session:
                found = feed.find(
                    session,
                    actor=query.login,
                    subject=query.subject,
                    since=since,
                    until=query.until,
                    confidential=confidential,
                    without_entities=() if operational else OPERATIONAL,
                    limit=limit,
                )
            for entry, subject in found:
                detail, status = change_detail(entry)
                lines.append(
                    AuditLine(
                        entry.at,
                        Source.CHANGE,
                        entry.actor,
                        "",
                        entry.kind,
                        subject,
                        detail,
                        bool(getattr(entry.record, "confidential", False)),
                        status,
                    )
                )
        if Source.ACCESS in query.sources:
            accesses = self.accounts.access_log(
                by, login=query.login, subject=query.subject, since=since, until=query.until, limit=limit
            )
            lines += [
                AuditLine(
                    a.at, Source.ACCESS, a.login, _where(a), a.kind, a.subject, a.detail, a.confidential
                )
                for a in accesses
            ]
        lines.sort(key=lambda line: line.at, reverse=True)
        return AuditResult(lines[: query.limit], since, len(lines) > query.limit)


def _where(access) -> str:
    """The workstation a line names, and the network address the server saw it come from (PostgreSQL)."""
    if access.address and access.address not in ("local", access.workstation):
        return f"{access.workstation} ({access.address})" if access.workstation else access.address
    return access.workstation


CSV_HEADER = ("time", "source", "login", "workstation", "what", "subject", "status", "detail", "confidential")


def write_csv(lines: Iterable[AuditLine], out: TextIO, timezone: str = "Asia/Almaty") -> int:
    """The lines as CSV (times in ``timezone``, ISO 8601 with the offset); returns how many."""
    zone = ZoneInfo(timezone)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    count = 0
    for line in lines:
        writer.writerow(
            [
                line.at.astimezone(zone).isoformat(timespec="seconds"),
                line.source.value,
                safe_cell(line.login),
                safe_cell(line.workstation),
                line.kind,
                safe_cell(line.subject),
                line.status,
                safe_cell(line.detail),
                "yes" if line.confidential else "",
            ]
        )
        count += 1
    return count


def csv_bytes(lines: Iterable[AuditLine], timezone: str = "Asia/Almaty") -> bytes:
    """The CSV file's bytes: UTF-8 with a byte-order mark, so that spreadsheets read Cyrillic right."""
    out = io.StringIO()
    write_csv(lines, out, timezone)
    return out.getvalue().encode("utf-8-sig")
