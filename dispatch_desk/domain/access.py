"""Who may do what: roles, permissions, accounts and the person acting.

One permission table (``PERMISSIONS``) answers every "may this person do this?" — the desk uses it to
hide what a role may not do, the services to refuse it regardless, the command line and the intake
server alike. On PostgreSQL the same split is enforced again by the server (group roles, grants,
row-level security); on SQLite this table is the whole enforcement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from dispatch_desk.domain.errors import DomainError, ValidationError
from dispatch_desk.domain.values import MAX_TEXT, clean_text


class Forbidden(DomainError, PermissionError):
    """The person signed in may not do this; the message says what and which role may. A refusal by the
    permission table also carries who (``login``), what (``permission``) and who may (``holders``), for
    front ends that say it in another language."""

    def __init__(
        self,
        message: str,
        *,
        login: str = "",
        permission: Permission | None = None,
        holders: tuple[Role, ...] = (),
    ) -> None:
        super().__init__(message)
        self.login = login
        self.permission = permission
        self.holders = holders


class Role(StrEnum):
    OPERATOR = "operator"
    SHIFT_LEAD = "shift_lead"
    INSPECTOR = "inspector"
    ANTI_CORRUPTION = "anti_corruption"
    ADMIN = "admin"
    AUDITOR = "auditor"
    WALL = "wall"  # the wall display of the city board: counts only, never a person's data


class Permission(StrEnum):
    TAKE_CALLS = "take_calls"  # record a call or walk-in as a new incident
    DISPATCH = "dispatch"  # send units, their statuses on an incident, close and cancel
    SEE_IDENTITY = "see_identity"  # callers' and app users' names and phones
    READ_INCIDENTS = "read_incidents"  # every precinct's incidents (otherwise: only the home precinct's)
    REASSIGN_ACROSS_PRECINCTS = "reassign_across_precincts"  # take a unit off an incident of another precinct
    OVERRIDE_PRIORITY = "override_priority"  # a priority other than the category's default
    REOPEN = "reopen"
    MANAGE_UNITS = "manage_units"  # units on and off shift, out of service, new units
    READ_ANALYTICS = "read_analytics"
    READ_SHIFT_AUDIT = "read_shift_audit"  # the audit trail of the current shift
    LEAD_SHIFT = "lead_shift"  # the overdue thresholds, acknowledging overdue incidents
    READ_AUDIT = "read_audit"  # the whole audit trail
    CONFIDENTIAL = "confidential"  # corruption reports and complaints about police officers
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_GEOGRAPHY = "manage_geography"  # precinct boundaries, address data
    MANAGE_REFERENCE = "manage_reference"  # categories
    MANAGE_API_KEYS = "manage_api_keys"
    WORK_PROBLEMS = "work_problems"  # open problems of the home precinct and work on them (SARA)
    READ_BOARD = "read_board"  # the city board's counts (open incidents, units, overdue, contacts)
    WATCH_CAMERAS = "watch_cameras"  # the city's cameras at an incident (an inspector: the home precinct's)


P = Permission
_OPERATOR = frozenset(
    {P.TAKE_CALLS, P.DISPATCH, P.SEE_IDENTITY, P.READ_INCIDENTS, P.READ_BOARD, P.WATCH_CAMERAS}
)

PERMISSIONS: Mapping[Role, frozenset[Permission]] = {
    Role.OPERATOR: _OPERATOR,
    Role.SHIFT_LEAD: _OPERATOR
    | {
        P.REASSIGN_ACROSS_PRECINCTS,
        P.OVERRIDE_PRIORITY,
        P.REOPEN,
        P.MANAGE_UNITS,
        P.READ_ANALYTICS,
        P.READ_SHIFT_AUDIT,
        P.LEAD_SHIFT,
    },
    Role.INSPECTOR: frozenset({P.READ_ANALYTICS, P.WORK_PROBLEMS, P.WATCH_CAMERAS}),
    Role.ANTI_CORRUPTION: frozenset({P.CONFIDENTIAL, P.DISPATCH, P.SEE_IDENTITY, P.REOPEN}),
    Role.ADMIN: frozenset(
        {P.MANAGE_ACCOUNTS, P.MANAGE_GEOGRAPHY, P.MANAGE_REFERENCE, P.MANAGE_API_KEYS, P.READ_AUDIT}
    ),
    Role.AUDITOR: frozenset({P.READ_AUDIT}),
    Role.WALL: frozenset({P.READ_BOARD}),
}

# Who holds a permission, for the messages that refuse it ("… may do this").
HOLDERS: Mapping[Permission, tuple[Role, ...]] = {
    permission: tuple(role for role in Role if permission in PERMISSIONS[role]) for permission in Permission
}

ROLE_NAMES = {
    Role.OPERATOR: "operator",
    Role.SHIFT_LEAD: "shift lead",
    Role.INSPECTOR: "precinct inspector",
    Role.ANTI_CORRUPTION: "anti-corruption officer",
    Role.ADMIN: "administrator",
    Role.AUDITOR: "auditor",
    Role.WALL: "wall display",
}

ACTIONS = {
    P.TAKE_CALLS: "take calls",
    P.DISPATCH: "dispatch units and update incidents",
    P.SEE_IDENTITY: "see callers' identity",
    P.READ_INCIDENTS: "read incidents of every precinct",
    P.REASSIGN_ACROSS_PRECINCTS: "take a unit off an incident of another precinct",
    P.OVERRIDE_PRIORITY: "override an incident's priority",
    P.REOPEN: "reopen incidents",
    P.MANAGE_UNITS: "manage units and their shifts",
    P.READ_ANALYTICS: "read analytics",
    P.READ_SHIFT_AUDIT: "read the shift's audit trail",
    P.LEAD_SHIFT: "set the overdue thresholds and acknowledge overdue incidents",
    P.READ_AUDIT: "read the audit trail",
    P.CONFIDENTIAL: "handle corruption reports and complaints about police officers",
    P.MANAGE_ACCOUNTS: "manage accounts",
    P.MANAGE_GEOGRAPHY: "change precincts and address data",
    P.MANAGE_REFERENCE: "change categories",
    P.MANAGE_API_KEYS: "manage the intake's API keys",
    P.WORK_PROBLEMS: "open and work on the precinct's problems",
    P.READ_BOARD: "show the city board",
    P.WATCH_CAMERAS: "watch the city's cameras",
}


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    granted: frozenset[Permission] = frozenset()
    for role in roles:
        granted |= PERMISSIONS[role]
    return granted


def parse_roles(values: Iterable[str]) -> tuple[Role, ...]:
    """Role names as typed ("shift_lead", "shift-lead", "Shift lead"), in table order, no repeats."""
    wanted = set()
    for value in values:
        key = re.sub(r"[\s-]+", "_", str(value).strip().lower())
        try:
            wanted.add(Role(key))
        except ValueError:
            known = ", ".join(r.value for r in Role)
            raise ValidationError(f"'{value}' is not a role; the roles are {known}") from None
    if not wanted:
        raise ValidationError("an account needs at least one role")
    return tuple(r for r in Role if r in wanted)


# -- accounts -------------------------------------------------------------------------------------
class AccountState(StrEnum):
    ACTIVE = "active"
    LOCKED = "locked"  # too many failed sign-ins; opens again by itself after the lockout
    DISABLED = "disabled"  # by an administrator; only an administrator enables it again


# Roles that read confidential data (reports of corruption; who looked at whose personal data): given
# only when a second administrator confirms what the first asked for.
CONFIDENTIAL_ROLES = frozenset({Role.ANTI_CORRUPTION, Role.AUDITOR})


class RequestState(StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    REFUSED = "refused"


@dataclass
class RoleRequest:
    """Roles for ``login`` that one administrator asked for and another must confirm; a new account's
    details with them when ``new_account``."""

    login: str
    roles: tuple[Role, ...]
    requested_by: str
    full_name: str = ""
    personal_number: str = ""
    home_precinct: str | None = None
    new_account: bool = False
    state: RequestState = RequestState.PENDING
    requested_at: datetime | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    id: int | None = None

    @property
    def confidential_roles(self) -> tuple[Role, ...]:
        return tuple(r for r in self.roles if r in CONFIDENTIAL_ROLES)

    def check_decider(self, login: str) -> None:
        """Two people: neither the one who asked nor the person the roles are for may confirm them."""
        if login == self.requested_by:
            raise ValidationError(f"{login} asked for these roles; a second administrator must confirm them")
        if login == self.login:
            raise ValidationError("nobody confirms roles for themselves")


def added_confidential(old: Iterable[Role], new: Iterable[Role]) -> tuple[Role, ...]:
    """The roles that read confidential data which ``new`` adds to ``old``."""
    before = set(old)
    return tuple(r for r in new if r in CONFIDENTIAL_ROLES and r not in before)


LOGIN_PATTERN = re.compile(r"[a-z][a-z0-9._-]{1,39}")
MAX_FAILED_SIGN_INS = 5
LOCKOUT = timedelta(minutes=10)
SHIFT = timedelta(hours=12)  # a duty shift: what a shift lead's audit trail reaches back to
MIN_PASSWORD = 8
MAX_PASSWORD = 256  # hashing a megabyte "password" costs memory; nobody types more than this


def clean_login(value: object) -> str:
    """A login as typed: refused, not repaired, when it holds anything but what a login may hold."""
    if isinstance(value, str) and any(not ch.isprintable() for ch in value):
        raise ValidationError("a login holds no control or formatting characters")
    text = clean_text(value, "login", 40, required=True).lower()
    if not LOGIN_PATTERN.fullmatch(text):
        raise ValidationError(
            "a login is 2–40 characters: Latin letters, digits, '.', '_' or '-', beginning with a letter"
        )
    return text


def check_new_password(password: object, login: str = "") -> str:
    """A password a person chose: long enough, not the login, not absurdly long."""
    if not isinstance(password, str):
        raise ValidationError("the password must be text")
    if len(password) > MAX_PASSWORD:
        raise ValidationError(f"the password is too long: at most {MAX_PASSWORD} characters")
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"the password is too short: at least {MIN_PASSWORD} characters")
    if login and password.strip().lower() == login.lower():
        raise ValidationError("the password must not be the login")
    if any(not ch.isprintable() for ch in password):
        raise ValidationError("the password must not contain control characters")
    return password


@dataclass(slots=True)
class Account:
    """A person who signs in: their roles, their precinct (inspectors), the state of the account."""

    login: str
    full_name: str
    roles: tuple[Role, ...]
    personal_number: str = ""
    home_precinct: str | None = None
    state: AccountState = AccountState.ACTIVE
    must_change_password: bool = False
    failed_sign_ins: int = 0
    locked_until: datetime | None = None
    last_sign_in_at: datetime | None = None
    created_at: datetime | None = None
    id: int | None = None
    version: int = 0

    def __post_init__(self) -> None:
        self.login = clean_login(self.login)
        self.full_name = clean_text(self.full_name, "full name", MAX_TEXT["name"], required=True)
        self.personal_number = clean_text(self.personal_number, "personal number", 40)
        self.roles = parse_roles(self.roles)
        if self.home_precinct is not None:
            self.home_precinct = clean_text(self.home_precinct, "home precinct", 40) or None
        if Role.INSPECTOR in self.roles and not self.home_precinct:
            raise ValidationError("a precinct inspector needs a home precinct")

    def state_at(self, now: datetime) -> AccountState:
        """A lockout ends by itself: locked until a time that has passed means active again."""
        if self.state is AccountState.LOCKED and self.locked_until is not None and self.locked_until <= now:
            return AccountState.ACTIVE
        return self.state

    def sign_in_failed(self, now: datetime) -> bool:
        """Count a wrong password; the fifth in a row locks the account. True: it locked now."""
        if self.state_at(now) is AccountState.ACTIVE and self.state is AccountState.LOCKED:
            self.state, self.failed_sign_ins = AccountState.ACTIVE, 0
        self.failed_sign_ins += 1
        if self.failed_sign_ins >= MAX_FAILED_SIGN_INS and self.state is AccountState.ACTIVE:
            self.state = AccountState.LOCKED
            self.locked_until = now + LOCKOUT
            return True
        return False

    def unlock(self) -> None:
        """Lift a lockout and forget the failed sign-ins (a disabled account stays disabled)."""
        self.state = AccountState.ACTIVE if self.state is AccountState.LOCKED else self.state
        self.failed_sign_ins = 0
        self.locked_until = None

    def signed_in(self, now: datetime) -> None:
        self.unlock()
        self.last_sign_in_at = now

    def summary(self) -> dict[str, object]:
        return {
            "login": self.login,
            "full_name": self.full_name,
            "personal_number": self.personal_number,
            "roles": [r.value for r in self.roles],
            "home_precinct": self.home_precinct,
            "state": self.state.value,
            "locked_until": self.locked_until.isoformat() if self.locked_until else None,
            "must_change_password": self.must_change_password,
            "last_sign_in_at": self.last_sign_in_at.isoformat() if self.last_sign_in_at else None,
        }


def _with_article(noun: str) -> str:
    """'an administrator', 'a shift lead': the refusals read as English."""
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


# -- the person acting ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Principal:
    """Who acts: a person signed in, or the product itself (``system``), never both.

    ``system`` principals hold every permission: the demo city's builder, reference data at start, the
    intake server adding citizens' reports (which it does under its own database role). They are made
    in code only; no sign-in yields one.
    """

    login: str
    full_name: str
    roles: tuple[Role, ...] = ()
    home_precinct: str | None = None
    workstation: str = ""
    system: bool = False
    permissions: frozenset[Permission] = field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        granted = frozenset(Permission) if self.system else permissions_of(self.roles)
        object.__setattr__(self, "permissions", granted)

    @classmethod
    def of(cls, account: Account, workstation: str = "") -> Principal:
        return cls(account.login, account.full_name, account.roles, account.home_precinct, workstation)

    @classmethod
    def for_system(cls, name: str) -> Principal:
        return cls(clean_text(name, "name", MAX_TEXT["short"], required=True), name, system=True)

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        if permission not in self.permissions:
            holders = " or ".join(_with_article(ROLE_NAMES[r]) for r in HOLDERS[permission])
            raise Forbidden(
                f"{self.login} may not {ACTIONS[permission]}: only {holders or 'nobody'} may",
                login=self.login,
                permission=permission,
                holders=HOLDERS[permission],
            )

    def sees(self, precinct: str | None, confidential: bool = False) -> bool:
        """Whether an incident is visible: a confidential one only to anti-corruption officers (whatever
        its precinct); any other one to whoever reads every precinct, or to the inspector of its own."""
        if confidential:
            return self.may(Permission.CONFIDENTIAL)
        if self.may(Permission.READ_INCIDENTS):
            return True
        return (
            self.may(Permission.READ_ANALYTICS)
            and self.home_precinct is not None
            and precinct == self.home_precinct
        )

    @property
    def reads_operations(self) -> bool:
        """Whether any ordinary incident and the units are visible (not to anti-corruption officers,
        administrators or auditors)."""
        return self.may(Permission.READ_INCIDENTS) or (
            self.may(Permission.READ_ANALYTICS) and self.home_precinct is not None
        )

    @property
    def reads_incidents(self) -> bool:
        """Whether any incident at all is visible: ordinary ones or confidential ones."""
        return self.reads_operations or self.may(Permission.CONFIDENTIAL)

    @property
    def audit_scope(self) -> tuple[bool, bool | None, bool]:
        """What of the audit trail this person reads: (the changes of incidents and units, confidential
        lines — None: all, False: none, True: only those —, the current shift only). Auditors and shift
        leads read the operational changes; administrators the changes of reference data only;
        anti-corruption officers the lines about confidential reports and nothing else."""
        if self.may(Permission.READ_AUDIT) or self.may(Permission.READ_SHIFT_AUDIT):
            operational = self.reads_operations or Role.AUDITOR in self.roles
            confidential = None if self.may(Permission.CONFIDENTIAL) else False
            return operational, confidential, not self.may(Permission.READ_AUDIT)
        if self.may(Permission.CONFIDENTIAL):
            return True, True, False
        raise Forbidden(
            f"{self.login} may not read the audit trail: only an auditor, an administrator or a shift lead may",
            login=self.login,
            permission=Permission.READ_AUDIT,
            holders=(Role.AUDITOR, Role.ADMIN, Role.SHIFT_LEAD),
        )

    def audit_start(self, since: datetime | None, now: datetime) -> datetime | None:
        """Where this person's reading of the audit trail may begin: ``since``, but a shift lead's no
        earlier than one shift ago."""
        if not self.audit_scope[2]:
            return since
        start = now - SHIFT
        return start if since is None or since < start else since

    @property
    def role_names(self) -> str:
        return ", ".join(ROLE_NAMES[r] for r in self.roles) if self.roles else "system"
