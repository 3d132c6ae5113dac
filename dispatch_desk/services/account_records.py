"""An account's change, written where the audit trail reads it: one line of the access log and one
``account.changed`` row of the change feed, in the transaction of the change (on PostgreSQL a change
without both does not commit)."""

from __future__ import annotations

from datetime import datetime

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import AccountChange
from dispatch_desk.services.access_kinds import AccessKind
from dispatch_desk.store import feed
from dispatch_desk.store.accounts import Access, AccessLog


def account_changed(
    session,
    now: datetime,
    by: Principal,
    login: str,
    roles: tuple[str, ...],
    state: str,
    detail: str,
    workstation: str,
) -> None:
    """Who (from which workstation) changed whose account, to which roles, and what was done."""
    AccessLog(session).add(Access(now, by.login, workstation, AccessKind.ACCOUNT_CHANGED, login, detail))
    record = AccountChange(ChangeKind.ACCOUNT_CHANGED, login, roles, state, detail)
    feed.append(session, [feed.row_of(record, by.login, now)], [record])
