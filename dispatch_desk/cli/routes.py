"""``dispatch-desk incidents route``: a unit's way to an incident by the roads, with its turn list."""

from __future__ import annotations

import argparse

from dispatch_desk.cli.common import UsageError, desk_as_user, print_json, table
from dispatch_desk.cli.words import choose, tr
from dispatch_desk.config import Settings
from dispatch_desk.domain.roads import Route


def add_route_command(actions, common: argparse.ArgumentParser) -> None:
    route = actions.add_parser(
        parents=[common], name="route", help="a unit's way to an incident by the roads, with the turns"
    )
    route.add_argument("number", metavar="NUMBER", help="the incident number, e.g. 26-000123")
    route.add_argument("call_sign", metavar="CALL_SIGN", help="the unit, e.g. A-11")
    shown = route.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="print JSON (totals, turns and the geometry)")
    shown.add_argument("--gpx", action="store_true", help="print GPX 1.1 (a route and its track)")
    route.set_defaults(run=show_route)


def route_summary(route: Route) -> dict[str, object]:
    return {
        "eta_s": round(route.seconds),
        "distance_m": round(route.metres),
        "mode": route.mode.value,
        "bridges": list(route.bridges),
        "turns": [
            {
                "instruction": t.instruction,
                "street": t.street,
                "distance_m": round(t.metres),
                "time_s": round(t.seconds),
                "lat": route.points[t.first_point][0],
                "lon": route.points[t.first_point][1],
            }
            for t in route.turns
        ],
        "geometry": {"type": "LineString", "coordinates": [[lon, lat] for lat, lon in route.points]},
    }


def show_route(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.avl.gpx import route_gpx

    desk = desk_as_user(settings)[1]
    number, call_sign = args.number.strip(), args.call_sign.strip()
    route = desk.routes.route(number, call_sign, choose(settings.language))
    if route is None:
        raise UsageError(
            tr(
                "no route from {unit} to {number}: no road network, no position of the unit or of the "
                "incident, or no road between them",
                unit=call_sign,
                number=number,
            )
        )
    if args.json:
        print_json(route_summary(route))
    elif args.gpx:
        print(route_gpx(f"{call_sign} → {number}", route), end="")
    else:
        print(
            tr(
                "{unit} → {number}: {km} km, about {minutes} min",
                unit=call_sign,
                number=number,
                km=f"{route.metres / 1000:.1f}",
                minutes=max(1, round(route.seconds / 60)),
            )
        )
        if route.bridges:
            print(tr("across: {bridges}", bridges=", ".join(route.bridges)))
        rows = [[str(n), t.instruction, f"{t.metres:.0f}"] for n, t in enumerate(route.turns, start=1)]
        print(table(rows, [tr("#"), tr("TURN"), tr("METRES")]))
    return 0
