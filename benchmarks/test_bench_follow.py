"""The cost of following the feed: CPU of a headless desk per followed report (the desk's own feed code:
a page of the feed, then the incidents it names), at 50 reports a second woken ten times a second (five
reports a page), against reading each named incident by itself as the desks did before. Aim ≤ 1 ms of
CPU per report per desk."""

from __future__ import annotations

import time

import pytest

from dispatch_desk.domain.access import Principal, Role
from dispatch_desk.domain.change_summary import Changes
from dispatch_desk.domain.enums import Channel, LocationSource
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.services.feed_follow import FeedFollower, update_of

REPORTS = 300
PAGE = 5  # 50 reports a second, woken ten times a second


def _each_by_itself(desk: DeskService, entries) -> list:
    """The way before: one read (and its three loads) per incident the page names."""
    changes = Changes.of([e.record for e in entries])
    return [desk.read.incident(n) for n in sorted(changes.incidents)]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def reports(request, tmp_path_factory):
    from dispatch_desk.demo.city import build_demo
    from dispatch_desk.store import migrate
    from dispatch_desk.store.db import Database

    if request.param == "sqlite":
        db = Database(f"sqlite:///{tmp_path_factory.mktemp('follow') / 'follow.sqlite3'}")
    else:
        db = Database(request.getfixturevalue("pg_server").create_database("follow"))
    migrate.upgrade(db)
    build_demo(db, days=1)
    desk = DeskService(db, Principal("operator", "Op", (Role.OPERATOR,)))
    start = desk.read.last_feed_seq()
    intake = DeskService(db, Principal.for_system("intake"))
    where = Location(52.285, 76.95, LocationSource.GPS, 10)
    for _ in range(REPORTS):
        intake.create_incident(CallDraft(Channel.APP, "theft", "Украли сумку", "Естая 105", location=where))
    yield desk, start
    db.dispose()


@pytest.mark.parametrize("way", ["page", "each"])
def test_cpu_per_followed_report(benchmark, reports, way):
    desk, start = reports
    per_report: list[float] = []

    def follow_all() -> None:
        follower = FeedFollower(desk, start)
        cpu = time.process_time()
        seen = 0
        while True:
            batch = follower.poll(limit=PAGE)
            if not batch.entries:
                break
            read = (
                update_of(desk, batch.entries).incidents
                if way == "page"
                else _each_by_itself(desk, batch.entries)
            )
            seen += len(read)
        assert seen == REPORTS
        per_report.append((time.process_time() - cpu) / REPORTS * 1000)

    benchmark.pedantic(follow_all, rounds=3, warmup_rounds=1)
    median = sorted(per_report)[len(per_report) // 2]
    benchmark.extra_info["cpu_ms_per_report"] = round(median, 3)
    print(f"\n{way}: {median:.2f} ms of CPU per followed report")
