"""People for tests: accounts with a known password, made the way an administrator would."""

from __future__ import annotations

from dispatch_desk.domain.access import Principal
from dispatch_desk.services.accounts import AccountService
from dispatch_desk.store import migrate
from dispatch_desk.store.db import Database

PASSWORD = "correct-horse-battery"
DEMO_PASSWORD = "demo"


def add_person(target: str | Database, login: str, *roles: str, precinct: str | None = None) -> None:
    """An account ``login`` with ``roles`` (an operator by default) and the password ``PASSWORD``."""
    db = (
        target
        if isinstance(target, Database)
        else Database(target if "://" in target else f"sqlite:///{target}")
    )
    migrate.upgrade(db)
    AccountService(db).add(
        Principal.for_system("test-setup"),
        login,
        login.capitalize(),
        roles or ("operator",),
        home_precinct=precinct,
        password=PASSWORD,
    )
    if not isinstance(target, Database):
        db.dispose()


def act_as(monkeypatch, login: str, password: str = PASSWORD) -> None:
    """The commands of this test act as ``login`` (as DISPATCH_DESK_USER and DISPATCH_DESK_PASSWORD say)."""
    monkeypatch.setenv("DISPATCH_DESK_USER", login)
    monkeypatch.setenv("DISPATCH_DESK_PASSWORD", password)
