"""Storage of accounts and of the access log (sign-ins, locks, who opened whose personal data)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dispatch_desk.domain.access import Account, AccountState, RequestState, Role, RoleRequest
from dispatch_desk.domain.errors import ConcurrencyConflict, NotFound, ValidationError
from dispatch_desk.store.rows import AccessRow, AccountRow, RoleRequestRow


def _account(row: AccountRow) -> Account:
    return Account(
        login=row.login,
        full_name=row.full_name,
        roles=tuple(Role(r) for r in row.roles.split(",") if r),
        personal_number=row.personal_number,
        home_precinct=row.home_precinct,
        state=AccountState(row.state),
        must_change_password=row.must_change_password,
        failed_sign_ins=row.failed_sign_ins,
        locked_until=row.locked_until,
        last_sign_in_at=row.last_sign_in_at,
        created_at=row.created_at,
        id=row.id,
        version=row.version,
    )


def _fill(row: AccountRow, account: Account) -> None:
    row.full_name = account.full_name
    row.personal_number = account.personal_number
    row.roles = ",".join(r.value for r in account.roles)
    row.home_precinct = account.home_precinct
    row.state = account.state.value
    row.must_change_password = account.must_change_password
    row.failed_sign_ins = account.failed_sign_ins
    row.locked_until = account.locked_until
    row.last_sign_in_at = account.last_sign_in_at


class Accounts:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, login: str) -> AccountRow:
        row = self.session.scalar(select(AccountRow).where(AccountRow.login == login))
        if row is None:
            raise NotFound(f"there is no account {login!r}")
        return row

    def find(self, login: str) -> tuple[Account, str] | None:
        """The account and its password hash, or None."""
        row = self.session.scalar(select(AccountRow).where(AccountRow.login == login))
        return (_account(row), row.password_hash) if row is not None else None

    def get(self, login: str) -> Account:
        return _account(self._row(login))

    def all(self) -> list[Account]:
        return [_account(r) for r in self.session.scalars(select(AccountRow).order_by(AccountRow.login))]

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(AccountRow)) or 0

    def add(self, account: Account, password_hash: str, now: datetime) -> Account:
        if self.session.scalar(select(AccountRow.id).where(AccountRow.login == account.login)) is not None:
            raise ValidationError(f"an account {account.login!r} exists already")
        row = AccountRow(login=account.login, password_hash=password_hash, created_at=now)
        _fill(row, account)
        self.session.add(row)
        self.session.flush()
        return _account(row)

    def save(self, account: Account, *, password_hash: str | None = None) -> Account:
        """Write the account back; a change made meanwhile by someone else is a conflict."""
        row = self._row(account.login)
        if account.version and row.version != account.version:
            raise ConcurrencyConflict(f"account {account.login} was changed by someone else meanwhile")
        _fill(row, account)
        if password_hash is not None:
            row.password_hash = password_hash
        self.session.flush()
        return _account(row)


@dataclass(frozen=True, slots=True)
class Access:
    """One line of the access log."""

    at: datetime
    login: str
    workstation: str
    kind: str
    subject: str = ""
    detail: str = ""
    id: int | None = None
    confidential: bool = False  # about a confidential report
    address: str = ""  # the network address it came from (PostgreSQL: set by the server)


class AccessLog:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, entry: Access) -> None:
        self.session.add(
            AccessRow(
                at=entry.at,
                login=entry.login[:40],
                workstation=entry.workstation[:120],
                kind=entry.kind,
                subject=entry.subject[:120],
                detail=entry.detail[:500],
                confidential=entry.confidential,
            )
        )
        self.session.flush()

    def find(
        self,
        *,
        login: str | None = None,
        subject: str | None = None,
        kinds: Sequence[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 10_000,
        confidential: bool | None = None,
    ) -> list[Access]:
        """Newest first; ``confidential`` False: without the lines about confidential reports."""
        query = select(AccessRow).order_by(AccessRow.at.desc(), AccessRow.id.desc()).limit(limit)
        if confidential is not None:
            query = query.where(AccessRow.confidential.is_(confidential))
        if login:
            query = query.where(AccessRow.login == login)
        if subject:
            query = query.where(AccessRow.subject == subject)
        if kinds:
            query = query.where(AccessRow.kind.in_(list(kinds)))
        if since is not None:
            query = query.where(AccessRow.at >= since)
        if until is not None:
            query = query.where(AccessRow.at < until)
        return [
            Access(r.at, r.login, r.workstation, r.kind, r.subject, r.detail, r.id, r.confidential, r.address)
            for r in self.session.scalars(query)
        ]


def _request(row: RoleRequestRow) -> RoleRequest:
    return RoleRequest(
        login=row.login,
        roles=tuple(Role(r) for r in row.roles.split(",") if r),
        requested_by=row.requested_by,
        full_name=row.full_name,
        personal_number=row.personal_number,
        home_precinct=row.home_precinct,
        new_account=row.new_account,
        state=RequestState(row.state),
        requested_at=row.requested_at,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        id=row.id,
    )


class RoleRequests:
    """Roles that read confidential data, waiting for a second administrator."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def ask(self, request: RoleRequest, now: datetime, workstation: str) -> RoleRequest:
        """A new request for ``request.login``; refused while an earlier one waits."""
        for waiting in self.pending(request.login):
            raise ValidationError(
                f"roles for {request.login} asked for by {waiting.requested_by} wait for a second "
                "administrator: confirm or refuse that request first"
            )
        row = RoleRequestRow(
            login=request.login,
            full_name=request.full_name,
            personal_number=request.personal_number,
            roles=",".join(r.value for r in request.roles),
            home_precinct=request.home_precinct,
            new_account=request.new_account,
            state=RequestState.PENDING.value,
            requested_by=request.requested_by,
            requested_at=now,
            requested_from=workstation[:120],
        )
        self.session.add(row)
        self.session.flush()
        return _request(row)

    def pending(self, login: str | None = None) -> list[RoleRequest]:
        query = select(RoleRequestRow).where(RoleRequestRow.state == RequestState.PENDING.value)
        if login is not None:
            query = query.where(RoleRequestRow.login == login)
        return [_request(r) for r in self.session.scalars(query.order_by(RoleRequestRow.id))]

    def decide(
        self, request: RoleRequest, state: RequestState, by: str, now: datetime, workstation: str
    ) -> None:
        row = self.session.get(RoleRequestRow, request.id)
        if row is None or row.state != RequestState.PENDING.value:
            raise ConcurrencyConflict(f"the request for {request.login} was decided meanwhile")
        row.state, row.decided_by, row.decided_at = state.value, by, now
        row.decided_from = workstation[:120]
        self.session.flush()


def full_names(session: Session, logins: Sequence[str]) -> dict[str, str]:
    """login → full name of these accounts (only the columns every desk role may read)."""
    wanted = sorted({login for login in logins if login})
    if not wanted:
        return {}
    query = select(AccountRow.login, AccountRow.full_name).where(AccountRow.login.in_(wanted))
    return {str(login): str(name) for login, name in session.execute(query)}
