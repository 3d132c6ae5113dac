"""``dispatch-desk precincts``, ``locate``, ``geocode`` and ``gazetteer``: where things are."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import cast

from dispatch_desk.cli.common import (
    Parser,
    UsageError,
    coordinate_type,
    desk_as_user,
    note,
    print_json,
    services_for,
    table,
)
from dispatch_desk.cli.words import tr
from dispatch_desk.config import Settings
from dispatch_desk.domain.errors import DomainError


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    precincts = commands.add_parser(parents=[common], name="precincts", help="precincts")
    actions = precincts.add_subparsers(
        dest="precincts_command", metavar="ACTION", required=True, parser_class=Parser
    )
    importing = actions.add_parser(
        parents=[common], name="import", help="import precinct boundaries from GeoJSON (all or nothing)"
    )
    importing.add_argument("file", metavar="FILE.geojson")
    importing.add_argument(
        "--name-property", required=True, metavar="P", help="the property holding the name"
    )
    importing.add_argument(
        "--code-property", metavar="C", help="the property holding the code (default: the name)"
    )
    importing.add_argument("--replace", action="store_true", help="replace all existing precincts")
    importing.set_defaults(run=import_precincts)

    locate = commands.add_parser(
        parents=[common], name="locate", help="the precinct of a point, or of every CSV row"
    )
    locate.add_argument("lat", nargs="?", type=coordinate_type, metavar="LAT")
    locate.add_argument("lon", nargs="?", type=coordinate_type, metavar="LON")
    locate.add_argument(
        "--csv", metavar="IN.csv", help="locate every row of this file ('-' for standard input)"
    )
    locate.add_argument("--lat-column", metavar="A", help="the CSV column of the latitude")
    locate.add_argument("--lon-column", metavar="B", help="the CSV column of the longitude")
    locate.add_argument("--out", metavar="OUT.csv", help="write here instead of standard output")
    locate.add_argument("--json", action="store_true", help="print JSON (single point)")
    locate.set_defaults(run=run_locate)

    gazetteer = commands.add_parser(parents=[common], name="gazetteer", help="address data")
    gazetteer_actions = gazetteer.add_subparsers(
        dest="gazetteer_command", metavar="ACTION", required=True, parser_class=Parser
    )
    gazetteer_import = gazetteer_actions.add_parser(
        parents=[common],
        name="import",
        help="replace the streets and addresses with an OpenStreetMap extract",
    )
    gazetteer_import.add_argument("file", metavar="FILE.osm|FILE.osm.pbf")
    gazetteer_import.add_argument(
        "--no-roads",
        action="store_true",
        help="keep the road network the routing engine has (addresses only)",
    )
    gazetteer_import.set_defaults(run=import_gazetteer)

    geocode = commands.add_parser(
        parents=[common], name="geocode", help="address → place, or place → address"
    )
    geocode.add_argument(
        "address", nargs="*", metavar="ADDRESS", help="the address as typed (or coordinates)"
    )
    geocode.add_argument(
        "--reverse", nargs=2, type=coordinate_type, metavar=("LAT", "LON"), help="the address at a point"
    )
    geocode.add_argument(
        "--suggest", action="store_true", help="list the streets an operator would be offered"
    )
    geocode.add_argument("--json", action="store_true", help="print JSON")
    geocode.set_defaults(run=run_geocode)

    listing = actions.add_parser(parents=[common], name="list", help="list precincts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=list_precincts)


def list_precincts(args: argparse.Namespace, settings: Settings) -> int:
    precincts = services_for(settings).geo.precincts()
    if args.json:
        print_json([p.summary() for p in precincts])
        return 0
    rows = [
        [
            p.code,
            p.name_ru,
            p.name_kk,
            p.name_en,
            str(p.opening_hours or "-"),
            p.phone or "-",
            p.service_centre_address or "-",
        ]
        for p in precincts
    ]
    header = [
        tr("CODE"),
        tr("NAME (RU)"),
        tr("NAME (KK)"),
        tr("NAME (EN)"),
        tr("HOURS"),
        tr("PHONE"),
        tr("SERVICE CENTRE"),
    ]
    print(table(rows, header) if rows else tr("no precincts"))
    return 0


def import_gazetteer(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.geo.osm_import import read_osm

    data = read_osm(Path(args.file))
    addresses = [
        {
            "street_name": a.street,
            "housenumber": a.housenumber,
            "lat": a.lat,
            "lon": a.lon,
            "source": "osm",
            "source_id": a.source_id,
        }
        for a in data.addresses
    ]
    desk = desk_as_user(settings)[1]
    far = desk.replace_gazetteer(data.streets, addresses)
    skipped = (
        tr(" ({count} objects without usable geometry skipped)", count=data.skipped) if data.skipped else ""
    )
    if far:
        skipped += tr(" ({count} addresses far from every precinct left out)", count=far)
    print(
        tr(
            "gazetteer replaced: {streets} streets, {addresses} addresses",
            streets=len(data.streets),
            addresses=len(addresses),
        )
        + skipped
    )
    if not args.no_roads:
        import_roads(desk, Path(args.file))
    return 0


def import_roads(desk, source: Path) -> None:
    """The routing engine's road network from the same extract (every desk takes it up within seconds)."""
    from dispatch_desk.geo.routing import RoutingError

    try:
        info = desk.road_network.import_file(source)
    except (DomainError, RoutingError) as error:
        note(tr("warning: the road network was not replaced: {error}", error=error))
        return
    print(tr("road network replaced: {size} KB for the routing engine", size=max(1, info.size // 1024)))


def run_geocode(args: argparse.Namespace, settings: Settings) -> int:
    text = " ".join(args.address).strip()
    if bool(text) == bool(args.reverse):
        raise UsageError(tr("give an ADDRESS, or --reverse LAT LON"))
    if len(text) > 300:
        raise UsageError(tr("the address is too long ({count} characters, at most 300)", count=len(text)))
    geo = services_for(settings).geo
    if args.suggest:
        suggestions = geo.suggest(text)
        if args.json:
            print_json(suggestions)
        else:
            print("\n".join(suggestions) if suggestions else tr("no suggestions"))
        return 0
    if args.reverse:
        lat, lon = args.reverse
        if abs(lat) > 90 or abs(lon) > 180:
            raise UsageError(tr("({lat}, {lon}) is not a latitude and longitude", lat=lat, lon=lon))
        found = geo.reverse(lat, lon)
    else:
        found = geo.geocode(text)
    for error in geo.last_errors:
        note(tr("warning: {warning}", warning=error))
    if found is None:
        if args.json:
            print_json(None)
        else:
            print(tr("no match: the location stays unverified until the operator places it on the map"))
        return 0 if args.json else 3
    if args.json:
        print_json(found.as_dict())
    else:
        where = tr("precinct {code}", code=found.precinct or tr("none"))
        confidence = tr("confidence {value}", value=f"{found.confidence:.2f}")
        print(
            f"{found.address}\n  {found.lat:.6f}, {found.lon:.6f}  {where} ({found.precinct_match})"
            f"\n  {confidence}, {found.source} ({found.how})"
        )
    return 0


def import_precincts(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.geo.boundaries import read_precinct_geojson

    result = read_precinct_geojson(Path(args.file), args.name_property, args.code_property)
    for warning in result.warnings:
        note(tr("warning: {warning}", warning=warning))
    desk_as_user(settings)[1].import_precincts(result.precincts, replace=args.replace)
    print(
        tr("imported {count} precincts", count=len(result.precincts))
        + (tr(" (all earlier precincts replaced)") if args.replace else "")
    )
    return 0


def run_locate(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.geo.csvlocate import locate_csv, open_text

    if args.csv is None and (args.lat is None or args.lon is None):
        raise UsageError(tr("give LAT LON, or --csv FILE with --lat-column and --lon-column"))
    if args.csv is not None and (args.lat is not None or not args.lat_column or not args.lon_column):
        raise UsageError(tr("--csv takes --lat-column and --lon-column, and no LAT LON"))
    index = services_for(settings).geo.precinct_index()
    if len(index) == 0:
        raise DomainError(tr("there are no precincts: import them with 'dispatch-desk precincts import'"))
    if args.csv is None:
        if abs(args.lat) > 90 or abs(args.lon) > 180:
            raise UsageError(tr("({lat}, {lon}) is not a latitude and longitude", lat=args.lat, lon=args.lon))
        found = index.match(args.lat, args.lon)
        if args.json:
            print_json(
                {"precinct": found.code, "match": found.match.value, "distance_m": round(found.distance_m, 1)}
            )
        elif found.code is None:
            print(tr("outside every precinct ({match})", match=found.match.value))
        else:
            outside = tr(", {metres} m outside", metres=f"{found.distance_m:.0f}")
            print(f"{found.code}\t{found.match.value}{outside if found.match.value == 'nearest' else ''}")
        return 0
    source = open_text(args.csv)
    try:
        if args.out:
            try:
                out = open(args.out, "w", encoding="utf-8", newline="")  # noqa: SIM115
            except OSError as exc:
                raise DomainError(tr("cannot write {file}", file=args.out) + f": {exc.strerror}") from None
        else:
            out = cast(io.TextIOWrapper, sys.stdout)
        try:
            report = locate_csv(index, source, out, args.lat_column, args.lon_column)
        finally:
            if out is not sys.stdout:
                out.close()
    finally:
        if source is not sys.stdin:
            source.close()
    for problem in report.problems:
        note(problem)
    summary = ", ".join(f"{count} {match}" for match, count in sorted(report.matches.items()))
    note(tr("{count} rows: {summary}", count=report.rows, summary=summary))
    return 0
