"""Accounts and sign-in: who is at the desk.

Passwords are hashed with Argon2id (argon2-cffi); a hash made with weaker parameters than today's is
replaced at the next successful sign-in. Five wrong passwords in a row lock an account for ten minutes.
Every sign-in, failure, lock and sign-out is written to the access log. Changing accounts needs the
administrator's permission; the services refuse it to anybody else whatever the front end shows. No
administrator changes their own roles, and a role that reads confidential data (anti-corruption, auditor)
is given only when a second administrator confirms what the first asked for; every change of an account
is written to the access log and the change feed in its own transaction. On PostgreSQL the server holds
the same rules (``store/pg_functions.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from argon2 import PasswordHasher
from sqlalchemy.exc import DBAPIError

from dispatch_desk.domain.access import (
    MAX_PASSWORD,
    Account,
    AccountState,
    Forbidden,
    Permission,
    Principal,
    RequestState,
    Role,
    RoleRequest,
    added_confidential,
    check_new_password,
    clean_login,
)
from dispatch_desk.domain.errors import DomainError, ValidationError
from dispatch_desk.services.access_kinds import AccessKind
from dispatch_desk.services.account_records import account_changed
from dispatch_desk.services.account_terms import (
    FIRST_ADMIN,
    WRONG,
    ConfirmationNeeded,
    SignedIn,
    SignInRefused,
    one_time_password,
    password_hasher,
    workstation_name,
)
from dispatch_desk.services.clock import Clock, utc_now
from dispatch_desk.services.local_sign_in import LocalSignIn
from dispatch_desk.services.server_sign_in import ServerSignIn
from dispatch_desk.store.accounts import Access, AccessLog, Accounts, RoleRequests
from dispatch_desk.store.db import Database


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
        # On PostgreSQL the server checks passwords and each person works over their own login role.
        self.server = ServerSignIn(db, self.workstation) if db.is_postgresql else None
        self.local = LocalSignIn(db, self.hasher, self.workstation)
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

    # -- signing in -----------------------------------------------------------------------------
    def sign_in(self, login: object, password: object) -> SignedIn:
        """Check the password; a person whose account must change its password still signs in, and the
        front end asks for the new one before anything else (``SignedIn.must_change_password``)."""
        try:
            login = clean_login(login)
        except ValidationError:
            raise SignInRefused(WRONG, "bad_input") from None
        if not isinstance(password, str) or not password or len(password) > MAX_PASSWORD:
            raise SignInRefused(WRONG, "bad_input")
        now = self.clock()
        if self.server is not None:
            account, db = self.server.sign_in(login, password)
            return self._signed(SignedIn(Principal.of(account, self.workstation), account), db)
        account = self.local.sign_in(login, password, now)
        return SignedIn(Principal.of(account, self.workstation), account)

    def sign_out(self, principal: Principal, *, screen_lock: bool = False) -> None:
        kind = AccessKind.SCREEN_LOCKED if screen_lock else AccessKind.SIGN_OUT
        self.record(principal, kind, principal.login)
        if not screen_lock and self.server is not None:
            db = self._people.pop(principal.login, None)
            if db is not None:
                self.server.sign_out(db)
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
            self.server.change_own_password(db, old, new)
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
            admin = accounts.add(admin, self._hash(session, password), now)
            self._changed(session, Principal.for_system("system"), admin, "first administrator created")
        return password

    def _recover_administrator(self) -> str | None:
        """On PostgreSQL, accounts made before the server checked passwords cannot log in until their
        password is reset; when no administrator can, the first active one gets a one-time password (at
        a start by the database's owner, who alone may give it)."""
        if self.server is None or not self.server.no_administrator_can_sign_in():
            return None
        with self.db.reading() as session:
            admins = [
                a
                for a in Accounts(session).all()
                if Role.ADMIN in a.roles and a.state is not AccountState.DISABLED
            ]
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
        first sign-in. With a role that reads confidential data, asked by a person, the account waits for
        a second administrator: ``ConfirmationNeeded`` (the request is stored)."""
        by.require(Permission.MANAGE_ACCOUNTS)
        account = Account(login, full_name, tuple(roles), personal_number, home_precinct)  # type: ignore[arg-type]
        if password is not None:
            check_new_password(password, account.login)
        if not by.system and added_confidential((), account.roles):
            self._ask(
                by,
                RoleRequest(
                    account.login,
                    account.roles,
                    by.login,
                    account.full_name,
                    account.personal_number,
                    account.home_precinct,
                    new_account=True,
                ),
            )
        return self._create(by, account, password, "created")

    def _create(
        self, by: Principal, account: Account, password: str | None, detail: str
    ) -> tuple[Account, str | None]:
        one_time = None
        if password is None:
            one_time = password = one_time_password()
            account.must_change_password = True
        now = self.clock()
        with self.database_for(by).write_session() as session, session.begin():
            self._check_new_login(Accounts(session), account.login)
            account = Accounts(session).add(account, self._hash(session, password), now)
            self._changed(
                session, by, account, f"{detail} with roles {','.join(r.value for r in account.roles)}"
            )
        return account, one_time

    def _check_new_login(self, accounts: Accounts, login: str) -> None:
        if accounts.find(login) is not None:
            raise ValidationError(f"an account {login!r} exists already")

    def _ask(self, by: Principal, request: RoleRequest) -> None:
        """Store the request and say so (``ConfirmationNeeded``, after the transaction committed)."""
        with self.database_for(by).write_session() as session, session.begin():
            if request.new_account:
                self._check_new_login(Accounts(session), request.login)
            request = RoleRequests(session).ask(request, self.clock(), by.workstation or self.workstation)
            roles = ",".join(r.value for r in request.roles)
            self._changed_subject(
                session,
                by,
                request.login,
                request.roles,
                "asked",
                f"roles asked for: {roles}; waits for a second administrator",
            )
        raise ConfirmationNeeded(request)

    def role_requests(self, by: Principal) -> list[RoleRequest]:
        """Requests for confidential roles that wait for a second administrator."""
        by.require(Permission.MANAGE_ACCOUNTS)
        with self.database_for(by).reading() as session:
            return RoleRequests(session).pending()

    def confirm_roles(self, by: Principal, login: str) -> tuple[Account, str | None]:
        """A second administrator gives what the first asked for: the roles (a new account with its one-time
        password, returned). Both names stay with the request and in the access log."""
        by.require(Permission.MANAGE_ACCOUNTS)
        request = self._waiting(by, login)
        request.check_decider(by.login)
        now = self.clock()
        detail = f"roles confirmed (asked for by {request.requested_by})"
        if request.new_account:
            account = Account(
                request.login,
                request.full_name,
                request.roles,
                request.personal_number,
                request.home_precinct,
                must_change_password=True,
            )
            password = one_time_password()
            with self.database_for(by).write_session() as session, session.begin():
                self._check_new_login(Accounts(session), account.login)
                RoleRequests(session).decide(request, RequestState.CONFIRMED, by.login, now, by.workstation)
                account = Accounts(session).add(account, self._hash(session, password), now)
                self._changed(session, by, account, f"created; {detail}")
            return account, password
        with self.database_for(by).write_session() as session, session.begin():
            accounts = Accounts(session)
            account = accounts.get(request.login)
            self._keep_an_administrator(accounts, account, request.roles)
            RoleRequests(session).decide(request, RequestState.CONFIRMED, by.login, now, by.workstation)
            account.roles = request.roles
            account.home_precinct = request.home_precinct
            account = accounts.save(account)
            self._changed(session, by, account, f"{detail}: {','.join(r.value for r in account.roles)}")
        return account, None

    def refuse_roles(self, by: Principal, login: str) -> None:
        by.require(Permission.MANAGE_ACCOUNTS)
        request = self._waiting(by, login)
        request.check_decider(by.login)
        with self.database_for(by).write_session() as session, session.begin():
            RoleRequests(session).decide(
                request, RequestState.REFUSED, by.login, self.clock(), by.workstation
            )
            self._changed_subject(
                session,
                by,
                request.login,
                request.roles,
                "refused",
                f"roles refused (asked for by {request.requested_by})",
            )

    def _waiting(self, by: Principal, login: str) -> RoleRequest:
        login = clean_login(login)
        with self.database_for(by).reading() as session:
            waiting = RoleRequests(session).pending(login)
        if not waiting:
            raise ValidationError(f"no roles for {login} wait for confirmation")
        return waiting[0]

    def reset_password(self, by: Principal, login: str) -> str:
        """A one-time password for a person who forgot theirs; it also lifts a lockout."""
        by.require(Permission.MANAGE_ACCOUNTS)
        password = one_time_password()
        with self.database_for(by).write_session() as session, session.begin():
            accounts = Accounts(session)
            account = accounts.get(clean_login(login))
            account.must_change_password = True
            account.unlock()
            account = accounts.save(account, password_hash=self._hash(session, password))
            self._changed(session, by, account, "password reset")
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
            self._changed(session, by, account, state.value)
        return account

    def set_roles(
        self, by: Principal, login: str, roles: Iterable[str], *, home_precinct: str | None = None
    ) -> Account:
        """Replace ``login``'s roles. Nobody changes their own; a role that reads confidential data, asked
        by a person, waits for a second administrator (``ConfirmationNeeded``)."""
        by.require(Permission.MANAGE_ACCOUNTS)
        login = clean_login(login)
        with self.database_for(by).reading() as session:
            account = Accounts(session).get(login)
        changed = Account(
            login,
            account.full_name,
            tuple(roles),  # type: ignore[arg-type]  # role names, read by Account
            account.personal_number,
            home_precinct if home_precinct is not None else account.home_precinct,
        )
        if not by.system and login == by.login and changed.roles != account.roles:
            raise ValidationError("nobody changes their own roles: another administrator can")
        if not by.system and added_confidential(account.roles, changed.roles):
            self._ask(by, RoleRequest(login, changed.roles, by.login, home_precinct=changed.home_precinct))
        with self.database_for(by).write_session() as session, session.begin():
            accounts = Accounts(session)
            account = accounts.get(login)
            self._keep_an_administrator(accounts, account, changed.roles)
            account.roles, account.home_precinct = changed.roles, changed.home_precinct
            account = accounts.save(account)
            self._changed(session, by, account, f"roles {','.join(r.value for r in account.roles)}")
        return account

    def _keep_an_administrator(
        self, accounts: Accounts, account: Account, new_roles: tuple[Role, ...]
    ) -> None:
        """Refuse a change that would leave no active administrator: nobody could manage accounts then."""
        if Role.ADMIN not in account.roles or Role.ADMIN in new_roles:
            return
        others = [
            a
            for a in accounts.all()
            if a.login != account.login and Role.ADMIN in a.roles and a.state is not AccountState.DISABLED
        ]
        if not others:
            raise ValidationError(f"{account.login} is the last administrator; make someone else one first")

    def _hash(self, session, password: str) -> str:
        """What the accounts table keeps of a password: its Argon2id hash; on PostgreSQL the server's bcrypt
        hash (the server checks it at sign-in)."""
        if self.server is not None:
            return self.server.password_hash(session.connection(), password)
        return self.hasher.hash(password)

    def _changed(self, session, by: Principal, account: Account, detail: str) -> None:
        self._changed_subject(session, by, account.login, account.roles, account.state.value, detail)

    def _changed_subject(self, session, by: Principal, login: str, roles, state: str, detail: str) -> None:
        """An account's change in the access log and the change feed, in the change's own transaction."""
        account_changed(
            session,
            self.clock(),
            by,
            login,
            tuple(r.value for r in roles),
            state,
            detail,
            by.workstation or self.workstation,
        )

    def _note(
        self,
        log: AccessLog,
        at: datetime,
        login: str,
        kind: str,
        subject: str = "",
        detail: str = "",
        workstation: str = "",
    ) -> None:
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
                login=login,
                subject=subject,
                kinds=list(kinds) if kinds else None,
                since=since,
                until=until,
                limit=limit,
                confidential=confidential,
            )


__all__ = [
    "AccessKind",
    "AccountService",
    "ConfirmationNeeded",
    "SignInRefused",
    "SignedIn",
    "one_time_password",
]
