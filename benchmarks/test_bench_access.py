"""What knowing who is at the desk costs: signing in, a permission check, and row-level security.

Aims: a sign-in well under a second (Argon2id with the library's parameters on SQLite; the server's bcrypt
check and a new connection on PostgreSQL); a permission check negligible beside an action (microseconds
against milliseconds); the open-incidents query and the feed read of an operator under PostgreSQL's
row-level security at most 10 % slower than the same role's with the policies switched off.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import pytest
from sqlalchemy import text

from dispatch_desk.domain.access import Permission, Principal, Role
from dispatch_desk.services.accounts import AccountService
from dispatch_desk.store import feed
from dispatch_desk.store.repositories import Incidents

PASSWORD = "a long enough benchmark password"
RLS = ("incidents", "assignments", "attachments", "change_feed")
BLOCKS, PER_BLOCK = 10, 10


def _person(db, login: str, *roles: Role) -> AccountService:
    accounts = AccountService(db, workstation="bench")
    if not any(a.login == login for a in accounts.accounts(Principal.for_system("bench"))):
        accounts.add(
            Principal.for_system("bench"),
            login,
            login.capitalize(),
            [r.value for r in roles],
            password=PASSWORD,
        )
    return accounts


def test_sign_in(benchmark, empty_db):
    """One sign-in and sign-out with the production parameters (Argon2id; on PostgreSQL the gate's dd_sign_in
    with bcrypt, the session's secret and the person's own connection)."""
    accounts = _person(empty_db, "aigerim", Role.OPERATOR)

    def sign_in_and_out() -> None:
        signed = accounts.sign_in("aigerim", PASSWORD)
        accounts.database_for(signed.principal)  # on PostgreSQL: the person's own connection is open
        accounts.sign_out(signed.principal)

    benchmark.pedantic(sign_in_and_out, rounds=10, warmup_rounds=1)


def test_permission_check(benchmark):
    """``require`` as every use case calls it first."""
    operator = Principal("aigerim", "Aigerim", (Role.OPERATOR,))
    benchmark(operator.require, Permission.DISPATCH)


@pytest.fixture(scope="module")
def operator_db(million_db):
    """The operator's own connection to the million-row database (PostgreSQL only: RLS is the server's)."""
    if not million_db.is_postgresql:
        pytest.skip("row-level security is PostgreSQL's")
    raw = million_db.engine.raw_connection()  # the loads are fresh: settle them as autovacuum would
    try:
        raw.driver_connection.autocommit = True
        with raw.cursor() as cursor:
            for table in RLS:
                cursor.execute(f"VACUUM ANALYZE {table}")
    finally:
        raw.close()
    accounts = _person(million_db, "bench.operator", Role.OPERATOR)
    signed = accounts.sign_in("bench.operator", PASSWORD)
    yield million_db, accounts.database_for(signed.principal)
    accounts.sign_out(signed.principal)


def _policies(owner, on: bool) -> None:
    with owner.engine.begin() as connection:
        for table in RLS:
            connection.execute(
                text(f"ALTER TABLE {table} {'ENABLE' if on else 'DISABLE'} ROW LEVEL SECURITY")
            )


def _with_and_without(benchmark, operator_db, read: Callable[[], int]) -> int:
    """The operator's read under the policies (the benchmark's figure), then the same read with and
    without them, interleaved in blocks, so that a drifting machine (autovacuum, the other benchmarks)
    weighs on both alike; the medians and their ratio go into the results."""
    owner, _person = operator_db
    result = benchmark(read)
    timed: dict[bool, list[float]] = {True: [], False: []}
    try:
        for _block in range(BLOCKS):
            for on in (True, False):
                _policies(owner, on)
                for _ in range(PER_BLOCK):
                    start = time.perf_counter()
                    read()
                    timed[on].append((time.perf_counter() - start) * 1000)
    finally:
        _policies(owner, True)
    with_rls, without = statistics.median(timed[True]), statistics.median(timed[False])
    benchmark.extra_info.update(
        rls_ms=round(with_rls, 3), no_rls_ms=round(without, 3), ratio=round(with_rls / without, 3)
    )
    print(
        f"\n{benchmark.name}: under RLS {with_rls:.2f} ms, without {without:.2f} ms, "
        f"ratio {with_rls / without:.3f}"
    )
    return result


def test_open_incidents_as_an_operator(benchmark, operator_db):
    _owner, person = operator_db

    def read() -> int:
        with person.reading() as session:
            return len(Incidents(session).open())

    assert 100 < _with_and_without(benchmark, operator_db, read) < 1000


def test_feed_read_as_an_operator(benchmark, operator_db):
    _owner, person = operator_db
    after = 1_000_000 - 100

    def read() -> int:
        with person.reading() as session:
            return len(feed.after(session, after))

    assert _with_and_without(benchmark, operator_db, read) == 100
