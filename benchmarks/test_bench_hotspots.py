"""Gi* with 999 permutations over a year, on the database of 1,000,000 incidents (a large city's year):
for one precinct (about 83,000 contacts) and for the city (all of them), each through the service as the
desk and the command call it — the rows read, the categories, the week and the repeat addresses counted,
the points counted into H3 cells, Gi* computed. The Knox test (the period's newest 2,000 contacts) is timed
on its own. Aims: ≤ 2 s for a precinct, ≤ 10 s for the city."""

from __future__ import annotations

from datetime import timedelta

import pytest

from benchmarks.data import NOW, ready_for_analytics
from dispatch_desk.domain.access import Principal, Role
from dispatch_desk.services.precinct_analytics import PrecinctAnalytics

YEAR = timedelta(days=365)


@pytest.fixture(scope="module")
def lead(million_db):
    ready_for_analytics(million_db)
    return PrecinctAnalytics(million_db, Principal("lead", "Lead", (Role.SHIFT_LEAD,)))


@pytest.mark.parametrize("precinct", ["05", None], ids=["precinct", "city"])
def test_gi_star_over_a_year(benchmark, lead, precinct):
    picture = benchmark.pedantic(
        lambda: lead.picture(
            NOW - YEAR, NOW + timedelta(seconds=1), precinct, permutations=999, seed=1, near=False
        ),
        rounds=3,
        iterations=1,
    )
    assert picture.contacts > (80_000 if precinct else 990_000)
    assert picture.hot and picture.near_repeat is None
    benchmark.extra_info.update(contacts=picture.contacts, cells=len(picture.hot))


def test_knox_over_the_newest_contacts_of_a_precinct_year(benchmark, lead):
    rows = lead._rows(NOW - YEAR, NOW + timedelta(seconds=1), "05")
    near = benchmark.pedantic(lambda: lead._near_repeat(rows, 1), rounds=3, iterations=1)
    assert near is not None and near.events == 2000
    benchmark.extra_info.update(events=near.events, p=near.p)
