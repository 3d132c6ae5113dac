"""The meeting pack as a PDF in the meeting's language (Kazakh or Russian): the figures, the map of the
precinct with its hot spots, the contacts by category and by weekday and hour, the repeat addresses (the
residents' version: streets), the hot spots and the problems with what was done since last week
(``services.meeting_pack`` decides what each version holds; this module only prints it)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from dispatch_desk.domain.problems import ProblemStatus
from dispatch_desk.services.meeting_pack import MeetingPack, PackProblem, PackStep
from dispatch_desk.ui import labels
from dispatch_desk.ui.problem_dialog import stage_name
from dispatch_desk.ui.report_pdf import Report

if TYPE_CHECKING:
    from dispatch_desk.composition import Services
    from dispatch_desk.config import Settings
    from dispatch_desk.domain.access import Principal
    from dispatch_desk.services.precinct_analytics import PrecinctAnalytics

TOP_CATEGORIES = 12
TOP_CELLS = 12


class MeetingPackPdf(QObject):
    """``categories``/``precincts``: code → name in the meeting's language; ``localize``: an address or a
    street with its name in the meeting's language (as the gazetteer has it)."""

    def __init__(
        self,
        zone: tzinfo,
        categories: Mapping[str, str],
        precincts: Mapping[str, str],
        localize: Callable[[str], str] = str,
    ) -> None:
        super().__init__()
        self.localize = localize
        self.zone = zone
        self.categories = categories
        self.precincts = precincts
        self.complete = True  # the period before is fully recorded

    def day(self, moment: datetime) -> str:
        return moment.astimezone(self.zone).strftime("%d.%m.%Y")

    def legend(self, residents: bool = False) -> dict:
        """The map's legend in the meeting's language (the residents': in plain words)."""
        if residents:
            return {
                "title": self.tr("Contacts compared with usual"),
                "levels": {
                    "3": self.usual(3),
                    "2": self.usual(1),
                    "1": self.usual(1),
                    "-1": self.usual(-1),
                    "-2": self.usual(-1),
                    "-3": self.usual(-3),
                },
                "repeat": labels.repeat_legend(),
            }
        return {
            "title": self.tr("Hot spots (Gi*)"),
            "levels": labels.hot_levels(),
            "repeat": labels.repeat_legend(),
        }

    def level(self, level: int) -> str:
        return self.legend()["levels"].get(str(level), "—")

    def where(self, precinct: str | None) -> str:
        if not precinct:
            return self.tr("the city")
        name = self.precincts.get(precinct)
        return self.tr("precinct %1").replace("%1", f"{precinct} {name}" if name else precinct)

    def place(self, text: str) -> str:
        """A problem's place ("street · cell" or an address) with the street in the meeting's language."""
        label, sep, key = text.partition(" · ")
        return self.localize(label) + sep + key

    def change(self, now: float, before: float) -> str:
        """The change against the period before: a share when that period is fully recorded; else (and
        from none before) the difference in contacts, marked ¹ when the period before is incomplete."""
        if self.complete and before:
            return f"{(now - before) / before:+.0%}"
        if not now and not before:
            return "—"
        if self.complete:
            return self.tr("new")
        return f"{round(now - before):+d}¹"

    # -- the document ----------------------------------------------------------------------------
    def write(self, pack: MeetingPack, path: Path, map_image: QImage | None, now: datetime) -> None:
        p = pack.picture
        self.complete = p.before_complete
        where = self.where(p.precinct)
        title = (
            self.tr("For the meeting with residents: %1") if pack.residents else self.tr("Meeting pack: %1")
        ).replace("%1", where)
        report = Report(title)
        length = p.until - p.since
        report.heading(
            title,
            self.tr("%1 – %2, against %3 – %4 · printed %5")
            .replace("%1", self.day(p.since))
            .replace("%2", self.day(p.until))
            .replace("%3", self.day(p.since - length))
            .replace("%4", self.day(p.since))
            .replace("%5", now.astimezone(self.zone).strftime("%d.%m.%Y %H:%M")),
        )
        hot = sum(1 for c in p.hot if c.level > 0)
        figures = [
            (self.tr("contacts"), str(p.contacts)),
            (self.tr("the period before"), str(p.contacts_before)),
            (self.tr("change"), self.change(p.contacts, p.contacts_before)),
            (self.tr("hot cells"), str(hot)),
        ]
        if pack.residents:
            figures.append((self.tr("sensitive contacts, counted only"), str(p.left_out)))
        else:
            figures.append((self.tr("share of the top addresses"), f"{p.top_share:.0%}"))
            figures.append((self.tr("addresses that make half the contacts"), str(p.places_for_half)))
        report.figures(figures)
        if not p.before_complete and p.records_from is not None:
            report.paragraph(
                self.tr(
                    "¹ The records begin on %1: the period before is not complete, so a change "
                    "is given in contacts, not as a share."
                ).replace("%1", self.day(p.records_from)),
                "sub",
            )
        if pack.residents:
            report.paragraph(
                self.tr(
                    "This version carries no personal data: no names, phones or descriptions; "
                    "places only as streets and map cells. Domestic conflicts, corruption "
                    "reports, complaints about police officers and missing persons are only "
                    "counted (%1, the period before %2)."
                )
                .replace("%1", str(p.left_out))
                .replace("%2", str(p.left_out_before)),
                "sub",
            )
        if pack.residents and pack.residents_text:
            report.section(self.tr("From your precinct inspector"))
            report.paragraph(pack.residents_text)
        if map_image is not None:
            report.section(self.tr("The map: hot and cold spots"))
            report.picture(map_image)
            if pack.residents:
                report.paragraph(
                    self.tr(
                        "Each coloured place is a hexagon of about 0.1 km² where people called the police "
                        "more often (red) or less often (blue) than usual for the neighbourhood; only places "
                        "with at least 3 contacts are shown."
                    ),
                    "sub",
                )
            else:
                report.paragraph(
                    self.tr(
                        "Getis-Ord Gi* on a grid of hexagons of about 0.1 km² with 999 "
                        "permutations: a hot cell and its neighbours hold more contacts than chance "
                        "would put there."
                    ),
                    "sub",
                )
        self._categories(report, pack)
        self._when(report, pack)
        self._places(report, pack)
        self._problems(report, pack)
        report.write(path)

    def _categories(self, report: Report, pack: MeetingPack) -> None:
        report.section(self.tr("Contacts by category"))
        rows = [
            (self.categories.get(c.category, c.category), c.now, c.before, self.change(c.now, c.before))
            for c in pack.picture.categories[:TOP_CATEGORIES]
        ]
        report.hbars([str(r[0]) for r in rows], [float(r[1]) for r in rows])
        report.table(
            [self.tr("Category"), self.tr("Now"), self.tr("Before"), self.tr("Change")],
            rows,
            numeric=(1, 2, 3),
            nowrap=(1, 2, 3),
            empty=self.tr("No contacts in the period"),
        )

    def _when(self, report: Report, pack: MeetingPack) -> None:
        week = pack.picture.week_hours
        report.section(self.tr("When: by day of the week and by hour"))
        days = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        report.bars(days, [float(sum(hours)) for hours in week], height_mm=30, highlight=(4, 5, 6))
        by_hour = [float(sum(week[d][h] for d in range(7))) for h in range(24)]
        report.bars([f"{h:02d}" for h in range(24)], by_hour, height_mm=34, highlight=tuple(range(19, 24)))

    def _places(self, report: Report, pack: MeetingPack) -> None:
        p = pack.picture
        if pack.residents:
            report.section(self.tr("Streets most contacts come from"))
            streets = [(self.localize(street), count) for street, count in p.streets]
            report.table(
                [self.tr("Street"), self.tr("Contacts")],
                streets,
                numeric=(1,),
                nowrap=(1,),
                empty=self.tr("No contacts with an address"),
            )
        else:
            report.section(self.tr("Repeat addresses"))
            report.table(
                [self.tr("Address"), self.tr("Contacts"), self.tr("Share")],
                [(self.localize(r.address), r.count, f"{r.share:.1%}") for r in p.repeats],
                numeric=(1, 2),
                nowrap=(1, 2),
                empty=self.tr("No address called twice"),
            )
        cells = sorted((c for c in p.hot if c.level != 0), key=lambda c: (-c.level, -c.count))[:TOP_CELLS]
        if pack.residents:  # plain words: no cell ids, no statistics
            report.section(self.tr("Places with more or fewer contacts than usual"))
            report.table(
                [self.tr("Street"), self.tr("Contacts"), self.tr("Compared with usual")],
                [
                    (self.localize(p.cell_streets.get(c.cell, "—")), c.count, self.usual(c.level))
                    for c in cells
                ],
                numeric=(1,),
                nowrap=(1,),
                alarm=[n for n, c in enumerate(cells) if c.level == 3],
                empty=self.tr("No place stands out"),
            )
            return
        report.section(self.tr("Hot and cold cells"))
        report.table(
            [
                self.tr("Street"),
                self.tr("Cell"),
                self.tr("Contacts"),
                self.tr("per km²"),
                "z",
                "p",
                self.tr("Significance"),
            ],
            [
                (
                    self.localize(p.cell_streets.get(c.cell, "—")),
                    c.cell,
                    c.count,
                    f"{c.density:.0f}",
                    f"{c.z:.2f}",
                    f"{c.p:.3f}",
                    self.level(c.level),
                )
                for c in cells
            ],
            numeric=(2, 3, 4, 5),
            nowrap=(1, 2, 3, 4, 5),
            alarm=[n for n, c in enumerate(cells) if c.level == 3],
            empty=self.tr("No cell stands out at 90 % confidence"),
        )
        if p.near_repeat is not None and not pack.residents:
            n = p.near_repeat
            report.paragraph(
                self.tr(
                    "Near repeats (Knox test): of %1 contacts, %2 pairs within %3 m and %4 days "
                    "of each other; chance would give %5 (p = %6)."
                )
                .replace("%1", str(n.events))
                .replace("%2", str(n.close_pairs))
                .replace("%3", f"{n.distance_m:.0f}")
                .replace("%4", f"{n.days:.0f}")
                .replace("%5", f"{n.expected:.1f}")
                .replace("%6", f"{n.p:.3f}")
            )

    def usual(self, level: int) -> str:
        if level >= 2:
            return self.tr("far more than usual")
        if level > 0:
            return self.tr("more than usual")
        if level <= -2:
            return self.tr("far fewer than usual")
        return self.tr("fewer than usual") if level < 0 else self.tr("as usual")

    def _step(self, step: PackStep, done: bool) -> str:
        when = (
            step.done_at.astimezone(self.zone).strftime("%d.%m")
            if done and step.done_at
            else self.tr("due %1").replace("%1", datetime.fromisoformat(step.due).strftime("%d.%m"))
        )
        who = f" ({step.responsible})" if step.responsible else ""
        return f"{'✓' if done else '•'} {step.what}{who} — {when}"

    def _problems(self, report: Report, pack: MeetingPack) -> None:
        report.section(self.tr("Problems and what was done since %1").replace("%1", self.day(pack.week_from)))
        if not pack.problems:
            report.paragraph(self.tr("No problem is open in the precinct."), "empty")
        for problem in pack.problems:
            self._problem(report, problem, pack.residents)

    def _problem(self, report: Report, problem: PackProblem, residents: bool = False) -> None:
        a = problem.assessment
        stage = stage_name(ProblemStatus(problem.stage))
        places = [self.place(p) for p in problem.places]
        title = "; ".join(places) if residents else problem.title  # the residents': its places
        report.subheading(f"{problem.id}. {title} — {stage}")
        lines = [self.tr("Places: %1").replace("%1", "; ".join(places))]
        before = self.tr("Contacts a week before the response: %1").replace("%1", f"{a.per_week_before:.1f}")
        after = a.per_week_after
        lines.append(
            before
            + (
                ""
                if after is None
                else "; "
                + self.tr("since: %1 (%2)")
                .replace("%1", f"{after:.1f}")
                .replace("%2", "—" if a.change is None else f"{a.change:+.0%}")
            )
        )
        if residents:  # how many steps, never what the police wrote of them or when they are planned
            lines.append(
                self.tr("Steps taken this week: %1; steps planned: %2")
                .replace("%1", str(problem.steps_done))
                .replace("%2", str(problem.steps_planned))
            )
            report.notes("\n".join(lines))
            return
        lines += [self._step(s, True) for s in problem.done_this_week]
        lines += [self._step(s, False) for s in problem.next_steps]
        lines += [f"· {note}" for note in problem.notes_this_week]
        if not problem.done_this_week and not problem.notes_this_week:
            lines.append(self.tr("Nothing recorded this week."))
        report.notes("\n".join(lines))


def names(services: Services, person: Principal, language: str) -> tuple[dict[str, str], dict[str, str]]:
    """Categories and precincts by code, named in ``language``."""
    desk = services.desk_for(person)
    return (
        {c.code: c.name(language) for c in desk.read.categories(True)},
        {p.code: p.name(language) for p in desk.read.precincts()},
    )


def write_pack(
    services: Services,
    settings: Settings,
    person: Principal,
    analytics: PrecinctAnalytics,
    pack: MeetingPack,
    path: Path,
) -> None:
    """The pack as a PDF at ``path`` in the settings' language, with its map drawn here and waited for
    (the command line)."""
    from dispatch_desk.ui.pack_map import render_map

    categories, precincts = names(services, person, settings.language)
    gazetteer = services.geo.gazetteer
    language = settings.language
    printer = MeetingPackPdf(
        ZoneInfo(settings.timezone), categories, precincts, lambda text: gazetteer.localized(text, language)
    )
    legend = printer.legend(pack.residents)
    area = analytics.area(pack.picture.precinct)
    image = render_map(services, settings, settings.language, pack.picture, pack.residents, legend, area)
    printer.write(pack, path, image, datetime.now(UTC))
