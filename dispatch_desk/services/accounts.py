"""Accounts and sign-in: who is at the desk.

Passwords are hashed with Argon2id (argon2-cffi); a hash made with weaker parameters than today's is
replaced at the next successful sign-in. Five wrong passwords in a row lock an account for ten minutes.
Every sign-in, failure, lock and sign-out is written to the access log. Changing accounts needs the
administrator's permission; the services refuse it to anybody else whatever the front end shows.
"""

from __future__ import annotations

import secrets
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.exc import DBAPIError

from dispatch_desk.domain.access import (
    MAX_PASSWORD,
    Account,
    AccountState,
    Forbidden,
    Permission,
    Principal,
    Role,
    check_new_password,
    clean_login,
)
from dispatch_desk.domain.errors import DomainError, ValidationError
from dispatch_desk.services.access_kinds import AccessKind
from dispatch_desk.services.clock import Clock, utc_now
from dispatch_desk.services.server_sign_in import ServerSignIn
from dispatch_desk.store.accounts import Access, AccessLog, Accounts
from dispatch_desk.store.db import Database

FIRST_ADMIN = "admin"
WRONG = "Wrong login or password."  # the same for an unknown login, a wrong password and unusable input
ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud or copied by hand


class SignInRefused(DomainError):
    """The sign-in did not succeed; the message is fit to show on the sign-in screen."""

    def __init__(self, message: str, reason: str, until: datetime | None = None) -> None:
        super().__init__(message)
        self.reason = reason  # wrong | locked | disabled | bad_input
        self.until = until  # a locked account's end of lockout


@dataclass(frozen=True)
class SignedIn:
    principal: Principal
    account: Account

    @property
    def must_change_password(self) -> bool:
        return self.account.must_change_password


def password_hasher() -> PasswordHasher:
    """Argon2id with argon2-cffi's parameters (RFC 9106's low-memory choice: 3 passes over 64 MiB, 4 lanes)."""
    return PasswordHasher()


def workstation_name() -> str:
    return socket.gethostname()[:120]


def one_time_password() -> str:
    """Twelve characters in three groups, e.g. ``k7qm-2xhp-9tdw``: told to the person once."""
    chars = "".join(secrets.choice(ONE_TIME_ALPHABET) for _ in range(12))
    return "-".join(chars[i : i + 4] for i in (0, 4, 8))


class AccountService:
    def __init__(
        self,
        db: Database,
        *,
        clock: Clock = utc_now,
        hasher: PasswordHasher | None = None,
        workstation: str = "",
    ) -> None:
        self.db = db
        self.clock = clock
        self.hasher = hasher or password_hasher()
        self.workstation = workstation or workstation_name()
        self._dummy: str | None = None
        # On PostgreSQL the server checks passwords and each person works over their own login role.
        self.server = ServerSignIn(db, self.workstation) if db.is_postgresql else None
        self._people: dict[str, Database] = {}  # who signed in through this service: their connection

    def service_role_url(self, which: str) -> str:
        """PostgreSQL: a new password for the ``gate`` (workstations) or ``intake`` (the app's intake
        server) role, and the database URL to configure with it."""
        if self.server is None:
            raise DomainError("service roles exist on PostgreSQL only; SQLite has one user")
        return self.server.service_role_url(which)

    def database_for(self, principal: Principal) -> Database:
        """The connection ``principal`` works over: on PostgreSQL their own login role's."""
        if self.server is None or principal.system:
            return self.db
        db = self._people.get(principal.login)
        if db is None:
            raise Forbidden(f"{principal.login} is not signed in at this workstation")
        return db

    def _signed(self, signed: SignedIn, db: Database) -> SignedIn:
        previous = self._people.get(signed.account.login)
        self._people[signed.account.login] = db
        if previous is not None and previous is not db:
            previous.dispose()
        return signed

    @property
    def _dummy_hash(self) -> str:
        """Verifying against this when the login is unknown costs what a real check costs: the time of a
        refusal does not tell whether the login exists."""
        if self._dummy is None:
            self._dummy = self.hasher.hash(secrets.token_hex(16))
        return self._dummy

    # -- signing in -----------------------------------------------------------------------------
    def sign_in(self, login: object, password: object) -> SignedIn:
        """Check the password; a person whose account must change its password still signs in, and the
        front end asks for the new one before anything else (``SignedIn.must_change_password``)."""
        wrong = SignInRefused(WRONG, "wrong")
        try:
            login = clean_login(login)
        except ValidationError:
            raise SignInRefused(WRONG, "bad_input") from None
        if not isinstance(password, str) or not password or len(password) > MAX_PASSWORD:
            raise SignInRefused(WRONG, "bad_input")
        now = self.clock()
        if self.server is not None:
            account, db = self.server.sign_in(login, password, now)
            return self._signed(SignedIn(Principal.of(account, self.workstation), account), db)
        refusal: SignInRefused | None = None
        # A refusal is raised only after the transaction committed: the failure, the count towards the
        # lockout and the lock itself must stay in the log.
        with self.db.write_session() as session, session.begin():
            accounts, log = Accounts(session), AccessLog(session)

            def note(kind: str, detail: str = "") -> None:
                self._note(log, now, login, kind, login, detail)

            found = accounts.find(login)
            if found is None:
                self._verify(self._dummy_hash, password)
                note(AccessKind.SIGN_IN_FAILED, "unknown login")
                refusal = wrong
            else:
                account, stored = found
                state = account.state_at(now)
                if state is AccountState.DISABLED:
                    note(AccessKind.SIGN_IN_FAILED, "account disabled")
                    refusal = SignInRefused(
                        "This account is disabled. An administrator can enable it.", "disabled"
                    )
                elif state is AccountState.LOCKED:
                    note(AccessKind.SIGN_IN_FAILED, "account locked")
                    refusal = self._locked(account)
                elif not self._verify(stored, password):
                    locked_now = account.sign_in_failed(now)
                    accounts.save(account)
                    note(AccessKind.SIGN_IN_FAILED, "wrong password")
                    if locked_now:
                        note(AccessKind.LOCKED, "too many failed sign-ins")
                    refusal = self._locked(account) if locked_now else wrong
                else:
                    account.signed_in(now)
                    rehashed = self.hasher.hash(password) if self._needs_rehash(stored) else None
                    account = accounts.save(account, password_hash=rehashed)
                    note(AccessKind.SIGN_IN)
        if refusal is not None:
            raise refusal
        return SignedIn(Principal.of(account, self.workstation), account)

    def _locked(self, account: Account) -> SignInRefused:
        until = account.locked_until.isoformat(timespec="minutes") if account.locked_until else ""
        return SignInRefused(
            f"Too many failed sign-ins: this account is locked until {until} (UTC).",
            "locked",
            account.locked_until,
        )

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def _needs_rehash(self, stored: str) -> bool:
        try:
            return self.hasher.check_needs_rehash(stored)
        except InvalidHashError:
            return True

    def sign_out(self, principal: Principal, *, screen_lock: bool = False) -> None:
        kind = AccessKind.SCREEN_LOCKED if screen_lock else AccessKind.SIGN_OUT
        self.record(principal, kind, principal.login)
        if not screen_lock and self.server is not None:
            db = self._people.pop(principal.login, None)
            if db is not None:
                db.dispose()

    def record(self, principal: Principal, kind: str, subject: str = "", detail: str = "") -> None:
        """Write one line of the access log for ``principal``."""
        with self.database_for(principal).write_session() as session, session.begin():
            self._note(
                AccessLog(session),
                self.clock(),
                principal.login,
                kind,
                subject,
                detail,
                principal.workstation,
            )

    def change_password(self, login: str, old: str, new: str) -> Account:
        """The person's own change: the old password again, a new one that differs from it."""
        signed = self.sign_in(login, old)
        check_new_password(new, login)
        if new == old:
            raise ValidationError("the new password must differ from the old one")
        if self.server is not None:
            db = self.database_for(signed.principal)
            self.server.change_own_password(db, new, self.clock())
            with db.reading() as session:
                return Accounts(session).get(signed.account.login)
        with self.db.write_session() as session, session.begin():
            accounts = Accounts(session)
            account = accounts.get(login)
            account.must_change_password = False
            account = accounts.save(account, password_hash=self.hasher.hash(new))
            self._note(AccessLog(session), self.clock(), login, AccessKind.PASSWORD_CHANGED, login)
        return account

    # -- administration -------------------------------------------------------------------------
    def ensure_first_administrator(self) -> str | None:
        """A database without accounts gets its administrator ``admin``; returns the one-time password
        (to be printed once; it must be changed at the first sign-in), or None when accounts exist."""
        with self.db.reading() as session:  # every start asks; only the very first one writes
            if Accounts(session).count():
                return self._recover_administrator()
        password = one_time_password()
        now = self.clock()
        with self.db.write_session() as session, session.begin():
            accounts = Accounts(session)
            if accounts.count():  # another workstation was quicker
                return None
            admin = Account(FIRST_ADMIN, "Administrator", (Role.ADMIN,), must_change_password=True)
            admin = accounts.add(admin, self._hash(password), now)
            self._person_changed(session, admin, password)
            self._note(AccessLog(session), now, "system", AccessKind.ACCOUNT_CHANGED, FIRST_ADMIN,
                       "first administrator created")  # fmt: skip
        return password

    def _recover_administrator(self) -> str | None:
        """On PostgreSQL, accounts made before the server checked passwords cannot log in until their
        password is reset; when no administrator can, the first active one gets a one-time password (at
        a start by the database's owner, who alone may give it)."""
        if self.server is None or not self.server.no_administrator_can_log_in():
            return None
        with self.db.reading() as session:
            admins = [a for a in Accounts(session).all()
                      if Role.ADMIN in a.roles and a.state is not AccountState.DISABLED]  # fmt: skip
        if not admins:
            return None
        try:
            return self.reset_password(Principal.for_system("system"), admins[0].login)
        except (DomainError, DBAPIError):
            return None  # not the owner: the owner's next start will

    def accounts(self, by: Principal) -> list[Account]:
        by.require(Permission.MANAGE_ACCOUNTS)
        with self.database_for(by).reading() as session:
            return Accounts(session).all()

    def add(
        self,
        by: Principal,
        login: str,
        full_name: str,
        roles: Iterable[str],
        *,
        personal_number: str = "",
        home_precinct: str | None = None,
        password: str | None = None,
    ) -> tuple[Account, str | None]:
        """A new account. Without ``password`` it gets a one-time one, returned, to be changed at the
        first sign-in."""
        by.require(Permission.MANAGE_ACCOUNTS)
        account = Account(login, full_name, tuple(roles), personal_number, home_precinct)  # type: ignore[arg-type]
        one_time = None
        if password is None:
            one_time = password = one_time_password()
            account.must_change_password = True
        else:
            check_new_password(password, account.login)
        now = self.clock()
        with self.database_for(by).write_session() as session, session.begin():
            account = Accounts(session).add(account, self._hash(password), now)
            self._person_changed(session, account, password)
            self._changed(
                session, by, account.login, f"created with roles {','.join(r.value for r in account.roles)}"
            )
        return account, one_time

    def reset_password(self, by: Principal, login: str) -> str:
        """A one-time password for a person who forgot theirs; it also lifts a lockout."""
        by.require(Permission.MANAGE_ACCOUNTS)
        password = one_time_password()
        with self.database_for(by).write_session() as session, session.begin():
            accounts = Accounts(session)
            account = accounts.get(clean_login(login))
            account.must_change_password = True
            account.unlock()
            account = accounts.save(account, password_hash=self._hash(password))
            self._person_changed(session, account, password)
            self._changed(session, by, account.login, "password reset")
        return password

    def disable(self, by: Principal, login: str) -> Account:
        return self._set_state(by, login, AccountState.DISABLED)

    def enable(self, by: Principal, login: str) -> Account:
        return self._set_state(by, login, AccountState.ACTIVE)

    def _set_state(self, by: Principal, login: str, state: AccountState) -> Account:
        by.require(Permission.MANAGE_ACCOUNTS)
        login = clean_login(login)
        if state is AccountState.DISABLED and login == by.login:
            raise ValidationError("you cannot disable your own account")
        with self.database_for(by).write_session() as session, session.begin():
            accounts = Accounts(session)
            account = accounts.get(login)
            if state is AccountState.DISABLED:
                self._keep_an_administrator(accounts, account, ())
            account.unlock()
            account.state = state
            account = accounts.save(account)
            self._person_changed(session, account)
            self._changed(session, by, login, state.value)
        return account

    def set_roles(
        self, by: Principal, login: str, roles: Iterable[str], *, home_precinct: str | None = None
    ) -> Account:
        by.require(Permission.MANAGE_ACCOUNTS)
        login = clean_login(login)
        with self.database_for(by).write_session() as session, session.begin():
            accounts = Accounts(session)
            account = accounts.get(login)
            changed = Account(login, account.full_name, tuple(roles), account.personal_number,  # type: ignore[arg-type]
                              home_precinct if home_precinct is not None else account.home_precinct)  # fmt: skip
            self._keep_an_administrator(accounts, account, changed.roles)
            account.roles, account.home_precinct = changed.roles, changed.home_precinct
            account = accounts.save(account)
            self._person_changed(session, account)
            self._changed(session, by, login, f"roles {','.join(r.value for r in account.roles)}")
        return account

    def _keep_an_administrator(
        self, accounts: Accounts, account: Account, new_roles: tuple[Role, ...]
    ) -> None:
        """Refuse a change that would leave no active administrator: nobody could manage accounts then."""
        if Role.ADMIN not in account.roles or Role.ADMIN in new_roles:
            return
        others = [a for a in accounts.all() if a.login != account.login and Role.ADMIN in a.roles
                  and a.state is not AccountState.DISABLED]  # fmt: skip
        if not others:
            raise ValidationError(f"{account.login} is the last administrator; make someone else one first")

    def _hash(self, password: str) -> str:
        """What the accounts table keeps of a password: its Argon2id hash (on PostgreSQL nothing)."""
        return self.server.STORED if self.server is not None else self.hasher.hash(password)

    def _person_changed(self, session, account: Account, password: str | None = None) -> None:
        """On PostgreSQL: the person's login role follows the account (groups, may log in, password)."""
        if self.server is not None:
            self.server.person_changed(session, account, password)

    def _changed(self, session, by: Principal, login: str, detail: str) -> None:
        self._note(AccessLog(session), self.clock(), by.login, AccessKind.ACCOUNT_CHANGED, login, detail,
                   by.workstation)  # fmt: skip

    def _note(self, log: AccessLog, at: datetime, login: str, kind: str, subject: str = "", detail: str = "",
              workstation: str = "") -> None:  # fmt: skip
        """One line of the access log: who (from which workstation, this one unless said), what, about whom."""
        log.add(Access(at, login, workstation or self.workstation, kind, subject, detail))

    # -- reading the log ------------------------------------------------------------------------
    def access_log(
        self,
        by: Principal,
        *,
        login: str | None = None,
        subject: str | None = None,
        kinds: Iterable[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 10_000,
    ) -> list[Access]:
        """Lines of the access log, newest first. Those about confidential reports only to anti-corruption
        officers — who read those and no other (they answer for who saw a report of corruption)."""
        _operational, confidential, _shift_only = by.audit_scope  # Forbidden to who reads none of it
        since = by.audit_start(since, self.clock())
        with self.database_for(by).reading() as session:
            return AccessLog(session).find(
                login=login, subject=subject, kinds=list(kinds) if kinds else None, since=since, until=until,
                limit=limit, confidential=confidential,
            )  # fmt: skip


__all__ = ["AccessKind", "AccountService", "SignInRefused", "SignedIn", "one_time_password"]
