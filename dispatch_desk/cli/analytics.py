"""``dispatch-desk analytics``: the precinct's picture for the inspector's meeting with residents.

``analytics summary``: contacts by category against the period before, the day-of-week × hour matrix,
the repeat addresses; ``analytics hotspots``: hot and cold cells by Getis-Ord Gi* on the precinct's
hexagonal grid (``--json``: every cell with ``cell``, ``lat``, ``lon``, ``count``, ``z``, ``p``);
``analytics repeat``: the addresses most contacts come from. ``--precinct`` (an inspector: their own),
``--from``/``--to`` (default: the last 28 days).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from dispatch_desk.cli.common import Names, UsageError, as_user, note, output_type, table, whole, written
from dispatch_desk.cli.reports import _moment, _pdf_target, _period, _write
from dispatch_desk.cli.words import QT_TR_NOOP, tr
from dispatch_desk.config import Settings
from dispatch_desk.domain.public_text import MAX_PUBLIC_TEXT

DEFAULT_DAYS = 28
WEEKDAYS = (
    QT_TR_NOOP("Mon"),
    QT_TR_NOOP("Tue"),
    QT_TR_NOOP("Wed"),
    QT_TR_NOOP("Thu"),
    QT_TR_NOOP("Fri"),
    QT_TR_NOOP("Sat"),
    QT_TR_NOOP("Sun"),
)


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    analytics = commands.add_parser(
        parents=[common],
        name="analytics",
        help="the precinct's picture: trends, repeat addresses, hot spots (Gi*)",
    )
    kinds = analytics.add_subparsers(dest="analytics", metavar="WHAT", required=True)
    for name, help_text, run in (
        (
            "summary",
            "contacts by category against the period before, weekday × hour, repeat addresses",
            run_summary,
        ),
        (
            "hotspots",
            "hot and cold cells by Getis-Ord Gi* (999 permutations) and the Knox near-repeat test",
            run_hotspots,
        ),
        ("repeat", "the addresses most contacts come from, and their share", run_repeat),
        (
            "pack",
            "the meeting pack: the picture, the map of hot spots and the problems, as PDF or CSV",
            run_pack,
        ),
    ):
        command = kinds.add_parser(parents=[common], name=name, help=help_text)
        _period(command, f"{DEFAULT_DAYS} days before --to")
        command.add_argument("--precinct", metavar="CODE", help="this precinct (default: yours, or the city)")
        out = command.add_mutually_exclusive_group()
        out.add_argument(
            "--json", metavar="OUT", type=output_type, help="write JSON to OUT ('-': the standard output)"
        )
        out.add_argument(
            "--csv",
            metavar="OUT",
            type=output_type,
            help="write CSV (UTF-8) to OUT ('-': the standard output)",
        )
        if name == "repeat":
            command.add_argument("--top", type=whole(1, 1000), default=10, help="how many addresses (10)")
        if name in ("hotspots", "pack"):
            command.add_argument("--seed", type=whole(0, 2**31), default=12345, help="of the permutations")
        if name == "pack":
            out.add_argument(
                "--pdf",
                metavar="OUT.pdf",
                type=output_type,
                help="write the PDF (in --lang: kk or ru) to OUT.pdf",
            )
            command.add_argument(
                "--residents",
                action="store_true",
                help="the residents' version: counts, streets and places of 3 contacts or more, sensitive "
                "categories only counted, no text written for the police",
            )
            command.add_argument(
                "--residents-text",
                metavar="FILE",
                help="the residents' version: a text you wrote for them (UTF-8; '-': standard input), printed "
                "as it is once it names no one and gives no phone number",
            )
        command.set_defaults(run=run)


def _picture(args: argparse.Namespace, settings: Settings, *, spots: bool):
    zone = ZoneInfo(settings.timezone)
    until = _moment(args.until, zone, end=True) or datetime.now(zone)
    since = _moment(args.since, zone, end=False) or until - timedelta(days=DEFAULT_DAYS)
    services, person = as_user(settings)
    names = Names(services.desk_for(person), settings.language)
    return names, services.precinct_analytics_for(person).picture(
        since,
        until,
        args.precinct,
        top=getattr(args, "top", 10),
        seed=getattr(args, "seed", 12345),
        spots=spots,
    )


def _out(args: argparse.Namespace, body: dict, picture) -> bool:
    from dispatch_desk.services.precinct_analytics import picture_csv

    if args.json:
        _write(args.json, json.dumps(body, ensure_ascii=False, indent=1) + "\n")
        return True
    if args.csv:
        _write(args.csv, picture_csv(picture))
        return True
    return False


def run_summary(args: argparse.Namespace, settings: Settings) -> int:
    names, picture = _picture(args, settings, spots=False)
    body = picture.as_dict()
    del body["hotspots"], body["near_repeat"]
    if _out(args, body, picture):
        return 0
    where = tr("precinct {code}", code=picture.precinct) if picture.precinct else tr("the city")
    print(
        tr(
            "{where}: {now} contacts ({before} the period before)",
            where=where,
            now=picture.contacts,
            before=picture.contacts_before,
        )
    )
    rows = [
        [
            names.category(c.category),
            str(c.now),
            str(c.before),
            "—" if c.change is None else f"{c.change:+.0%}",
        ]
        for c in picture.categories
    ]
    print(table(rows, [tr("CATEGORY"), tr("NOW"), tr("BEFORE"), tr("CHANGE")]))
    busiest = max(
        ((d, h) for d in range(7) for h in range(24)), key=lambda dh: picture.week_hours[dh[0]][dh[1]]
    )
    print(
        tr(
            "busiest hour: {day} {hour}:00 ({count} contacts)",
            day=tr(WEEKDAYS[busiest[0]]),
            hour=f"{busiest[1]:02d}",
            count=picture.week_hours[busiest[0]][busiest[1]],
        )
    )
    _print_repeats(picture, names)
    return 0


def _print_repeats(picture, names: Names) -> None:
    rows = [[names.address(r.address), str(r.count), f"{r.share:.1%}"] for r in picture.repeats]
    print(table(rows, [tr("ADDRESS"), tr("CONTACTS"), tr("SHARE")]))
    print(
        tr(
            "the top {count} addresses make {share} of the contacts; {half} addresses make half of them",
            count=len(picture.repeats),
            share=f"{picture.top_share:.1%}",
            half=picture.places_for_half,
        )
    )


def run_repeat(args: argparse.Namespace, settings: Settings) -> int:
    names, picture = _picture(args, settings, spots=False)
    body = {
        "precinct": picture.precinct,
        "from": picture.since.isoformat(),
        "to": picture.until.isoformat(),
        **{
            k: v
            for k, v in picture.as_dict().items()
            if k in ("repeat_addresses", "top_share", "places_for_half")
        },
    }
    if not _out(args, body, picture):
        _print_repeats(picture, names)
    return 0


def run_pack(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.services.meeting_pack import build_pack, pack_csv, residents_dict

    zone = ZoneInfo(settings.timezone)
    until = _moment(args.until, zone, end=True) or datetime.now(zone)
    since = _moment(args.since, zone, end=False) or until - timedelta(days=DEFAULT_DAYS)
    services, person = as_user(settings)
    analytics = services.precinct_analytics_for(person)
    text = _residents_text(args) if args.residents else ""
    pack = build_pack(
        analytics,
        services.problems_for(person),
        since,
        until,
        args.precinct,
        residents=args.residents,
        seed=args.seed,
        residents_text=text,
    )
    if pack.residents_text:  # for review: what the residents will read, as it will be printed
        note(tr("the text for residents, as printed:") + f"\n{pack.residents_text}\n")
    if args.csv:
        _write(args.csv, pack_csv(pack))
    elif args.json:
        body = residents_dict(pack) if pack.residents else _inspector_json(pack)
        _write(args.json, json.dumps(body, ensure_ascii=False, indent=1, default=str) + "\n")
    elif args.pdf:
        path = _pdf_target(args.pdf, settings)
        from dispatch_desk.ui.meeting_pack_pdf import write_pack

        write_pack(services, settings, person, analytics, pack, path)
        written(path)
    else:
        raise UsageError(tr("say where the pack goes: --pdf OUT.pdf, --csv OUT or --json OUT"))
    return 0


def _inspector_json(pack) -> dict:
    return {
        **pack.picture.as_dict(),
        "residents": False,
        "week_from": pack.week_from.isoformat(),
        "problems": [
            {
                "id": p.id,
                "title": p.title,
                "stage": p.stage,
                "places": list(p.places),
                "linked": p.linked,
                "before_per_week": round(p.assessment.per_week_before, 3),
                "after_per_week": p.assessment.per_week_after,
                "done_this_week": [s.what for s in p.done_this_week],
                "next_steps": [
                    {"what": s.what, "responsible": s.responsible, "due": s.due} for s in p.next_steps
                ],
            }
            for p in pack.problems
        ],
    }


def _residents_text(args: argparse.Namespace) -> str:
    """The inspector's text for residents (``--residents-text FILE``, '-': the standard input)."""
    if not args.residents_text:
        return ""
    if args.residents_text == "-":
        return sys.stdin.read(MAX_PUBLIC_TEXT * 4 + 1)
    try:
        with open(args.residents_text, encoding="utf-8") as source:
            return source.read(MAX_PUBLIC_TEXT * 4 + 1)
    except UnicodeDecodeError:
        raise UsageError(tr("{file} is not UTF-8 text", file=args.residents_text)) from None


def run_hotspots(args: argparse.Namespace, settings: Settings) -> int:
    _names, picture = _picture(args, settings, spots=True)
    body = {
        "precinct": picture.precinct,
        "from": picture.since.isoformat(),
        "to": picture.until.isoformat(),
        "permutations": 999,
        "seed": args.seed,
        "cells": [c.as_dict() for c in picture.hot],
        "near_repeat": picture.as_dict()["near_repeat"],
    }
    if _out(args, body, picture):
        return 0
    shown = [c for c in picture.hot if c.level != 0]
    rows = [
        [
            c.cell,
            f"{c.lat:.5f}",
            f"{c.lon:.5f}",
            str(c.count),
            f"{c.density:.0f}",
            f"{c.z:+.2f}",
            f"{c.p:.3f}",
            (tr("hot") if c.level > 0 else tr("cold")) + f" {[90, 95, 99][abs(c.level) - 1]}%",
        ]
        for c in shown
    ]
    print(
        table(
            rows, [tr("CELL"), tr("LAT"), tr("LON"), tr("COUNT"), tr("PER KM²"), tr("Z"), tr("P"), tr("SPOT")]
        )
    )
    note(tr("{shown} of {all} cells hot or cold at 90 % or more", shown=len(shown), all=len(picture.hot)))
    near = picture.near_repeat
    if near is not None:
        print(
            tr(
                "near repeats (Knox, {metres} m, {days} days): {pairs} pairs, {expected} expected, p = {p}",
                metres=f"{near.distance_m:.0f}",
                days=f"{near.days:.0f}",
                pairs=near.close_pairs,
                expected=f"{near.expected:.1f}",
                p=f"{near.p:.3f}",
            )
        )
    return 0
