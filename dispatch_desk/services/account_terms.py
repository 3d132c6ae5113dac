"""What signing in and managing accounts say and hand out: the refusals, the signed-in person, one-time
passwords, the password hasher and the workstation's name (``services/accounts.py`` uses them)."""

from __future__ import annotations

import secrets
import socket
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher

from dispatch_desk.domain.access import Account, Principal, RoleRequest
from dispatch_desk.domain.errors import DomainError

FIRST_ADMIN = "admin"
WRONG = "Wrong login or password."  # the same for an unknown login, a wrong password and unusable input
ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud or copied by hand


class SignInRefused(DomainError):
    """The sign-in did not succeed; the message is fit to show on the sign-in screen."""

    def __init__(self, message: str, reason: str, until: datetime | None = None) -> None:
        super().__init__(message)
        self.reason = reason  # wrong | locked | disabled | bad_input
        self.until = until  # a locked account's end of lockout


class ConfirmationNeeded(DomainError):
    """Roles that read confidential data were asked for, not given: a second administrator confirms them
    (``AccountService.confirm_roles``). The request is stored; the message says what happens next."""

    def __init__(self, request: RoleRequest) -> None:
        roles = ", ".join(r.value for r in request.confidential_roles)
        super().__init__(
            f"{request.login}: {roles} reads confidential data; the request waits for a second administrator "
            f"to confirm it (dispatch-desk users confirm {request.login})"
        )
        self.request = request


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
