"""Problems (SARA) on SQLite and PostgreSQL: opened from a hot cell and a repeat address, linked
incidents found by place and still coming, responses with a person and a due date, the assessment before
and after, the stages; who may read and change them; hostile input."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dispatch_desk.demo.city import load_precincts
from dispatch_desk.domain.access import Forbidden, Principal, Role
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.errors import ConcurrencyConflict, DomainError, NotFound, ValidationError
from dispatch_desk.domain.problems import Place, PlaceKind, ProblemStatus
from dispatch_desk.domain.values import Location
from dispatch_desk.geo import hotspots
from dispatch_desk.services.desk import CallDraft
from dispatch_desk.services.problems import ProblemDesk
from dispatch_desk.store import feed

HOT = (52.2873, 76.9674)  # in precinct 05 of the demo city
YARD = "улица Лермонтова, 81, кв. 4"


def incident(desk, category="fight_assault", where=HOT, address=YARD):
    return desk.create_incident(
        CallDraft(Channel.PHONE, category, address=address, location=Location.placed(*where))
    )


@pytest.fixture
def precinct(desk, clock):
    desk.import_precincts(load_precincts())
    for _n in range(6):
        clock.advance(days=3)
        incident(desk)
    incident(desk, "theft", (52.2873 + 0.004, 76.9674), "улица Лермонтова, 81")  # same address, other cell
    incident(desk, "theft", (52.2700, 76.9500), "улица Торайгырова, 5")  # elsewhere in the precinct
    return desk


def people(desk, clock):
    def make(*args, **kw):
        return ProblemDesk(desk.db, Principal(*args, **kw), clock=clock)

    inspector = make("insp05", "Нурлан", (Role.INSPECTOR,), home_precinct="05")
    other = make("insp01", "Айгуль", (Role.INSPECTOR,), home_precinct="01")
    lead = make("lead", "Дана", (Role.SHIFT_LEAD,))
    operator = make("op", "Ержан", (Role.OPERATOR,))
    return inspector, other, lead, operator


def test_a_problem_from_a_hot_cell_follows_its_incidents_through_the_cycle(precinct, clock):
    inspector, other, lead, operator = people(precinct, clock)
    cell = hotspots.cell_of(*HOT)
    place = inspector.cell_place(cell)
    assert place.kind is PlaceKind.CELL and place.label == "улица Лермонтова"
    problem = inspector.open("Драки во дворе на Лермонтова", [place], "по вечерам, у магазина")
    assert problem.status is ProblemStatus.ANALYSIS and problem.precinct == "05"
    assert [n.text for n in problem.notes] == ["по вечерам, у магазина"]
    linked = inspector.linked(problem)
    assert len(linked) == 6 and {i.category for i in linked} == {"fight_assault"}
    assert linked[0].received_at >= linked[-1].received_at  # newest first
    problem = inspector.add_place(
        problem.id, Place(PlaceKind.ADDRESS, "лермонтова 81", "улица Лермонтова, 81")
    )
    assert len(inspector.linked(problem)) == 7  # the same address in another cell

    clock.advance(hours=1)
    incident(precinct)  # they keep coming
    assert len(inspector.linked(problem)) == 8

    with pytest.raises(ValidationError, match="today or later"):
        inspector.add_response(problem.id, "освещение", "акимат", (clock.now - timedelta(days=2)).date())
    due = (clock.now + timedelta(days=7)).date()
    problem = inspector.add_response(problem.id, "Освещение двора", "акимат, отдел ЖКХ", due)
    clock.advance(minutes=5)
    problem = inspector.move_to(problem.id, ProblemStatus.RESPONSE)
    assert problem.responding_since == clock.now
    before = inspector.assessment(problem)
    assert before.before == 8 and before.after == 0
    clock.advance(days=14)
    incident(precinct)
    problem = inspector.complete_response(problem.id, 0)
    assert problem.responses[0].done_at == clock.now
    with pytest.raises(DomainError, match="done already"):
        inspector.complete_response(problem.id, 0)
    after = inspector.assessment(problem)
    assert after.after == 1 and after.per_week_after == pytest.approx(0.5)
    assert after.change is not None and after.change < 0
    with pytest.raises(ValidationError, match="outcome"):
        inspector.move_to(problem.id, ProblemStatus.CLOSED)
    problem = inspector.move_to(problem.id, ProblemStatus.CLOSED, "Двор освещён, драк меньше")
    with pytest.raises(DomainError, match="closed"):
        inspector.add_note(problem.id, "ещё")
    assert inspector.problems(open_only=True) == [] and len(inspector.problems()) == 1

    kinds = [e.kind for e in precinct.read.feed_after(0) if e.kind.startswith("problem.")]
    assert kinds[0] == "problem.opened" and kinds.count("problem.changed") == 5
    with precinct.db.reading() as session:
        payloads = [e.record.payload() for e in feed.after(session, 0) if e.kind.startswith("problem.")]
    assert all(set(p) == {"id", "precinct", "status", "version"} for p in payloads)  # no title, no notes

    # the shift lead reads every precinct's problems, changes none; another precinct's inspector and an
    # operator see none of them
    assert [p.id for p in lead.problems()] == [problem.id]
    with pytest.raises(Forbidden):
        lead.add_note(problem.id, "от дежурного")
    with pytest.raises(NotFound):
        other.get(problem.id)
    assert other.problems() == []
    with pytest.raises(NotFound):
        other.add_note(problem.id, "чужое")
    with pytest.raises(Forbidden):
        operator.problems()


def test_a_change_made_meanwhile_at_another_desk_is_a_conflict(precinct, clock):
    inspector, *_ = people(precinct, clock)
    problem = inspector.open(
        "Кражи у рынка", [Place(PlaceKind.ADDRESS, "торайгырова 5", "улица Торайгырова, 5")]
    )
    seen = problem.version
    inspector.add_note(problem.id, "с другого стола", version=seen)
    with pytest.raises(ConcurrencyConflict):
        inspector.add_note(problem.id, "с этого стола", version=seen)
    assert [n.text for n in inspector.get(problem.id).notes] == ["с другого стола"]


@pytest.mark.parametrize(
    ("title", "places", "message"),
    [
        ("", [("cell", "89a80001a13ffff")], "title"),
        ("x" * 201, [("cell", "89a80001a13ffff")], "title"),
        ("ok", [], "place"),
        ("ok", [("cell", "zz")], "not a cell"),
        ("ok", [("cell", "fffffffffffffff")], "not a cell"),
        ("ok", [("cell", "8aa80001a137fff")], "not a cell"),  # a finer grid's cell
        ("ok", [("address", "x" * 600)], "place"),
        ("ok", [("address", " \x00 ")], "place"),
        ("ok", [("street", "a")], "street"),
    ],
)
def test_hostile_problems_are_refused_with_a_message(precinct, clock, title, places, message):
    inspector, *_ = people(precinct, clock)
    with pytest.raises((ValidationError, ValueError), match=message):
        inspector.open(title, [Place(kind, key) for kind, key in places])
    assert inspector.problems() == []


def test_a_problem_keeps_script_as_text(precinct, clock):
    inspector, *_ = people(precinct, clock)
    for junk in ("<script>", "fffffffffffffff", "x" * 600, ""):  # what a page could send for a clicked cell
        with pytest.raises(ValidationError):
            inspector.cell_place(junk)
    problem = inspector.open("<script>alert(1)</script>", [Place(PlaceKind.CELL, hotspots.cell_of(*HOT))])
    assert inspector.get(problem.id).title == "<script>alert(1)</script>"
    with pytest.raises(ValidationError):
        inspector.add_note(problem.id, "x" * 5000)
    with pytest.raises(ValidationError):
        inspector.add_response(problem.id, "", "кто-то", clock.now.date())
