"""Signing in on PostgreSQL: the server checks the password, and the person works over their own role.

The workstation's own connection (its settings: on a real installation the database's ``#gate`` role)
calls ``dd_sign_in``: the server locks the account's row, checks the password against its bcrypt hash,
counts a wrong one towards the lockout (five, ten minutes: the domain's rules, applied in
``store/pg_functions.py``) and writes the access log, all with its own clock. On success it gives the
person's login role a random secret valid for the shift and returns it; the desk then connects as that
role with the secret. The desk password itself opens nothing at the server, so guessing there is no
cheaper than at the desk: it is counted the same way or meets a random secret.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from sqlalchemy.exc import DBAPIError, OperationalError

from dispatch_desk.domain.access import Account
from dispatch_desk.domain.errors import DatabaseUnavailable, DomainError, ValidationError
from dispatch_desk.store import pg_security
from dispatch_desk.store.accounts import Accounts
from dispatch_desk.store.db import Database

WRONG_OLD = "28P01"  # the old password given with a change of one's own was wrong


class ServerSignIn:
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

    def sign_in(self, login: str, password: str) -> tuple[Account, Database]:
        from dispatch_desk.services.account_terms import WRONG, SignInRefused

        try:
            with self.db.engine.begin() as gate:
                outcome, until, secret = pg_security.sign_in(gate, login, password, self.workstation)
        except OperationalError as exc:
            raise DatabaseUnavailable(f"the database is not available: {exc.orig}") from exc
        if outcome == "disabled":
            raise SignInRefused("This account is disabled. An administrator can enable it.", "disabled")
        if outcome == "locked":
            raise _locked(until)
        if outcome != "signed_in":
            raise SignInRefused(WRONG, "wrong")
        person = Database(pg_security.login_url(self.db.url, self.tag, login, secret))
        try:
            with person.reading() as session:
                account = Accounts(session).get(login)
        except OperationalError as exc:
            person.dispose()
            raise DatabaseUnavailable(f"the database is not available: {exc.orig}") from exc
        except BaseException:
            person.dispose()
            raise
        return account, person

    def sign_out(self, db: Database) -> None:
        """The person's secret opens nothing any more (their open connections close with the desk's)."""
        try:
            with db.engine.begin() as connection:
                pg_security.sign_out(connection)
        except DBAPIError:
            pass  # the server is gone or the session ended already: nothing left to close

    def change_own_password(self, db: Database, old: str, new: str) -> None:
        try:
            with db.engine.begin() as connection:
                pg_security.change_own_password(connection, old, new, self.workstation)
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == WRONG_OLD:
                raise ValidationError("the old password is wrong") from None
            raise DomainError(f"the database refused the new password: {_first_line(exc)}") from exc

    def password_hash(self, connection, password: str) -> str:
        return pg_security.password_hash(connection, password)

    def service_role_url(self, which: str) -> str:
        """Give the ``gate`` or ``intake`` role a new random password; the URL to configure with it. The
        workstation's connection must be the database owner's (an installation step)."""
        password = secrets.token_urlsafe(24)
        try:
            with self.db.engine.begin() as connection:
                role = pg_security.set_service_password(connection, which, password)
        except DBAPIError as exc:
            raise DomainError(f"only the database's owner can do this: {_first_line(exc)}") from exc
        return pg_security.role_url(self.db.url, role, password)

    def no_administrator_can_sign_in(self) -> bool:
        with self.db.engine.connect() as connection:
            return not pg_security.administrator_ready(connection)


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig).splitlines()[0] if str(exc.orig) else type(exc.orig).__name__


def _locked(until: datetime | None):
    from dispatch_desk.services.account_terms import SignInRefused

    text = until.astimezone(UTC).isoformat(timespec="minutes") if until else ""
    return SignInRefused(
        f"Too many failed sign-ins: this account is locked until {text} (UTC).", "locked", until
    )
