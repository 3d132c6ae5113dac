"""The meeting pack: what the inspector brings to the weekly meeting with the precinct's residents — the
precinct's picture over the period, its problems with what was done since last week — in two versions.

The inspector's own version has the addresses and the problems' notes and people. The residents'
version names no one: categories and counts; places as streets (no house or flat numbers) and as hex
cells of at least ``MIN_CONTACTS`` contacts (smaller ones left out), said in plain words (more or fewer
contacts than usual), with no cell ids or statistics; the sensitive categories (domestic conflicts,
corruption reports, complaints about police officers, missing persons) only counted, in no table, chart
or map; the problems by their places, stage and how many steps were taken and are planned — no free
text written for the police (titles, analysis notes, response steps, outcomes, times of operations).
The one text it prints is what the inspector writes for the residents, refused while it holds a phone
number or a name the database knows (``domain/public_text.py``). Its PDF, CSV and JSON follow the same
rules.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.problems import Assessment, PlaceKind, Problem
from dispatch_desk.domain.public_text import MAX_PUBLIC_TEXT, personal_data_in
from dispatch_desk.domain.values import safe_cell
from dispatch_desk.services.precinct_analytics import Picture, PrecinctAnalytics, picture_csv, street_of
from dispatch_desk.services.problems import ProblemDesk

SENSITIVE = frozenset({"domestic_conflict", "corruption_report", "police_complaint", "missing_person"})
WEEK = timedelta(days=7)
MIN_CONTACTS = 3  # the residents' version: a place with fewer contacts could point at someone


@dataclass(frozen=True)
class PackStep:
    what: str
    responsible: str  # empty in the residents' version
    due: str  # ISO date
    done_at: datetime | None


@dataclass(frozen=True)
class PackProblem:
    id: int
    title: str  # the residents' version: the problem's places
    stage: str
    places: tuple[str, ...]
    assessment: Assessment
    linked: int
    done_this_week: tuple[PackStep, ...]
    next_steps: tuple[PackStep, ...]
    notes_this_week: tuple[str, ...] = ()  # the inspector's version only
    steps_done: int = 0  # how many steps were taken this week (the residents' version says only this)
    steps_planned: int = 0


@dataclass(frozen=True)
class MeetingPack:
    picture: Picture
    residents: bool
    week_from: datetime  # "since last week"
    problems: list[PackProblem] = field(default_factory=list)
    residents_text: str = ""  # the residents' version: what the inspector wrote for them, checked


def trend(level: int) -> str:
    """A cell's significance in plain words: ``more`` or ``fewer`` contacts than usual, or ``usual``."""
    return "more" if level > 0 else "fewer" if level < 0 else "usual"


def check_residents_text(text: str, names: list[str]) -> str:
    """The inspector's text for residents, as it will be printed; refused while it names someone."""
    text = (text or "").strip()
    if len(text) > MAX_PUBLIC_TEXT:
        raise ValidationError(f"the text for residents is longer than {MAX_PUBLIC_TEXT} characters")
    found = personal_data_in(text, names)
    if found:
        raise ValidationError(
            "the text for residents must name no one and give no phone number; it holds " + "; ".join(found)
        )
    return text


def _place(kind: PlaceKind, key: str, label: str, residents: bool) -> str:
    if kind is PlaceKind.CELL:
        if residents:  # the cell's street, never its id
            return street_of(label) if label else ""
        return f"{label} · {key}" if label else key
    return street_of(label) if residents else (label or key)


def pack_problem(
    problem: Problem, assessment: Assessment, linked: int, week_from: datetime, residents: bool
) -> PackProblem:
    places = tuple(
        p for p in dict.fromkeys(_place(p.kind, p.key, p.label, residents) for p in problem.places) if p
    )

    def step(r) -> PackStep:
        return PackStep(r.what, "" if residents else r.responsible, r.due.isoformat(), r.done_at)

    done = tuple(step(r) for r in problem.responses if r.done_at is not None and r.done_at >= week_from)
    upcoming = tuple(step(r) for r in sorted(problem.responses, key=lambda r: r.due) if r.done_at is None)
    if residents:  # no text written for the police, no times of operations: how many, and where
        return PackProblem(
            problem.id or 0,
            "; ".join(places),
            problem.status.value,
            places,
            assessment,
            linked,
            (),
            (),
            (),
            len(done),
            len(upcoming),
        )
    notes = tuple(n.text for n in problem.notes if n.at >= week_from)
    return PackProblem(
        problem.id or 0,
        problem.title,
        problem.status.value,
        places,
        assessment,
        linked,
        done,
        upcoming,
        notes,
        len(done),
        len(upcoming),
    )


def for_residents(picture: Picture) -> Picture:
    """The picture the residents' version is printed from: no houses, and no street or cell with fewer
    than ``MIN_CONTACTS`` contacts."""
    return dataclasses.replace(
        picture,
        repeats=[],
        hot=[c for c in picture.hot if c.count >= MIN_CONTACTS],
        streets=[(street, n) for street, n in picture.streets if n >= MIN_CONTACTS and street],
        near_repeat=None,
    )


def build_pack(
    analytics: PrecinctAnalytics,
    problems: ProblemDesk | None,
    since: datetime,
    until: datetime,
    precinct: str | None = None,
    *,
    residents: bool = False,
    seed: int = 12345,
    residents_text: str = "",
) -> MeetingPack:
    """The pack of ``precinct`` (the inspector: their own) for [since, until); ``problems``: whose
    problems go in (None: none, for a reader who has none); ``residents_text``: the residents' version's
    text from the inspector, refused (``ValidationError``) while it names someone."""
    if residents:
        residents_text = check_residents_text(residents_text, analytics.people_named(precinct))
    picture = analytics.picture(
        since,
        until,
        precinct,
        seed=seed,
        near=not residents,
        streets=True,
        leave_out=SENSITIVE if residents else frozenset(),
    )
    if residents:  # houses and small counts are not even in the data the residents' version is made from
        picture = for_residents(picture)
    week_from = until - WEEK
    found: list[PackProblem] = []
    if problems is not None:
        for problem in problems.problems(precinct=picture.precinct):
            if not problem.is_open and (problem.closed_at is None or problem.closed_at < week_from):
                continue  # closed before this week: reported once, at the meeting after it closed
            linked = problems.linked(problem)
            found.append(
                pack_problem(problem, problems.assessment(problem, linked), len(linked), week_from, residents)
            )
    return MeetingPack(picture, residents, week_from, found, residents_text if residents else "")


def pack_csv(pack: MeetingPack) -> str:
    """The pack's figures as CSV: the picture's tables (the residents' version: its own, below), then the
    problems."""
    if pack.residents:
        return residents_csv(pack)
    text = picture_csv(pack.picture)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([])
    writer.writerow(
        (
            "problem",
            "title",
            "stage",
            "places",
            "linked",
            "before_per_week",
            "after_per_week",
            "steps_done_this_week",
            "steps_open",
        )
    )
    for p in pack.problems:
        after = p.assessment.per_week_after
        writer.writerow(
            (
                p.id,
                safe_cell(p.title),
                p.stage,
                safe_cell(" | ".join(p.places)),
                p.linked,
                f"{p.assessment.per_week_before:.2f}",
                "" if after is None else f"{after:.2f}",
                p.steps_done,
                p.steps_planned,
            )
        )
    return text + out.getvalue()


def residents_dict(pack: MeetingPack) -> dict:
    """The residents' version as data (its JSON): counts, streets and cells in plain words, problems by
    place and stage, the inspector's text for them — nothing else."""
    p = pack.picture
    return {
        "precinct": p.precinct,
        "from": p.since.isoformat(),
        "to": p.until.isoformat(),
        "contacts": p.contacts,
        "contacts_before": p.contacts_before,
        "categories": [{"category": c.category, "now": c.now, "before": c.before} for c in p.categories],
        "by_weekday_and_hour": p.week_hours,
        "streets": [{"street": s, "contacts": n} for s, n in p.streets],
        "places": [
            {
                "street": p.cell_streets.get(c.cell, ""),
                "lat": round(c.lat, 3),
                "lon": round(c.lon, 3),
                "contacts": c.count,
                "compared_with_usual": trend(c.level),
            }
            for c in p.hot
            if c.level != 0
        ],
        "sensitive_counted_only": {"now": p.left_out, "before": p.left_out_before},
        "problems": [
            {
                "places": list(q.places),
                "stage": q.stage,
                "contacts_linked": q.linked,
                "before_per_week": round(q.assessment.per_week_before, 1),
                "after_per_week": None
                if q.assessment.per_week_after is None
                else round(q.assessment.per_week_after, 1),
                "steps_done_this_week": q.steps_done,
                "steps_planned": q.steps_planned,
            }
            for q in pack.problems
        ],
        "from_the_inspector": pack.residents_text,
    }


def residents_csv(pack: MeetingPack) -> str:
    data = residents_dict(pack)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("precinct", "from", "to", "contacts", "contacts_before", "sensitive_counted_only"))
    writer.writerow(
        (
            data["precinct"] or "",
            data["from"],
            data["to"],
            data["contacts"],
            data["contacts_before"],
            data["sensitive_counted_only"]["now"],
        )
    )
    writer.writerow([])
    writer.writerow(("category", "now", "before"))
    for c in data["categories"]:
        writer.writerow((safe_cell(c["category"]), c["now"], c["before"]))
    writer.writerow([])
    writer.writerow(("street", "contacts"))
    for s in data["streets"]:
        writer.writerow((safe_cell(s["street"]), s["contacts"]))
    writer.writerow([])
    writer.writerow(("place_street", "lat", "lon", "contacts", "compared_with_usual"))
    for c in data["places"]:
        writer.writerow((safe_cell(c["street"]), c["lat"], c["lon"], c["contacts"], c["compared_with_usual"]))
    writer.writerow([])
    writer.writerow(
        (
            "problem_places",
            "stage",
            "contacts_linked",
            "before_per_week",
            "after_per_week",
            "steps_done_this_week",
            "steps_planned",
        )
    )
    for q in data["problems"]:
        writer.writerow(
            (
                safe_cell(" | ".join(q["places"])),
                q["stage"],
                q["contacts_linked"],
                q["before_per_week"],
                "" if q["after_per_week"] is None else q["after_per_week"],
                q["steps_done_this_week"],
                q["steps_planned"],
            )
        )
    writer.writerow([])
    writer.writerow(("from_the_inspector",))
    writer.writerow((safe_cell(data["from_the_inspector"]),))
    return out.getvalue()
