"""The meeting pack's two versions on SQLite and PostgreSQL: the inspector's has the addresses, the
problems' notes and the people answering for their steps; the residents' has none of the personal data
— no names, phones, descriptions, houses or flats — places only as streets and cells, the sensitive
categories only counted; the CSV and the command's JSON agree."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import timedelta

import numpy as np
import pytest

from dispatch_desk.demo.city import load_precincts
from dispatch_desk.domain.access import Principal, Role
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.problems import Place, PlaceKind, ProblemStatus
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft
from dispatch_desk.services.meeting_pack import MIN_CONTACTS, SENSITIVE, build_pack, pack_csv, residents_dict
from dispatch_desk.services.precinct_analytics import PrecinctAnalytics
from dispatch_desk.services.problems import ProblemDesk

YARD = (52.2873, 76.9674)  # in precinct 05
H3_ID = re.compile(r"\b8[0-9a-f]{14}\b")
PERSONAL = (
    "Серикбаев",
    "+77015550101",
    "бил жену",
    "кв. 17",
    "Лермонтова, 81",
    "Жанар Сапарова",
    "соседка видела",
    "Оспанов",
    "Торайгырова, 9",
)


@pytest.fixture
def precinct(desk, clock):
    desk.import_precincts(load_precincts())
    rng = np.random.default_rng(5)
    start = clock.now
    for n in range(90):
        clock.now = start + timedelta(hours=n * 7)
        lat, lon = YARD[0] + rng.normal(0, 0.0006), YARD[1] + rng.normal(0, 0.0009)
        desk.create_incident(
            CallDraft(
                Channel.PHONE,
                "fight_assault",
                "драка у бара, Серикбаев с друзьями",
                "улица Лермонтова, 81, кв. 17",
                Location.placed(lat, lon),
                "Серикбаев Ержан",
                "+77015550101",
            )
        )
        if n % 6 == 0:  # a family in conflict, elsewhere in the precinct
            desk.create_incident(
                CallDraft(
                    Channel.PHONE,
                    "domestic_conflict",
                    "бил жену, соседка видела",
                    "улица Торайгырова, 9",
                    Location.placed(52.2913, 76.9674),
                    "Жанар Сапарова",
                    "+77015550202",
                )
            )
    inspector = ProblemDesk(
        desk.db, Principal("insp05", "Нурлан", (Role.INSPECTOR,), home_precinct="05"), clock=clock
    )
    problem = inspector.open(
        "Бар на Лермонтова, 81: Серикбаев и компания",
        [Place(PlaceKind.ADDRESS, "лермонтова 81", "улица Лермонтова, 81")],
        "соседка видела драку",
    )
    clock.advance(days=1)
    inspector.add_response(
        problem.id, "Рейды по пятницам", "Оспанов, ППС", (clock.now + timedelta(days=3)).date()
    )
    inspector.move_to(problem.id, ProblemStatus.RESPONSE)
    clock.advance(days=1)
    inspector.complete_response(problem.id, 0)
    analytics = PrecinctAnalytics(desk.db, inspector.actor)
    return analytics, inspector, start, clock.now


def everything(pack) -> str:
    """Every text the pack holds, however deep."""
    return json.dumps(dataclasses.asdict(pack), ensure_ascii=False, default=str) + pack_csv(pack)


def test_the_inspectors_pack_has_the_places_and_the_problems_work(precinct):
    analytics, inspector, start, now = precinct
    pack = build_pack(analytics, inspector, start, now)
    assert pack.picture.precinct == "05" and not pack.residents
    assert pack.picture.repeats[0].address.startswith("улица Лермонтова, 81")
    assert {c.category for c in pack.picture.categories} == {"fight_assault", "domestic_conflict"}
    [problem] = pack.problems
    assert problem.title.startswith("Бар на Лермонтова") and problem.linked == 90
    assert [s.what for s in problem.done_this_week] == ["Рейды по пятницам"]
    assert problem.done_this_week[0].responsible == "Оспанов, ППС"
    assert problem.notes_this_week == ("соседка видела драку",)
    assert "улица Лермонтова, 81" in pack_csv(pack)


def residents_documents(pack) -> str:
    """What the residents' version puts out: its CSV and its JSON (the PDF is read in the GUI tests)."""
    return pack_csv(pack) + json.dumps(residents_dict(pack), ensure_ascii=False)


def test_the_residents_pack_carries_no_personal_data(precinct):
    analytics, inspector, start, now = precinct
    pack = build_pack(analytics, inspector, start, now, residents=True)
    text = residents_documents(pack)
    for personal in PERSONAL:
        assert personal not in text, personal
    assert not SENSITIVE & {c.category for c in pack.picture.categories}
    assert pack.picture.left_out == 15 and pack.picture.contacts == 90  # counted, and nowhere else
    assert sum(map(sum, pack.picture.week_hours)) == 90
    assert pack.picture.repeats == []  # houses: not even in the data the PDF is printed from
    assert pack.picture.streets == [("улица Лермонтова", 90)]
    assert all(c.count >= MIN_CONTACTS for c in pack.picture.hot)  # a small count could point at someone
    hot = [c for c in pack.picture.hot if c.level > 0]
    assert hot and all(pack.picture.cell_streets[c.cell] == "улица Лермонтова" for c in hot)
    assert not H3_ID.search(text) and '"z"' not in text and "p_value" not in text  # plain words only
    assert {p["compared_with_usual"] for p in residents_dict(pack)["places"]} <= {"more", "fewer"}
    [problem] = pack.problems
    assert problem.title == "улица Лермонтова" and problem.places == ("улица Лермонтова",)
    assert problem.done_this_week == () and problem.next_steps == () and problem.notes_this_week == ()
    assert (problem.steps_done, problem.steps_planned) == (1, 0)
    assert "Рейды" not in text and "sensitive_counted_only" in pack_csv(pack)


PLANTED = "Talk to shop owner Serikbaev Askar, +77019998877"
RAIDS = "Рейды ППС по пятницам 22:00–02:00"


def test_personal_data_planted_in_every_free_text_field_never_reaches_the_residents(desk, clock, precinct):
    analytics, inspector, start, _now = precinct
    desk.create_incident(
        CallDraft(
            Channel.PHONE,
            "theft",
            "украли телефон",
            "улица Лермонтова, 80",
            Location.placed(*YARD),
            "Serikbaev Askar",
            "+77019998877",
        )
    )
    problem = inspector.open(
        PLANTED, [Place(PlaceKind.ADDRESS, "лермонтова 80", "улица Лермонтова, 80, кв. 3")], PLANTED
    )
    inspector.add_note(problem.id, RAIDS + "; " + PLANTED)
    inspector.add_response(problem.id, RAIDS, PLANTED, (clock.now + timedelta(days=2)).date())
    inspector.add_response(problem.id, PLANTED, "Серикбаев", (clock.now + timedelta(days=3)).date())
    inspector.move_to(problem.id, ProblemStatus.RESPONSE)
    inspector.complete_response(problem.id, 0)
    pack = build_pack(
        analytics,
        inspector,
        start,
        clock.now,
        residents=True,
        residents_text="Вечерние патрули на улице Лермонтова продолжатся в декабре.",
    )
    text = residents_documents(pack)
    for planted in (
        "Serikbaev",
        "Askar",
        "77019998877",
        "22:00",
        "Рейды",
        "кв. 3",
        "Лермонтова, 80",
        "Talk to",
    ):
        assert planted not in text, planted
    assert pack.residents_text.startswith("Вечерние патрули")
    for written, said in (
        (PLANTED, "phone number"),
        ("Спасибо Serikbaev за помощь", "name: Serikbaev"),
        ("Звоните участковому: 8 701 555 01 01", "phone number"),
    ):
        with pytest.raises(ValidationError, match=said):
            build_pack(analytics, inspector, start, clock.now, residents=True, residents_text=written)


def test_the_pack_command_writes_the_residents_json_and_csv(precinct, tmp_path, monkeypatch):
    from dispatch_desk.cli import main
    from tests.support.people import act_as, add_person

    analytics, _inspector, start, now = precinct
    add_person(analytics.db, "insp05", "inspector", precinct="05")
    act_as(monkeypatch, "insp05")
    monkeypatch.setenv("DISPATCH_DESK_DB", analytics.db.url)
    period = ["--from", start.date().isoformat(), "--to", now.date().isoformat()]
    out = tmp_path / "pack.json"
    note = tmp_path / "note.txt"
    note.write_text("Патрули по вечерам продолжаются.", encoding="utf-8")
    assert (
        main(["analytics", "pack", *period, "--residents", "--residents-text", str(note), "--json", str(out)])
        == 0
    )
    text = out.read_text(encoding="utf-8")
    body = json.loads(text)
    assert body["sensitive_counted_only"]["now"] == 15 and body["from_the_inspector"].startswith("Патрули")
    assert body["problems"][0]["steps_done_this_week"] == 1 and "next_steps" not in body["problems"][0]
    assert not [p for p in PERSONAL if p in text] and not H3_ID.search(text)
    note.write_text("Звоните мне: +77015550101", encoding="utf-8")
    assert (
        main(["analytics", "pack", *period, "--residents", "--residents-text", str(note), "--json", str(out)])
        == 1
    )
    assert main(["analytics", "pack", *period, "--csv", str(tmp_path / "pack.csv")]) == 0
    assert "улица Лермонтова, 81" in (tmp_path / "pack.csv").read_text(encoding="utf-8")
    assert main(["analytics", "pack", *period]) != 0  # no output named
