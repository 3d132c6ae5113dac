"""The operator's history and search figures at 1,000,000 incidents.

- The caller's history as the call is typed (``DeskQueries.caller_history``: by number and by address,
  counted, the last five, within the reader's scope), against the naive way: every incident of the
  address and of the number read and counted in Python.
- The search among closed incidents of any day (``search_incidents``): a word many incidents hold (the
  newest 100 are found by walking the received-time index backwards), and the worst case, a word no
  incident holds (every row is looked at).
"""

from __future__ import annotations

from datetime import timedelta

from benchmarks.data import NOW
from dispatch_desk.domain.access import Principal, Role
from dispatch_desk.domain.history import REPEAT_WINDOW
from dispatch_desk.services.desk import DeskService
from dispatch_desk.store.repositories import Incidents

PHONE = "+77010000042"  # five incidents in the data set
ADDRESS = "ул. Торайгырова, д. 64"  # about 20


def _operator(db) -> DeskService:
    return DeskService(db, Principal("bench", "Bench", (Role.OPERATOR,)), clock=lambda: NOW)


def test_caller_history_by_number_and_address(benchmark, million_db):
    desk = _operator(million_db)
    history = benchmark(lambda: desk.read.caller_history(PHONE, ADDRESS))
    assert history.phone.total == 5 and history.address.total >= 5


def test_caller_history_naive_read_everything_and_count(benchmark, million_db):
    """The same answer by reading every incident of the number and of the address (no count in SQL,
    no limit) and counting in Python."""
    since = NOW - REPEAT_WINDOW

    def read() -> tuple[int, int]:
        with million_db.reading() as session:
            incidents = Incidents(session)
            by_address = incidents.at_address("торайгырова 64", limit=1_000_000)
            by_phone = [
                i
                for i in incidents.search(PHONE[-7:], with_callers=True, limit=1_000_000)
                if i.caller.phone == PHONE
            ]
        return len(by_phone), sum(i.received_at >= since for i in by_address)

    assert benchmark.pedantic(read, rounds=5)[0] == 5


def test_search_closed_incidents_a_common_word(benchmark, million_db):
    desk = _operator(million_db)
    assert len(benchmark(lambda: desk.read.search_incidents("обращения"))) == 100


def test_search_closed_incidents_a_word_nobody_wrote(benchmark, million_db):
    desk = _operator(million_db)
    assert benchmark.pedantic(lambda: desk.read.search_incidents("велосипед"), rounds=3) == []


def test_incidents_of_today(benchmark, million_db):
    desk = _operator(million_db)
    since = NOW - timedelta(hours=18)
    assert len(benchmark(lambda: desk.read.incidents_since(since))) > 1000
