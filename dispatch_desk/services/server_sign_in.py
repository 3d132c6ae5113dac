"""Signing in on PostgreSQL: the server checks the password, and the person works over their own role.

The workstation's own connection (its settings: on a real installation the database's ``#gate`` role)
asks the server about the account (and lifts an ended lockout), then the desk connects as the person's
login role with the password typed. A refusal by the server is written to the access log and counted
towards the lockout through the gate; five in a row expire the role's password in the server itself, so
that during the lockout even the right password is refused there. The rules are the domain's (five
failures, ten minutes); the SQL that applies them is in ``store/pg_security.py``.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from dispatch_desk.domain.access import Account, AccountState
from dispatch_desk.domain.errors import DatabaseUnavailable, DomainError
from dispatch_desk.store import pg_security
from dispatch_desk.store.accounts import Accounts
from dispatch_desk.store.db import Database

AUTH_FAILED = ("28P01", "28000")  # invalid password; invalid authorization (e.g. a role that cannot log in)
AUTH_WORDS = ("password authentication failed", "not permitted to log in", "authentication failed")


def _is_refusal(exc: DBAPIError) -> bool:
    if getattr(exc.orig, "sqlstate", None) in AUTH_FAILED:
        return True
    message = str(exc.orig).lower()
    return any(word in message for word in AUTH_WORDS)


class ServerSignIn:
    STORED = pg_security.STORED_PASSWORD

    def __init__(self, db: Database, workstation: str) -> None:
        self.db = db
        self.workstation = workstation
        self._tag: str | None = None

    @property
    def tag(self) -> str:
        if self._tag is None:
            with self.db.engine.connect() as connection:
                self._tag = pg_security.current_tag(connection)
        return self._tag

    def sign_in(self, login: str, password: str, now: datetime) -> tuple[Account, Database]:
        from dispatch_desk.services.accounts import WRONG, SignInRefused

        with self.db.engine.begin() as gate:
            state, until = pg_security.sign_in_begin(gate, login, now)
        if state in (AccountState.DISABLED.value, AccountState.LOCKED.value):
            self._failed(login, now, wrong_password=False)
            if state == AccountState.DISABLED.value:
                raise SignInRefused("This account is disabled. An administrator can enable it.", "disabled")
            raise _locked(until)  # type: ignore[arg-type]
        person = Database(pg_security.login_url(self.db.url, self.tag, login, password))
        try:
            with person.engine.begin() as connection:
                pg_security.signed_in(connection, now, self.workstation)
            with person.reading() as session:
                account = Accounts(session).get(login)
        except OperationalError as exc:
            person.dispose()
            if not _is_refusal(exc):
                raise DatabaseUnavailable(f"the database is not available: {exc.orig}") from exc
            locked = self._failed(login, now, wrong_password=True)
            raise (_locked(locked) if locked is not None else SignInRefused(WRONG, "wrong")) from None
        except BaseException:
            person.dispose()
            raise
        return account, person

    def _failed(self, login: str, now: datetime, *, wrong_password: bool) -> datetime | None:
        with self.db.engine.begin() as gate:
            return pg_security.sign_in_failed(gate, login, now, self.workstation, wrong_password)

    def change_own_password(self, db: Database, new: str, now: datetime) -> None:
        with db.engine.begin() as connection:
            pg_security.change_own_password(connection, new, now, self.workstation)

    def person_changed(self, session: Session, account: Account, password: str | None) -> None:
        try:
            pg_security.set_person(
                session.connection(), account.login, [r.value for r in account.roles], password=password,
                can_login=account.state is not AccountState.DISABLED,
            )  # fmt: skip
        except DBAPIError as exc:
            raise DomainError(
                f"the database refused the change of {account.login}'s role: {exc.orig}"
            ) from exc

    def service_role_url(self, which: str) -> str:
        """Give the ``gate`` or ``intake`` role a new random password; the URL to configure with it. The
        workstation's connection must be the database owner's (an installation step)."""
        password = secrets.token_urlsafe(24)
        try:
            with self.db.engine.begin() as connection:
                role = pg_security.set_service_password(connection, which, password)
        except DBAPIError as exc:
            raise DomainError(f"only the database's owner can do this: {exc.orig}") from exc
        return pg_security.role_url(self.db.url, role, password)

    def no_administrator_can_log_in(self) -> bool:
        with self.db.engine.connect() as connection:
            return pg_security.administrators_who_can_log_in(connection, self.tag) == 0


def _locked(until: datetime | None):
    from dispatch_desk.services.accounts import SignInRefused

    text = until.astimezone(UTC).isoformat(timespec="minutes") if until else ""
    return SignInRefused(
        f"Too many failed sign-ins: this account is locked until {text} (UTC).", "locked", until
    )
