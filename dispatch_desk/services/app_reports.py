"""Reports from the "102" app: client keys, and the path from an accepted report to a committed incident.

A report is checked, located and its media stored in the caller's thread; then one writer thread commits
what has queued up meanwhile in one transaction (group commit): under load one transaction carries many
reports, alone a report is committed at once. The caller learns the incident number only after the
commit, so a report acknowledged to the app is never lost. A client's idempotency key is recorded with the
incident (unique per client), so a retried report returns the first incident instead of making a second.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import logging
import queue
import re
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import timedelta

from dispatch_desk.domain.access import Permission, Principal
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import ApiKeyChange, IncidentChange
from dispatch_desk.domain.entities import Attachment, Category, Precinct
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.errors import DatabaseUnavailable, DomainError, NotFound, ValidationError
from dispatch_desk.domain.values import MAX_TEXT, clean_text
from dispatch_desk.services.app_report_terms import (
    AppReport,
    MediaFile,
    Reader,
    Receipt,
    content_hash,
    hash_key,
)
from dispatch_desk.services.desk import DeskService
from dispatch_desk.services.feed_follow import FeedFollower, FeedWaker
from dispatch_desk.services.new_incident import CallDraft, make_incident
from dispatch_desk.store import report_receipts as store
from dispatch_desk.store.db import Database
from dispatch_desk.store.media_files import MediaStore
from dispatch_desk.store.report_receipts import ApiKey, PendingReport, ReportFilter, ReportView
from dispatch_desk.store.uow import UnitOfWork

__all__ = [
    "ApiKey",
    "AppReport",
    "IntakeService",
    "MediaFile",
    "Reader",
    "Receipt",
    "ReportFilter",
    "ReportView",
]

log = logging.getLogger(__name__)

KEY_PATTERN = re.compile(r"^ddk_([0-9a-f]{8})([0-9a-f]{40})$")
KEY_CACHE_SECONDS = 5.0  # a revoked key stops working within this time on a running intake server
DEFAULT_RATE_PER_MINUTE = 6000


@dataclass
class _Queued:
    pending: PendingReport
    future: Future = field(default_factory=Future)


class IntakeService:
    def __init__(
        self,
        desk: DeskService,
        media: MediaStore,
        *,
        batch_max: int = 64,
        database_for: Callable[[Principal], Database] | None = None,
    ) -> None:
        self.desk = desk
        self.db = desk.db
        # The connection a person's own request goes over (on PostgreSQL their login role's); the intake's
        # own work goes over ``db``.
        self._database_for = database_for or (lambda _by: self.db)
        self.media = media
        self.batch_max = max(1, int(batch_max))
        self._queue: queue.Queue[_Queued | None] = queue.Queue()
        self._writer: threading.Thread | None = None
        self._keys: dict[str, ApiKey] = {}
        self._keys_loaded = 0.0
        self._keys_lock = threading.Lock()
        self._reply_key: bytes | None = None  # what reply secrets are derived from (``_reply_secret``)
        self._categories: dict[str, Category] = {}
        self._categories_loaded = 0.0
        self._precincts: dict[str, Precinct] = {}
        self._precincts_loaded = 0.0

    # -- client keys ----------------------------------------------------------------------------
    def create_api_key(
        self,
        name: str,
        rate_per_minute: int = DEFAULT_RATE_PER_MINUTE,
        *,
        by: Principal,
        confidential: bool = False,
    ) -> tuple[ApiKey, str]:
        """A new key for a client application; the key text is returned once and never stored.
        ``confidential``: a server integration of another agency (never an app, whose key ships inside
        every phone): it may read back the full reports it posted itself."""
        by.require(Permission.MANAGE_API_KEYS)
        name = clean_text(name, "API key name", MAX_TEXT["short"], required=True)
        if not 1 <= int(rate_per_minute) <= 10_000_000:
            raise ValidationError("the rate limit must be between 1 and 10,000,000 requests a minute")
        prefix = secrets.token_hex(4)
        key = f"ddk_{prefix}{secrets.token_hex(20)}"
        with UnitOfWork(self._database_for(by), by.login, self.desk.clock()) as work:
            stored = store.ApiKeys(work.session).add(
                name, prefix, hash_key(key), int(rate_per_minute), work.now, bool(confidential)
            )
            work.record(ApiKeyChange(ChangeKind.API_KEY_CREATED, name, prefix), stored.id)
            work.commit()
        self._keys_loaded = 0.0
        return stored, key

    def revoke_api_key(self, name: str, *, by: Principal) -> ApiKey:
        by.require(Permission.MANAGE_API_KEYS)
        with UnitOfWork(self._database_for(by), by.login, self.desk.clock()) as work:
            revoked = store.ApiKeys(work.session).revoke(name, work.now)
            work.record(ApiKeyChange(ChangeKind.API_KEY_REVOKED, name, revoked.prefix), revoked.id)
            work.commit()
        self._keys_loaded = 0.0
        return revoked

    def api_keys(self, *, by: Principal | None = None) -> list[ApiKey]:
        """The keys (never their secret); ``by``: the person asking (the server itself needs none)."""
        if by is not None:
            by.require(Permission.MANAGE_API_KEYS)
        with (self.db if by is None else self._database_for(by)).reading() as session:
            return store.ApiKeys(session).all()

    def authenticate(self, key: str) -> ApiKey | None:
        """The active client key ``key`` stands for, or None. Keys are re-read every few seconds."""
        match = KEY_PATTERN.match(key or "")
        if not match:
            return None
        now = time.monotonic()
        with self._keys_lock:
            stale = now - self._keys_loaded > KEY_CACHE_SECONDS
            unknown = match.group(1) not in self._keys and now - self._keys_loaded > 0.5  # made just now
            if stale or unknown:
                try:
                    self._keys = {k.prefix: k for k in self.api_keys()}
                    self._keys_loaded = now
                except Exception:
                    if not self._keys:
                        raise
                    # The database is away: the keys known a moment ago still hold, so the report
                    # can be checked and then wait for the database like every other.
                    log.warning("API keys not re-read: the database is not available")
            stored = self._keys.get(match.group(1))
        if stored is None or not stored.active:
            return None
        return stored if hmac.compare_digest(stored.secret_hash, hash_key(key)) else None

    # -- reference data -------------------------------------------------------------------------
    def services(self) -> list[Category]:
        return [c for c in self.categories_by_code().values() if c.active]

    def category(self, code: str) -> Category | None:
        category = self.categories_by_code().get(code)
        if category is None and time.monotonic() - self._categories_loaded > 1.0:
            category = self.categories_by_code(reload=True).get(code)
        return category if category is not None and category.active else None

    def categories_by_code(self, reload: bool = False) -> dict[str, Category]:
        """Every category, inactive ones too (old reports keep their names), re-read once a minute."""
        if reload or not self._categories or time.monotonic() - self._categories_loaded > 60:
            self._categories = {c.code: c for c in self.desk.read.categories(include_inactive=True)}
            self._categories_loaded = time.monotonic()
        return self._categories

    def precincts(self) -> dict[str, Precinct]:
        """The precincts by code (for ``agency_responsible``), re-read once a minute."""
        if not self._precincts or time.monotonic() - self._precincts_loaded > 60:
            self._precincts = {p.code: p for p in self.desk.read.precincts()}
            self._precincts_loaded = time.monotonic()
        return self._precincts

    def follow_changes(self) -> FeedWaker:
        """Keep this process current with what other workstations change: a precinct or address import
        reaches the lookups, a new road network the routing engine, new precinct and category names the
        answers, within about a second."""
        kinds = (
            ChangeKind.PRECINCT_SAVED,
            ChangeKind.GAZETTEER_REPLACED,
            ChangeKind.ROADS_REPLACED,
            ChangeKind.CATEGORY_SAVED,
        )
        follower = FeedFollower(self.desk, self.desk.read.last_feed_seq(), kinds)

        def wake() -> None:
            while True:
                batch = follower.poll()  # drops the cached geography itself
                if batch.changes.precincts:
                    self._precincts = {}
                if batch.changes.categories:
                    self._categories = {}
                if len(batch.entries) < 1000:
                    return

        waker = FeedWaker(self.db, wake, min_interval_s=1.0, name="intake-feed")
        waker.start()
        return waker

    # -- reports --------------------------------------------------------------------------------
    def prepare(self, client: ApiKey, report: AppReport) -> PendingReport:
        """Check a report, locate it and store its media; nothing is committed yet."""
        category = self.category(report.service_code)
        if category is None:
            raise NotFound(
                f"service_code {report.service_code!r} is not a service of this server "
                "(GET /v2/services.json lists them)"
            )
        if report.location is None and not report.address.strip():
            raise ValidationError("a report needs a position (lat and long) or an address (address_string)")
        draft = CallDraft(
            Channel.APP,
            category.code,
            report.description,
            report.address,
            report.location,
            report.caller_name,
            report.phone,
            report.account_id or report.device_id,
            video_call_requested=report.video_call_requested,
        )
        # Checked (and located) before any media is written, so a refused report leaves no file behind.
        incident = make_incident(draft, category, self.desk.geography, now=self.desk.clock())
        for item in report.media:
            sha256 = self.media.put(item.data)
            incident.attachments.append(
                Attachment(item.kind, sha256, item.media_type, len(item.data), item.name)
            )
        pending = PendingReport(
            incident, client.id, report.idempotency_key, report.media_url, report.device_id
        )

        pending.content_hash = content_hash(report, [a.sha256 for a in incident.attachments])
        pending.secret = self._reply_secret(client.id, report.idempotency_key, pending.content_hash)
        pending.secret_hash = hash_key(pending.secret)
        return pending

    def _reply_secret(self, client_id: int, idempotency_key: str | None, said: str) -> str:
        """The author's secret for a report: derived from the intake's key, the client, the retry key and
        what the report says, so that a retry of the same report (the first answer lost) gets the very same
        secret back and nothing is revoked; random for a report that cannot be retried."""
        if not idempotency_key:
            return secrets.token_urlsafe(SECRET_BYTES)
        with self._keys_lock:
            if self._reply_key is None:
                with self.db.write_session() as session, session.begin():
                    self._reply_key = bytes.fromhex(store.intake_secret(session))
        message = f"{client_id}\n{idempotency_key}\n{said}".encode()
        digest = hmac.new(self._reply_key, message, hashlib.sha256).digest()[:SECRET_BYTES]
        return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")

    def enqueue(self, pending: PendingReport) -> Future:
        """Queue a prepared report for the writer; the future resolves to a Receipt after the commit."""
        self.start()
        item = _Queued(pending)
        self._queue.put(item)
        return item.future

    def start(self) -> None:
        if self._writer is None:
            self._writer = threading.Thread(target=self._run, name="intake-writer", daemon=True)
            self._writer.start()

    def close(self) -> None:
        if self._writer is not None:
            self._queue.put(None)
            self._writer.join(timeout=30)
            self._writer = None

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            stop = False
            while len(batch) < self.batch_max:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    stop = True
                    break
                batch.append(item)
            self._write(batch)
            if stop:
                return

    def _write(self, batch: list[_Queued]) -> None:
        try:
            receipts = self._commit([q.pending for q in batch])
        except DomainError as exc:
            unavailable = isinstance(exc, DatabaseUnavailable)
            if len(batch) > 1 and not unavailable:
                # One report the database refuses (or another intake process racing on the same
                # idempotency key) must not fail the others: commit them one by one.
                for item in batch:
                    self._write([item])
                return
            if len(batch) == 1 and not unavailable and batch[0].pending.idempotency_key:
                try:  # a concurrent first attempt committed the same key: answer with its incident
                    batch[0].future.set_result(self._commit([batch[0].pending])[0])
                    return
                except Exception as again:  # handed to the waiting request
                    exc = again if isinstance(again, DomainError) else exc
            for item in batch:
                item.future.set_exception(exc)
            return
        except Exception as exc:  # every waiting request must hear of it
            log.exception("committing %d reports failed", len(batch))
            for item in batch:
                item.future.set_exception(exc)
            return
        for item, receipt in zip(batch, receipts, strict=True):
            item.future.set_result(receipt)

    def _commit(self, reports: Sequence[PendingReport]) -> list[Receipt]:
        with UnitOfWork(self.db, "intake", self.desk.clock()) as work:
            session = work.session
            keys_by_client: dict[int, set[str]] = {}
            for report in reports:
                if report.idempotency_key:
                    keys_by_client.setdefault(report.api_key_id, set()).add(report.idempotency_key)
            known: dict[tuple[int, str], tuple[str, str, str]] = {}
            for client_id, keys in keys_by_client.items():
                for existing, found in store.existing_receipts(session, client_id, sorted(keys)).items():
                    known[(client_id, existing)] = found
            results: list[Receipt | int | None] = [None] * len(reports)
            fresh: list[int] = []
            first_of: dict[tuple[int, str], int] = {}
            for i, report in enumerate(reports):
                key: tuple[int, str] | None = (
                    (report.api_key_id, report.idempotency_key) if report.idempotency_key else None
                )
                if key is not None and key in known:
                    number, said, secret_hash = known[key]
                    if said and said != report.content_hash:  # the key was taken by another report
                        results[i] = Receipt("", created=False, conflict=True)
                    else:  # the same answer; a secret of an earlier version stays the author's alone
                        same = hmac.compare_digest(secret_hash or "", report.secret_hash)
                        results[i] = Receipt(number, created=False, secret=report.secret if same else "")
                elif key is not None and key in first_of:
                    first = reports[first_of[key]]
                    same = first.content_hash == report.content_hash
                    # the same report twice in one batch, or two reports under one key
                    results[i] = first_of[key] if same else Receipt("", created=False, conflict=True)
                else:
                    fresh.append(i)
                    if key is not None:
                        first_of[key] = i
            by_year: dict[int, list[int]] = {}
            for i in fresh:
                year = reports[i].incident.received_at.astimezone(self.desk.zone).year
                by_year.setdefault(year, []).append(i)
            self._join_senders_first(session, [reports[i] for i in fresh])
            for year, indexes in by_year.items():
                numbers = store.reserve_numbers(session, year, len(indexes))
                store.insert_reports(session, [reports[i] for i in indexes], numbers)
            self._group_within_batch(session, [reports[i] for i in fresh])
            for i in fresh:
                incident = reports[i].incident
                work.record(IncidentChange.of(ChangeKind.INCIDENT_CREATED, incident), incident.id)
            work.commit()
        receipts: list[Receipt] = []
        for i, result in enumerate(results):
            if result is None:
                receipts.append(Receipt(reports[i].incident.number, created=True, secret=reports[i].secret))
            elif isinstance(result, int):  # the same report twice in one batch: both get the first's secret
                first = reports[result]
                receipts.append(Receipt(first.incident.number, created=False, secret=first.secret))
            else:
                receipts.append(result)
        return receipts

    # A burst of reports from one phone reaches the desk as one group: each joins its sender's first
    # report still open from the last half hour. Looked up once per batch, in the writer.
    def _join_senders_first(self, session, pending: Sequence[PendingReport]) -> None:
        senders = {p.incident.caller.app_user_id for p in pending if p.incident.caller.app_user_id}
        if not senders:
            return
        since = min(p.incident.received_at for p in pending) - SENDER_GROUP_WINDOW
        first = store.senders_first_open(session, sorted(senders), since)
        for report in pending:
            found = first.get(report.incident.caller.app_user_id or "")
            if found is not None:
                report.parent_id, report.incident.parent_number = found

    def _group_within_batch(self, session, pending: Sequence[PendingReport]) -> None:
        """Senders whose first report is in this very batch: the rest of theirs join it."""
        first_of: dict[str, PendingReport] = {}
        joining: dict[str, list[PendingReport]] = {}
        for report in pending:
            sender = report.incident.caller.app_user_id
            if not sender or report.parent_id is not None:
                continue
            if sender not in first_of:
                first_of[sender] = report
            else:
                joining.setdefault(sender, []).append(report)
        for sender, members in joining.items():
            parent = first_of[sender].incident
            store.join_group(session, parent.id, [m.incident.id for m in members])  # type: ignore[arg-type, misc]
            for member in members:
                member.parent_id, member.incident.parent_number = parent.id, parent.number

    def sweep_media(self, older_than_s: float = 3600.0) -> int:
        """Remove media files that no committed report names (left by uploads that failed half-way)."""
        with self.db.reading() as session:
            named = store.attachment_hashes(session)
        return self.media.sweep(named, older_than_s)

    # -- replies to citizens --------------------------------------------------------------------
    def report(
        self, number: str, *, client: ApiKey | None = None, secret: str | None = None
    ) -> tuple[ReportView, Reader]:
        """The app report ``number`` and how much of it this asker may read. A phone call, another
        client's confidential report, a confidential report without its secret and a number never given
        are all the same NotFound; a wrong secret reads as none."""
        with self.db.reading() as session:
            try:
                view = store.report(session, number)
            except NotFound:
                view = None
        # Hashed whether or not the number exists; a secret we never give (not ASCII) matches nothing.
        offered = hash_key(secret) if secret and secret.isascii() else ""
        if view is None:
            raise NotFound(f"there is no service request {number}")
        if offered and view.secret_hash and hmac.compare_digest(offered, view.secret_hash):
            return view, Reader.AUTHOR
        if client is not None and client.confidential and client.id == view.api_key_id:
            return view, Reader.AGENCY
        if view.incident.confidential:
            raise NotFound(f"there is no service request {number}")
        return view, Reader.PUBLIC

    def reports(
        self, wanted: ReportFilter, *, client: ApiKey | None = None
    ) -> tuple[list[ReportView], Reader]:
        """App reports, newest first: a confidential key's own reports in full, to anyone else the public
        list (no confidential report, nothing that names a person, a place or a category)."""
        if client is not None and client.confidential:
            wanted, reader = dataclasses.replace(wanted, client=client.id, confidential=True), Reader.AGENCY
        else:
            wanted, reader = dataclasses.replace(wanted, client=None, confidential=False), Reader.PUBLIC
        with self.db.reading() as session:
            return store.reports(session, wanted), reader


SECRET_BYTES = 24  # 32 URL-safe characters
SENDER_GROUP_WINDOW = timedelta(minutes=30)  # a sender's reports within this join the first still open
MAX_REQUEST_RANGE = timedelta(days=90)
