"""The meeting pack: what the inspector brings to the weekly meeting with the precinct's residents — the
precinct's picture over the period, its problems with what was done since last week — in two versions.

The inspector's own version has the addresses and the problems' notes and people. The residents'
version carries no personal data: no names, phones or descriptions (the picture has none anyway);
places reduced to the street and the hex cell; the sensitive categories (domestic conflicts, corruption
reports, complaints about police officers, missing persons) only counted, in no table, chart or map;
the problems by their places and steps, without their free-text titles, notes or the people named in
them.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from dispatch_desk.domain.problems import Assessment, PlaceKind, Problem
from dispatch_desk.services.audit import safe_cell
from dispatch_desk.services.precinct_analytics import Picture, PrecinctAnalytics, picture_csv, street_of
from dispatch_desk.services.problems import ProblemDesk

SENSITIVE = frozenset({"domestic_conflict", "corruption_report", "police_complaint", "missing_person"})
WEEK = timedelta(days=7)


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


@dataclass(frozen=True)
class MeetingPack:
    picture: Picture
    residents: bool
    week_from: datetime  # "since last week"
    problems: list[PackProblem] = field(default_factory=list)


def _place(kind: PlaceKind, key: str, label: str, residents: bool) -> str:
    if kind is PlaceKind.CELL:
        return f"{label} · {key}" if label else key
    return street_of(label) if residents else (label or key)


def pack_problem(problem: Problem, assessment: Assessment, linked: int, week_from: datetime,
                 residents: bool) -> PackProblem:  # fmt: skip
    places = tuple(dict.fromkeys(_place(p.kind, p.key, p.label, residents) for p in problem.places))

    def step(r) -> PackStep:
        return PackStep(r.what, "" if residents else r.responsible, r.due.isoformat(), r.done_at)

    done = tuple(step(r) for r in problem.responses if r.done_at is not None and r.done_at >= week_from)
    upcoming = tuple(step(r) for r in sorted(problem.responses, key=lambda r: r.due) if r.done_at is None)
    notes = () if residents else tuple(n.text for n in problem.notes if n.at >= week_from)
    title = "; ".join(places) if residents else problem.title
    return PackProblem(problem.id or 0, title, problem.status.value, places, assessment, linked, done, upcoming,
                       notes)  # fmt: skip


def build_pack(analytics: PrecinctAnalytics, problems: ProblemDesk | None, since: datetime, until: datetime,
               precinct: str | None = None, *, residents: bool = False, seed: int = 12345) -> MeetingPack:  # fmt: skip
    """The pack of ``precinct`` (the inspector: their own) for [since, until); ``problems``: whose
    problems go in (None: none, for a reader who has none)."""
    picture = analytics.picture(since, until, precinct, seed=seed, near=not residents, streets=True,
                                leave_out=SENSITIVE if residents else frozenset())  # fmt: skip
    if residents:  # houses are not even in the data the residents' version is printed from
        picture = dataclasses.replace(picture, repeats=[])
    week_from = until - WEEK
    found: list[PackProblem] = []
    if problems is not None:
        for problem in problems.problems(precinct=picture.precinct):
            if not problem.is_open and (problem.closed_at is None or problem.closed_at < week_from):
                continue  # closed before this week: reported once, at the meeting after it closed
            linked = problems.linked(problem)
            found.append(pack_problem(problem, problems.assessment(problem, linked), len(linked), week_from,
                                      residents))  # fmt: skip
    return MeetingPack(picture, residents, week_from, found)


def pack_csv(pack: MeetingPack) -> str:
    """The pack's figures as CSV: the picture's tables (the residents' version: streets, no addresses),
    then the problems."""
    picture = pack.picture
    if pack.residents:
        text = picture_csv(Picture(picture.precinct, picture.since, picture.until, picture.contacts,
                                   picture.contacts_before, picture.categories, picture.week_hours, [], 0.0, 0,
                                   picture.hot))  # fmt: skip
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([])
        writer.writerow(("street", "contacts"))
        for street, count in picture.streets:
            writer.writerow((safe_cell(street), count))
        writer.writerow([])
        writer.writerow(("sensitive_counted_only", "now", "before"))
        writer.writerow(("", picture.left_out, picture.left_out_before))
        text += out.getvalue()
    else:
        text = picture_csv(picture)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([])
    writer.writerow(("problem", "title", "stage", "places", "linked", "before_per_week", "after_per_week",
                     "steps_done_this_week", "steps_open"))  # fmt: skip
    for p in pack.problems:
        after = p.assessment.per_week_after
        writer.writerow((p.id, safe_cell(p.title), p.stage, safe_cell(" | ".join(p.places)), p.linked,
                         f"{p.assessment.per_week_before:.2f}", "" if after is None else f"{after:.2f}",
                         len(p.done_this_week), len(p.next_steps)))  # fmt: skip
    return text + out.getvalue()
