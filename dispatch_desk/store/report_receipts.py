"""Storage of the intake server: client API keys, receipts (idempotency) and the batched report insert."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, selectinload

from dispatch_desk.domain.entities import Incident
from dispatch_desk.domain.enums import OPEN_INCIDENT_STATUSES, Channel, IncidentStatus
from dispatch_desk.domain.errors import NotFound, ValidationError
from dispatch_desk.domain.values import format_incident_number
from dispatch_desk.store import mapping
from dispatch_desk.store.rows import (
    ApiKeyRow,
    AttachmentRow,
    IncidentCounterRow,
    IncidentRow,
    IntakeReceiptRow,
    IntakeSecretRow,
)


@dataclass(frozen=True, slots=True)
class ApiKey:
    id: int
    name: str
    prefix: str
    secret_hash: str
    rate_per_minute: int
    created_at: datetime
    revoked_at: datetime | None
    confidential: bool = False

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def _key(row: ApiKeyRow) -> ApiKey:
    return ApiKey(
        row.id,
        row.name,
        row.prefix,
        row.secret_hash,
        row.rate_per_minute,
        row.created_at,
        row.revoked_at,
        bool(row.confidential),
    )


class ApiKeys:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(
        self,
        name: str,
        prefix: str,
        secret_hash: str,
        rate_per_minute: int,
        now: datetime,
        confidential: bool = False,
    ) -> ApiKey:
        if self.session.scalar(select(ApiKeyRow.id).where(ApiKeyRow.name == name)) is not None:
            raise ValidationError(f"an API key named {name!r} exists already")
        row = ApiKeyRow(
            name=name,
            prefix=prefix,
            secret_hash=secret_hash,
            rate_per_minute=rate_per_minute,
            created_at=now,
            confidential=confidential,
        )
        self.session.add(row)
        self.session.flush()
        return _key(row)

    def all(self) -> list[ApiKey]:
        return [_key(r) for r in self.session.scalars(select(ApiKeyRow).order_by(ApiKeyRow.name))]

    def revoke(self, name: str, now: datetime) -> ApiKey:
        row = self.session.scalar(select(ApiKeyRow).where(ApiKeyRow.name == name))
        if row is None:
            raise NotFound(f"there is no API key named {name!r}")
        if row.revoked_at is None:
            row.revoked_at = now
            self.session.flush()
        return _key(row)


@dataclass(slots=True)
class PendingReport:
    """One report of a batch: the incident to create and what the receipt records."""

    incident: Incident
    api_key_id: int
    idempotency_key: str | None
    media_url: str
    device_id: str | None
    secret: str = ""  # given to the author once; never stored
    secret_hash: str = ""
    content_hash: str = ""  # what the report said (``services/app_reports.py``)
    parent_id: int | None = None  # the sender's earlier report still open, which this one joins


def existing_receipts(
    session: Session, api_key_id: int, keys: Sequence[str]
) -> dict[str, tuple[str, str, str]]:
    """Idempotency keys of this client already used → the incident number each became, the hash of what
    that report said ("" for reports received before contents were hashed) and its secret's hash."""
    if not keys:
        return {}
    rows = session.execute(
        select(
            IntakeReceiptRow.idempotency_key,
            IncidentRow.number,
            IntakeReceiptRow.content_hash,
            IntakeReceiptRow.secret_hash,
        )
        .join(IncidentRow, IncidentRow.id == IntakeReceiptRow.incident_id)
        .where(IntakeReceiptRow.api_key_id == api_key_id, IntakeReceiptRow.idempotency_key.in_(list(keys)))
    )
    return {key: (number, content, secret) for key, number, content, secret in rows if key is not None}


def intake_secret(session: Session) -> str:
    """The key reply secrets are derived from, made the first time it is asked for."""
    found = session.scalar(select(IntakeSecretRow.secret).where(IntakeSecretRow.id == 1))
    if found:
        return found
    dialect = session.get_bind().dialect.name
    upsert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(
        upsert(IntakeSecretRow)
        .values(id=1, secret=secrets.token_hex(32))
        .on_conflict_do_nothing(index_elements=["id"])
    )
    return session.scalar(select(IntakeSecretRow.secret).where(IntakeSecretRow.id == 1)) or ""


def reserve_numbers(session: Session, year: int, count: int) -> list[str]:
    """``count`` consecutive incident numbers of ``year`` in two statements."""
    dialect = session.get_bind().dialect.name
    upsert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(
        upsert(IncidentCounterRow).values(year=year, last=0).on_conflict_do_nothing(index_elements=["year"])
    )
    last = session.scalar(
        update(IncidentCounterRow)
        .where(IncidentCounterRow.year == year)
        .values(last=IncidentCounterRow.last + count)
        .returning(IncidentCounterRow.last)
    )
    if last is None:  # the row was made just above, in this transaction
        raise RuntimeError(f"the incident counter of {year} is missing")
    return [format_incident_number(year, n) for n in range(last - count + 1, last + 1)]


def insert_reports(session: Session, reports: Sequence[PendingReport], numbers: Sequence[str]) -> None:
    """Insert the incidents, their attachments and receipts with one multi-row statement per table."""
    columns = []
    for report, number in zip(reports, numbers, strict=True):
        report.incident.number = number
        columns.append(
            {
                "number": number,
                "version": 1,
                "parent_id": report.parent_id,
                **mapping.incident_columns(report.incident),
            }
        )
    ids = session.execute(
        insert(IncidentRow).returning(IncidentRow.id, sort_by_parameter_order=True), columns
    ).scalars()
    attachments: list[dict[str, object]] = []
    receipts: list[dict[str, object]] = []
    for report, incident_id in zip(reports, ids, strict=True):
        report.incident.id = incident_id
        report.incident.version = 1
        for attachment in report.incident.attachments:
            attachments.append({"incident_id": incident_id, **mapping.attachment_columns(attachment)})
        receipts.append(
            {
                "api_key_id": report.api_key_id,
                "idempotency_key": report.idempotency_key,
                "incident_id": incident_id,
                "media_url": report.media_url,
                "device_id": report.device_id,
                "received_at": report.incident.received_at,
                "secret_hash": report.secret_hash,
                "content_hash": report.content_hash,
            }
        )
    if attachments:
        session.execute(insert(AttachmentRow), attachments)
    session.execute(insert(IntakeReceiptRow), receipts)


@dataclass(frozen=True, slots=True)
class ReportView:
    """An app report as the Open311 API shows it: the incident, and what its receipt says about who
    posted it (the client key) and how its author proves authorship (the secret's hash)."""

    incident: Incident
    media_url: str
    api_key_id: int = 0
    secret_hash: str = ""


_LOAD = (selectinload(IncidentRow.attachments),)
_RECEIPT = (IntakeReceiptRow.media_url, IntakeReceiptRow.api_key_id, IntakeReceiptRow.secret_hash)


def senders_first_open(
    session: Session, senders: Sequence[str], since: datetime
) -> dict[str, tuple[int, str]]:
    """Each sender's (an account or device id) first app report received since ``since`` that is still
    open and part of no other: sender → (id, number)."""
    rows = session.execute(
        select(IncidentRow.app_user_id, IncidentRow.id, IncidentRow.number)
        .where(
            IncidentRow.app_user_id.in_(list(senders)),
            IncidentRow.received_at >= since,
            IncidentRow.channel == Channel.APP.value,
            IncidentRow.parent_id.is_(None),
            IncidentRow.status.in_([s.value for s in OPEN_INCIDENT_STATUSES]),
        )
        .order_by(IncidentRow.received_at)
    )
    first: dict[str, tuple[int, str]] = {}
    for sender, incident_id, number in rows:
        if sender is not None:
            first.setdefault(sender, (incident_id, number))
    return first


def join_group(session: Session, parent_id: int, member_ids: Sequence[int]) -> None:
    """Reports just inserted join the group of ``parent_id``."""
    session.execute(
        update(IncidentRow).where(IncidentRow.id.in_(list(member_ids))).values(parent_id=parent_id)
    )


def attachment_hashes(session: Session) -> set[str]:
    """The content hash of every stored report file that a committed attachment names."""
    return set(session.scalars(select(AttachmentRow.sha256).distinct()))


def report(session: Session, number: str) -> ReportView:
    """The app report ``number``; a phone call, a walk-in or no such number: NotFound alike."""
    row = session.execute(
        select(IncidentRow, *_RECEIPT)
        .join(IntakeReceiptRow, IntakeReceiptRow.incident_id == IncidentRow.id)
        .where(IncidentRow.number == number, IncidentRow.channel == Channel.APP.value)
        .options(*_LOAD)
    ).first()
    if row is None:
        raise NotFound(f"there is no service request {number}")
    return ReportView(mapping.incident_from_row(row[0]), row[1], row[2], row[3])


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """What ``GET /v2/requests.json`` asks for; ``numbers`` overrides the rest (as Open311 says).
    ``client``: only the reports this client key posted; ``confidential``: whether confidential reports
    may be among them (only for a confidential key's own)."""

    numbers: Sequence[str] = ()
    categories: Sequence[str] = ()
    statuses: Sequence[IncidentStatus] = ()
    start: datetime | None = None
    end: datetime | None = None
    limit: int = 1000
    client: int | None = None
    confidential: bool = False


def reports(session: Session, wanted: ReportFilter) -> list[ReportView]:
    """App reports, newest first."""
    query = (
        select(IncidentRow, *_RECEIPT)
        .join(IntakeReceiptRow, IntakeReceiptRow.incident_id == IncidentRow.id)
        .where(IncidentRow.channel == Channel.APP.value)
        .options(*_LOAD)
    )
    if wanted.client is not None:
        query = query.where(IntakeReceiptRow.api_key_id == wanted.client)
    if not wanted.confidential:
        query = query.where(IncidentRow.confidential.is_(False))
    if wanted.numbers:
        query = query.where(IncidentRow.number.in_(list(wanted.numbers)))
    else:
        if wanted.categories:
            query = query.where(IncidentRow.category.in_(list(wanted.categories)))
        if wanted.statuses:
            query = query.where(IncidentRow.status.in_([s.value for s in wanted.statuses]))
        if wanted.start is not None:
            query = query.where(IncidentRow.received_at >= wanted.start)
        if wanted.end is not None:
            query = query.where(IncidentRow.received_at <= wanted.end)
    query = query.order_by(IncidentRow.received_at.desc(), IncidentRow.id.desc()).limit(wanted.limit)
    return [ReportView(mapping.incident_from_row(r[0]), r[1], r[2], r[3]) for r in session.execute(query)]
