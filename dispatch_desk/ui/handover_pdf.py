"""The shift handover report as a PDF in the desk's language (the desk and ``report handover --pdf``).

The first page is what the incoming shift lead reads first: the figures, the incidents carried over
and the notes; then the charts of the contacts (by hour, category and precinct), the P1 incidents, what
was overdue and who acknowledged it, the units and the look-outs. Callers' names and phones are never
printed; addresses and descriptions are, as the shift leads' own working papers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QObject

from dispatch_desk.domain.handover import HandoverReport
from dispatch_desk.services.desk import DeskService
from dispatch_desk.ui import labels
from dispatch_desk.ui.look_outs_view import kind_name
from dispatch_desk.ui.report_pdf import Report

TOP_CATEGORIES = 14
OVERDUE_LISTED = 40  # the rest of the overdue events are counted, and listed in the CSV
P1_TARGET = timedelta(seconds=60)  # answer to dispatch (NFPA 1225): a slower P1 is printed in red


class HandoverPdf(QObject):
    """Writes one report; ``categories``/``precincts``: code → name in the desk's language."""

    def __init__(
        self,
        zone: tzinfo,
        categories: Mapping[str, str],
        precincts: Mapping[str, str],
        localize: Callable[[str], str] = str,
    ) -> None:
        super().__init__()
        self.localize = localize  # an address with its street named in the document's language
        self.zone = zone
        self.categories = categories
        self.precincts = precincts

    def when(self, moment: datetime | None) -> str:
        return moment.astimezone(self.zone).strftime("%d.%m.%Y %H:%M") if moment else "—"

    def clock(self, moment: datetime | None) -> str:
        return moment.astimezone(self.zone).strftime("%H:%M") if moment else "—"

    def duration(self, seconds: float) -> str:
        """Minutes and seconds below an hour ("1:12"), hours and minutes above ("2 h 05 min")."""
        seconds = max(0, round(seconds))
        if seconds >= 3600:
            minutes = seconds // 60
            return (
                self.tr("%1 h %2 min").replace("%1", str(minutes // 60)).replace("%2", f"{minutes % 60:02d}")
            )
        return f"{seconds // 60}:{seconds % 60:02d}"

    def category(self, code: str) -> str:
        return self.categories.get(code, code)

    def precinct(self, code: str | None) -> str:
        if not code:
            return self.tr("no precinct")
        name = self.precincts.get(code)
        return f"{code} {name}" if name else code

    def write(self, report: HandoverReport, path: Path) -> None:
        doc = Report(self.tr("Shift handover"))
        self.first_page(doc, report)
        self.outcomes(doc, report)
        self.contacts(doc, report)
        self.events(doc, report)
        self.units(doc, report)
        self.signatures(doc, report)
        doc.write(path)

    def outcomes(self, doc: Report, r: HandoverReport) -> None:
        """What the shift achieved (detentions, cases, reports: by disposition) and how fast each priority
        was answered, against its own target."""
        doc.section(self.tr("Outcomes of the period's incidents"))
        rows = [
            [labels.disposition(code) if code else self.tr("no disposition recorded"), n]
            for code, n in r.outcomes
        ]
        doc.table(
            [self.tr("Disposition"), self.tr("Incidents")],
            rows,
            numeric=(1,),
            empty=self.tr("No incident of the period was closed."),
        )
        doc.section(self.tr("Response by priority"))
        rows = []
        for p in r.by_priority:
            within = "—" if p.within_target is None else f"{p.within_target:.0%}"
            target = self.tr("%1 within %2 min").replace("%1", within).replace("%2", f"{p.target_s / 60:.0f}")
            rows.append(
                [
                    labels.priority(p.priority),
                    p.contacts,
                    p.dispatched,
                    target,
                    self.duration(p.queue_p50_s) if p.queue_p50_s is not None else "—",
                    self.duration(p.response_p50_s) if p.response_p50_s is not None else "—",
                ]
            )
        missed = [
            n for n, p in enumerate(r.by_priority) if p.within_target is not None and p.within_target < 0.9
        ]
        doc.table(
            [
                self.tr("Priority"),
                self.tr("Contacts"),
                self.tr("Dispatched"),
                self.tr("Target 90 %"),
                self.tr("To dispatch, median"),
                self.tr("To the scene, median"),
            ],
            rows,
            numeric=(1, 2, 4, 5),
            alarm=missed,
            empty=self.tr("No contacts."),
        )

    def signatures(self, doc: Report, r: HandoverReport) -> None:
        """The leads' full names and the lines they sign on."""
        h = r.handover
        outgoing = r.full_name(h.handed_by if h is not None else r.made_by)
        incoming = r.full_name(h.received_by) if h is not None and h.received_by else ""
        doc.section(self.tr("Signatures"))
        doc.signature_lines(
            [self.tr("Shift"), self.tr("Shift lead"), self.tr("Date and time"), self.tr("Signature")],
            [
                [self.tr("Handed over"), outgoing, self.when(h.handed_at) if h is not None else "", ""],
                [
                    self.tr("Taken over"),
                    incoming,
                    self.when(h.received_at) if h and h.received_at else "",
                    "",
                ],
            ],
        )

    def first_page(self, doc: Report, r: HandoverReport) -> None:
        period = f"{self.when(r.period_from)} – {self.when(r.period_to)}"
        doc.heading(
            self.tr("Shift handover"),
            self.tr("Period %1 · printed %2 by %3")
            .replace("%1", period)
            .replace("%2", self.when(r.made_at))
            .replace("%3", r.full_name(r.made_by)),
        )
        unacknowledged = sum(1 for e in r.overdue if not e.acknowledged_by)
        on_shift = sum(count for state, count in r.unit_states.items() if state != "off_shift")
        # Each label agrees with its number, by the language's plural forms ("1 действующая ориентировка").
        doc.figures(
            [
                (self.tr("contact(s)", "", r.contacts), str(r.contacts)),
                (self.tr("P1 incident(s)", "", len(r.p1)), str(len(r.p1))),
                (self.tr("carried over", "", len(r.carried_over)), str(len(r.carried_over))),
                (
                    self.tr("overdue (not acknowledged)", "", len(r.overdue)),
                    f"{len(r.overdue)} ({unacknowledged})",
                ),
                (self.tr("unit(s) on shift", "", on_shift), str(on_shift)),
                (self.tr("active look-out(s)", "", len(r.look_outs)), str(len(r.look_outs))),
            ]
        )
        h = r.handover
        if h is not None:
            received = (
                self.tr("received by %1 at %2")
                .replace("%1", h.received_by)
                .replace("%2", self.when(h.received_at))
                if h.received_by
                else self.tr("not yet received by the incoming shift lead")
            )
            doc.paragraph(
                self.tr("Handed over by %1 at %2; %3.")
                .replace("%1", h.handed_by)
                .replace("%2", self.when(h.handed_at))
                .replace("%3", received)
            )
        doc.section(self.tr("The shift lead's notes"))
        if r.notes:
            doc.notes(r.notes)
        else:
            doc.paragraph(self.tr("No notes."), "empty")
        doc.section(self.tr("Incidents carried over (open at the end of the period)"))
        rows = [
            [
                i.number,
                labels.priority(i.priority),
                labels.incident_status(i.status),
                self.category(i.category),
                self.localize(i.address) or "—",
                self.precinct(i.precinct),
                ", ".join(a.call_sign for a in i.active_assignments()) or "—",
                self.when(i.received_at),
            ]
            for i in r.carried_over
        ]
        waiting = [n for n, i in enumerate(r.carried_over) if not i.active_assignments()]
        doc.table(
            [
                self.tr("Incident"),
                self.tr("Priority"),
                self.tr("Status"),
                self.tr("Category"),
                self.tr("Address"),
                self.tr("Precinct"),
                self.tr("Units"),
                self.tr("Received"),
            ],
            rows,
            alarm=waiting,
            empty=self.tr("None: every incident of the period is closed."),
        )

    def contacts(self, doc: Report, r: HandoverReport) -> None:
        doc.page_break()
        doc.section(self.tr("Contacts by hour"))
        first = r.period_from.astimezone(self.zone).hour
        span = max(1, min(24, round((r.period_to - r.period_from).total_seconds() / 3600)))
        hours = [(first + k) % 24 for k in range(span)]
        doc.bars([f"{h:02d}" for h in hours], [r.by_hour[h] for h in hours])
        doc.section(self.tr("Contacts by category"))
        if not r.by_category:
            doc.paragraph(self.tr("No contacts."), "empty")
        top = r.by_category[:TOP_CATEGORIES]
        rest = sum(n for _, n in r.by_category[TOP_CATEGORIES:])
        if rest:
            top = [*top, ("", rest)]
        if top:
            doc.hbars(
                [self.category(c) if c else self.tr("other categories") for c, _ in top], [n for _, n in top]
            )
        doc.section(self.tr("Contacts by precinct"))
        if r.by_precinct:
            doc.hbars(
                [self.precinct(c) for c, _ in r.by_precinct], [n for _, n in r.by_precinct], colour="#00838f"
            )
        else:
            doc.paragraph(self.tr("No contacts."), "empty")

    def events(self, doc: Report, r: HandoverReport) -> None:
        doc.section(self.tr("P1 incidents of the period"))
        rows = []
        for i in r.p1:
            first = min((a.dispatched_at for a in i.assignments), default=None)
            queue = (
                self.duration((first - i.received_at).total_seconds()) if first else self.tr("no unit sent")
            )
            rows.append(
                [
                    i.number,
                    self.clock(i.received_at),
                    self.category(i.category),
                    self.localize(i.address) or "—",
                    self.precinct(i.precinct),
                    queue,
                    labels.incident_status(i.status),
                ]
            )
        slow = [
            n
            for n, i in enumerate(r.p1)
            if not i.assignments or min(a.dispatched_at for a in i.assignments) - i.received_at > P1_TARGET
        ]
        doc.table(
            [
                self.tr("Incident"),
                self.tr("Received"),
                self.tr("Category"),
                self.tr("Address"),
                self.tr("Precinct"),
                self.tr("To dispatch"),
                self.tr("Status"),
            ],
            rows,
            alarm=slow,
            empty=self.tr("No P1 incidents."),
        )
        self.overdue(doc, r)

    def overdue(self, doc: Report, r: HandoverReport) -> None:
        """The overdue alerts by rule and priority, then the most urgent and the longest of them."""
        doc.section(self.tr("Overdue incidents and their acknowledgements"))
        by_rule: dict[tuple[str, int], list] = {}
        for e in r.overdue:
            by_rule.setdefault((e.kind, e.priority), []).append(e)
        summary = [
            [
                labels.overdue(kind),
                labels.priority(priority),
                len(events),
                sum(1 for e in events if e.acknowledged_by),
                self.duration(max(e.lasted_s for e in events)),
            ]
            for (kind, priority), events in sorted(by_rule.items(), key=lambda kv: (kv[0][1], kv[0][0]))
        ]
        doc.table(
            [
                self.tr("Rule"),
                self.tr("Priority"),
                self.tr("Overdue"),
                self.tr("Acknowledged"),
                self.tr("Longest"),
            ],
            summary,
            numeric=(2, 3, 4),
            empty=self.tr("Nothing was overdue."),
        )
        # The most urgent and the longest first: not acknowledged before acknowledged.
        listed = sorted(r.overdue, key=lambda e: (bool(e.acknowledged_by), e.priority, -e.lasted_s))[
            :OVERDUE_LISTED
        ]
        rows = [
            [
                e.number,
                labels.overdue(e.kind, e.unit),
                labels.priority(e.priority),
                self.clock(e.since),
                self.duration(e.lasted_s),
                self.tr("%1 at %2")
                .replace("%1", e.acknowledged_by)
                .replace("%2", self.clock(e.acknowledged_at))
                if e.acknowledged_by
                else self.tr("not acknowledged"),
            ]
            for e in listed
        ]
        if rows:
            doc.table(
                [
                    self.tr("Incident"),
                    self.tr("Rule"),
                    self.tr("Priority"),
                    self.tr("Overdue from"),
                    self.tr("For"),
                    self.tr("Acknowledged"),
                ],
                rows,
                alarm=[n for n, e in enumerate(listed) if not e.acknowledged_by],
            )
        if len(r.overdue) > len(listed):
            doc.paragraph(
                self.tr("%1 more overdue events in the CSV (report handover --csv).").replace(
                    "%1", str(len(r.overdue) - len(listed))
                ),
                "sub",
            )

    def units(self, doc: Report, r: HandoverReport) -> None:
        doc.section(self.tr("Units at the end of the period"))
        rows = []
        for u in r.units:
            serving = u.precinct_at(r.period_to)
            where = self.precinct(u.home_precinct)
            if serving != u.home_precinct:
                where += " → " + self.tr("lent to %1 until %2").replace("%1", self.precinct(serving)).replace(
                    "%2", self.clock(u.lent_until)
                )
            rows.append(
                [
                    u.call_sign,
                    labels.unit_status(u.status),
                    where,
                    u.current_incident or "—",
                    ", ".join(u.crew) or "—",
                    self.clock(u.status_since),
                ]
            )
        doc.table(
            [
                self.tr("Unit"),
                self.tr("Status"),
                self.tr("Precinct"),
                self.tr("Incident"),
                self.tr("Crew"),
                self.tr("Since"),
            ],
            rows,
            empty=self.tr("No units."),
        )
        doc.section(self.tr("Active look-outs"))
        rows = [
            [
                kind_name(lo.kind),
                lo.description,
                lo.plate or "—",
                ", ".join(lo.precincts) or self.tr("whole city"),
                self.when(lo.expires_at),
            ]
            for lo in r.look_outs
        ]
        doc.table(
            [
                self.tr("Sought"),
                self.tr("Description"),
                self.tr("Plate"),
                self.tr("Precincts"),
                self.tr("Until"),
            ],
            rows,
            empty=self.tr("No active look-outs."),
        )


def write_handover(desk: DeskService, report: HandoverReport, path: Path, language: str) -> None:
    """``report`` as a PDF at ``path``, categories and precincts named in ``language`` (kk, ru, en)."""
    categories = {c.code: c.name(language) for c in desk.read.categories(True)}
    precincts = {p.code: p.name(language) for p in desk.read.precincts()}
    gazetteer = desk.geo.gazetteer
    HandoverPdf(desk.zone, categories, precincts, lambda a: gazetteer.localized(a, language)).write(
        report, path
    )
