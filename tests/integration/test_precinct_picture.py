"""The precinct's picture on SQLite and PostgreSQL: trends against the period before, the week's matrix,
repeat addresses, a planted hot spot found on the precinct's grid; an inspector reads their own precinct
only; the analytics command's JSON and CSV."""

from __future__ import annotations

import json
from datetime import timedelta

import numpy as np
import pytest

from dispatch_desk.demo.city import load_precincts
from dispatch_desk.domain.access import Principal, Role
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft
from dispatch_desk.services.precinct_analytics import PrecinctAnalytics, picture_csv

HOT = (52.2873, 76.9674)  # in precinct 05 of the demo city


@pytest.fixture
def city(desk, clock):
    desk.import_precincts(load_precincts())
    rng = np.random.default_rng(4)
    start = clock.now
    for n in range(160):  # the period before: a quieter month
        clock.now = start + timedelta(hours=n * 4)
        lat, lon = 52.27 + rng.uniform(0, 0.03), 76.95 + rng.uniform(0, 0.04)
        desk.create_incident(CallDraft(Channel.PHONE, "theft", location=Location.placed(lat, lon)))
    for n in range(300):  # this month: thefts, and fights in one yard
        clock.now = start + timedelta(days=30, hours=n * 2)
        if n % 3 == 0:
            lat, lon = HOT[0] + rng.normal(0, 0.0008), HOT[1] + rng.normal(0, 0.0012)
            draft = CallDraft(
                Channel.PHONE,
                "fight_assault",
                address="улица Лермонтова, 81",
                location=Location.placed(lat, lon),
            )
        else:
            lat, lon = 52.27 + rng.uniform(0, 0.03), 76.95 + rng.uniform(0, 0.04)
            draft = CallDraft(Channel.PHONE, "theft", location=Location.placed(lat, lon))
        desk.create_incident(draft)
    clock.now = start + timedelta(days=55)
    return desk, start


def test_the_picture_of_a_precinct_against_the_month_before(city, clock):
    desk, start = city
    lead = PrecinctAnalytics(desk.db, Principal("lead", "Lead", (Role.SHIFT_LEAD,)))
    since, until = start + timedelta(days=30), start + timedelta(days=55)
    picture = lead.picture(since, until, "05", permutations=999, seed=7)
    assert picture.contacts == sum(sum(h) for h in picture.week_hours) > 0
    fights = next(c for c in picture.categories if c.category == "fight_assault")
    assert fights.before == 0 and fights.change is None and fights.now >= 90  # a few fall over the border
    top = picture.repeats[0]
    assert top.address.startswith("улица Лермонтова") and top.count == fights.now
    assert picture.top_share >= top.share > 0.3 and picture.places_for_half >= 1
    hottest = picture.hot[0]
    assert hottest.level == 3 and abs(hottest.lat - HOT[0]) < 0.003 and abs(hottest.lon - HOT[1]) < 0.004
    assert all(c.count >= 0 for c in picture.hot) and len(picture.hot) > 20  # the precinct's whole grid
    assert picture.near_repeat is not None and picture.near_repeat.events == picture.contacts
    text = picture_csv(picture)
    assert f"fight_assault,{fights.now},0," in text and hottest.cell in text


def test_an_inspector_reads_their_own_precinct_only(city):
    desk, start = city
    inspector = PrecinctAnalytics(desk.db, Principal("insp", "Insp", (Role.INSPECTOR,), home_precinct="05"))
    mine = inspector.picture(start + timedelta(days=30), start + timedelta(days=55), spots=False)
    assert mine.precinct == "05"
    with pytest.raises(ValidationError, match="not yours"):
        inspector.picture(start, start + timedelta(days=5), "01")
    with pytest.raises(ValidationError):
        inspector.picture(start + timedelta(days=5), start)
    with pytest.raises(ValidationError, match="at most"):
        inspector.picture(start - timedelta(days=500), start)


def test_the_analytics_command_writes_hot_spots_as_json(city, tmp_path, monkeypatch, capsys):
    from dispatch_desk.cli import main
    from tests.support.people import act_as, add_person

    desk, start = city
    add_person(desk.db, "insp05", "inspector", precinct="05")
    act_as(monkeypatch, "insp05")
    monkeypatch.setenv("DISPATCH_DESK_DB", desk.db.url)
    out = tmp_path / "cells.json"
    since = (start + timedelta(days=30)).date().isoformat()
    until = (start + timedelta(days=54)).date().isoformat()
    assert main(["analytics", "hotspots", "--from", since, "--to", until, "--json", str(out)]) == 0
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["precinct"] == "05" and body["cells"]
    assert {"cell", "lat", "lon", "count", "z", "p"} <= set(body["cells"][0])
    assert body["cells"][0]["level"] == 3
    assert main(["analytics", "summary", "--precinct", "01"]) != 0
    assert "not yours" in capsys.readouterr().err
