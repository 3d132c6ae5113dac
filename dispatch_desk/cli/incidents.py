"""``dispatch-desk incidents`` and ``units``: what the desk shows, as text or JSON."""

from __future__ import annotations

import argparse

from dispatch_desk.cli import routes, trackers
from dispatch_desk.cli.common import Names, Parser, desk_as_user, positive, print_json, table
from dispatch_desk.cli.words import incident_status, reason, tr, unit_kind, unit_status
from dispatch_desk.config import Settings


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    incidents = commands.add_parser(parents=[common], name="incidents", help="incidents")
    actions = incidents.add_subparsers(
        dest="incidents_command", metavar="ACTION", required=True, parser_class=Parser
    )
    listing = actions.add_parser(
        parents=[common], name="list", help="list incidents, newest first (open ones by priority)"
    )
    listing.add_argument("--open", action="store_true", help="only open incidents, by priority then age")
    listing.add_argument("--limit", type=positive, default=50, help="at most this many (default 50)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=list_incidents)
    recommend = actions.add_parser(
        parents=[common], name="recommend", help="the units to send to an incident, best first, with reasons"
    )
    recommend.add_argument("number", metavar="NUMBER", help="the incident number, e.g. 26-000123")
    recommend.add_argument("--limit", type=positive, default=5, help="how many units (default 5)")
    recommend.add_argument("--json", action="store_true", help="print JSON")
    recommend.set_defaults(run=recommend_units)
    routes.add_route_command(actions, common)

    units = commands.add_parser(parents=[common], name="units", help="patrol units")
    unit_actions = units.add_subparsers(
        dest="units_command", metavar="ACTION", required=True, parser_class=Parser
    )
    unit_list = unit_actions.add_parser(parents=[common], name="list", help="list units")
    unit_list.add_argument("--json", action="store_true")
    unit_list.set_defaults(run=list_units)
    trackers.add_device_commands(unit_actions, common)


def recommend_units(args: argparse.Namespace, settings: Settings) -> int:
    candidates = desk_as_user(settings)[1].read.recommend_units(args.number.strip(), args.limit)
    if args.json:
        print_json([c.summary() for c in candidates])
        return 0
    rows = [
        [
            str(n),
            c.call_sign,
            unit_status(c.status),
            "-" if c.eta_s is None else tr("{minutes} min", minutes=f"{c.eta_s / 60:.0f}"),
            "; ".join(reason(r) for r in c.reasons),
        ]
        for n, c in enumerate(candidates, start=1)
    ]
    print(
        table(rows, [tr("#"), tr("UNIT"), tr("STATUS"), tr("ETA"), tr("WHY")])
        if rows
        else tr("no unit can be sent now")
    )
    return 0


def list_incidents(args: argparse.Namespace, settings: Settings) -> int:
    desk = desk_as_user(settings)[1]
    incidents = desk.read.open_incidents() if args.open else desk.read.recent_incidents(args.limit)
    incidents = incidents[: args.limit]
    if args.json:
        print_json([i.summary() for i in incidents])
        return 0
    names = Names(desk, settings.language)
    rows = [
        [
            i.number,
            str(int(i.priority)),
            incident_status(i.status),
            names.category(i.category),
            i.precinct or "-",
            names.address(i.address)[:40],
            ",".join(a.call_sign for a in i.active_assignments()) or "-",
            i.received_at.astimezone(desk.zone).strftime("%Y-%m-%d %H:%M"),
        ]
        for i in incidents
    ]
    header = [
        tr("NUMBER"),
        tr("P"),
        tr("STATUS"),
        tr("CATEGORY"),
        tr("PRECINCT"),
        tr("ADDRESS"),
        tr("UNITS"),
        tr("RECEIVED"),
    ]
    print(table(rows, header) if rows else tr("no incidents"))
    return 0


def list_units(args: argparse.Namespace, settings: Settings) -> int:
    desk = desk_as_user(settings)[1]
    units = desk.read.units()
    if args.json:
        moving = {
            p.call_sign: p for p in desk.read.positions_after(0)[0]
        }  # speed and heading of the last fix
        print_json(
            [
                {
                    **u.summary(),
                    "speed_kmh": getattr(moving.get(u.call_sign), "speed_kmh", None),
                    "heading": getattr(moving.get(u.call_sign), "heading", None),
                }
                for u in units
            ]
        )
        return 0
    rows = [
        [
            u.call_sign,
            unit_kind(u.kind),
            u.home_precinct or "-",
            unit_status(u.status),
            u.current_incident or "-",
            ", ".join(u.crew),
        ]
        for u in units
    ]
    header = [tr("CALL SIGN"), tr("KIND"), tr("PRECINCT"), tr("STATUS"), tr("INCIDENT"), tr("CREW")]
    print(table(rows, header) if rows else tr("no units"))
    return 0
