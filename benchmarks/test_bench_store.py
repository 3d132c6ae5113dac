"""Foundation figures: incident creation rate, change-feed reads, and the two hot queries at 1M rows.

Aims: feed read ≤ 2 ms; "open incidents" and "earlier incidents at this address" ≤ 50 ms with 1,000,000
incidents. The naive forms of the two queries (a scan the indexes cannot serve) run in the same session,
so the README can give the ratio.
"""

from __future__ import annotations

import itertools

from sqlalchemy import select, text

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.store import feed
from dispatch_desk.store.repositories import Incidents
from dispatch_desk.store.rows import IncidentRow

BATCH = 100
counter = itertools.count()


def test_create_incidents_through_the_service(benchmark, empty_db):
    """One call = 100 incidents, each its own transaction with its feed row (ops/s x 100 = incidents/s)."""
    desk = DeskService(empty_db, Principal.for_system("bench"))

    def create_batch() -> None:
        for _ in range(BATCH):
            n = next(counter)
            desk.create_incident(
                CallDraft(
                    Channel.PHONE, "theft", address=f"Торайгырова {n % 500}", caller_phone="87012345678"
                )
            )

    benchmark.extra_info["incidents_per_call"] = BATCH
    benchmark.pedantic(create_batch, rounds=5, warmup_rounds=1)


def test_feed_read_after_sequence(benchmark, million_db):
    """The poll every desk makes: the rows after its last sequence number (here 100 new rows)."""
    after = 1_000_000 - 100

    def read() -> int:
        with million_db.reading() as session:
            return len(feed.after(session, after))

    assert benchmark(read) == 100


def test_open_incidents(benchmark, million_db):
    def read() -> int:
        with million_db.reading() as session:
            return len(Incidents(session).open())

    assert 100 < benchmark(read) < 1000


def test_open_incidents_naive_scan(benchmark, million_db):
    """The same question asked so that no index helps: status NOT IN the closed states."""

    def read() -> int:
        with million_db.reading() as session:
            rows = session.scalars(
                select(IncidentRow.id)
                .where(IncidentRow.status.not_in(["closed", "cancelled"]))
                .order_by(IncidentRow.priority, IncidentRow.received_at)
            )
            return len(list(rows))

    assert benchmark.pedantic(read, rounds=5) > 100


def test_earlier_incidents_at_address(benchmark, million_db):
    def read() -> int:
        with million_db.reading() as session:
            return len(Incidents(session).at_address("торайгырова 64", limit=20))

    assert benchmark(read) >= 1


def test_earlier_incidents_at_address_naive_text_search(benchmark, million_db):
    """Without the normalised key: a pattern match over the typed addresses, which scans every row."""

    def read() -> int:
        with million_db.reading() as session:
            rows = session.execute(
                text(
                    "SELECT id FROM incidents WHERE address LIKE :pattern ORDER BY received_at DESC LIMIT 20"
                ),
                {"pattern": "%Торайгырова, д. 64"},
            )
            return len(list(rows))

    assert benchmark.pedantic(read, rounds=5) >= 1
