"""Signing in on the embedded database (SQLite, one workstation): the desk checks the password.

Passwords are hashed with Argon2id (argon2-cffi); a hash made with weaker parameters than today's is
replaced at the next successful sign-in. Five wrong passwords in a row lock the account for ten minutes.
The refusal, the count towards the lockout and the lock are committed before the refusal is raised, so
they stay in the access log. On PostgreSQL the server does all this (``server_sign_in.py``).
"""

from __future__ import annotations

import secrets
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from dispatch_desk.domain.access import Account, AccountState
from dispatch_desk.services.access_kinds import AccessKind
from dispatch_desk.services.account_terms import WRONG, SignInRefused
from dispatch_desk.store.accounts import Access, AccessLog, Accounts
from dispatch_desk.store.db import Database


class LocalSignIn:
    def __init__(self, db: Database, hasher: PasswordHasher, workstation: str) -> None:
        self.db = db
        self.hasher = hasher
        self.workstation = workstation
        self._dummy: str | None = None

    @property
    def _dummy_hash(self) -> str:
        """Verifying against this when the login is unknown costs what a real check costs: the time of a
        refusal does not tell whether the login exists."""
        if self._dummy is None:
            self._dummy = self.hasher.hash(secrets.token_hex(16))
        return self._dummy

    def sign_in(self, login: str, password: str, now: datetime) -> Account:
        wrong = SignInRefused(WRONG, "wrong")
        refusal: SignInRefused | None = None
        # A refusal is raised only after the transaction committed: the failure, the count towards the
        # lockout and the lock itself must stay in the log.
        with self.db.write_session() as session, session.begin():
            accounts, log = Accounts(session), AccessLog(session)

            def note(kind: str, detail: str = "") -> None:
                log.add(Access(now, login, self.workstation, kind, login, detail))

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
        return account

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
