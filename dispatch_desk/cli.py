"""The ``dispatch-desk`` command: the GUI by default, and administration subcommands.

User errors print one line to stderr and exit with status 2 (bad usage) or 1 (the command failed).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from typing import NoReturn

from dispatch_desk import __version__
from dispatch_desk.config import Settings, SettingsError
from dispatch_desk.domain.errors import DomainError

PROG = "dispatch-desk"


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> Parser:
    # The global options are accepted before and after the command ("dispatch-desk db init --db X").
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL or SQLite file (default: DISPATCH_DESK_DB or the embedded SQLite "
                        "database in the user's data folder)")  # fmt: skip
    common.add_argument("--operator", default=argparse.SUPPRESS,
                        help="name recorded for every change made from this session")  # fmt: skip
    common.add_argument("--lang", choices=["kk", "ru", "en"], default=argparse.SUPPRESS,
                        help="language of the desk (default: system locale)")  # fmt: skip
    parser = Parser(
        prog=PROG,
        parents=[common],
        description="Dispatch desk for a police operations-control centre. Without a command it starts the desk.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    db = commands.add_parser(parents=[common], name="db", help="create or upgrade the database")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True, parser_class=Parser)
    init = db_commands.add_parser(
        parents=[common], name="init", help="create the schema and the default categories"
    )
    init.add_argument(
        "--demo", action="store_true", help="also build the Pavlodar demo city (empty database only)"
    )
    db_commands.add_parser(parents=[common], name="upgrade", help="apply the migrations the database lacks")

    incidents = commands.add_parser(parents=[common], name="incidents", help="incidents")
    incident_commands = incidents.add_subparsers(dest="incidents_command", metavar="ACTION", required=True,
                                                 parser_class=Parser)  # fmt: skip
    listing = incident_commands.add_parser(
        parents=[common], name="list", help="list incidents, newest first (open ones by priority)"
    )
    listing.add_argument("--open", action="store_true", help="only open incidents, by priority then age")
    listing.add_argument("--limit", type=_positive, default=50, help="at most this many (default 50)")
    listing.add_argument("--json", action="store_true", help="print JSON")

    recommend = incident_commands.add_parser(
        parents=[common], name="recommend", help="the units to send to an incident, best first, with reasons"
    )
    recommend.add_argument("number", metavar="NUMBER", help="the incident number, e.g. 26-000123")
    recommend.add_argument("--limit", type=_positive, default=5, help="how many units (default 5)")
    recommend.add_argument("--json", action="store_true", help="print JSON")

    units = commands.add_parser(parents=[common], name="units", help="patrol units")
    unit_commands = units.add_subparsers(
        dest="units_command", metavar="ACTION", required=True, parser_class=Parser
    )
    unit_commands.add_parser(parents=[common], name="list", help="list units").add_argument(
        "--json", action="store_true"
    )

    precincts = commands.add_parser(parents=[common], name="precincts", help="precincts")
    precinct_commands = precincts.add_subparsers(dest="precincts_command", metavar="ACTION", required=True,
                                                 parser_class=Parser)  # fmt: skip
    importing = precinct_commands.add_parser(
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

    locate = commands.add_parser(
        parents=[common], name="locate", help="the precinct of a point, or of every CSV row"
    )
    locate.add_argument("lat", nargs="?", type=_coordinate, metavar="LAT")
    locate.add_argument("lon", nargs="?", type=_coordinate, metavar="LON")
    locate.add_argument(
        "--csv", metavar="IN.csv", help="locate every row of this file ('-' for standard input)"
    )
    locate.add_argument("--lat-column", metavar="A", help="the CSV column of the latitude")
    locate.add_argument("--lon-column", metavar="B", help="the CSV column of the longitude")
    locate.add_argument("--out", metavar="OUT.csv", help="write here instead of standard output")
    locate.add_argument("--json", action="store_true", help="print JSON (single point)")

    screenshot = commands.add_parser(
        parents=[common], name="screenshot", help="render the desk offscreen on the current database to a PNG"
    )
    screenshot.add_argument("out", metavar="OUT.png")
    screenshot.add_argument(
        "--size", default="1600x900", type=_size, metavar="WxH", help="window size (default 1600x900)"
    )
    screenshot.add_argument("--select", metavar="NUMBER", help="the incident to select")

    gazetteer = commands.add_parser(parents=[common], name="gazetteer", help="address data")
    gazetteer_commands = gazetteer.add_subparsers(dest="gazetteer_command", metavar="ACTION", required=True,
                                                  parser_class=Parser)  # fmt: skip
    gazetteer_import = gazetteer_commands.add_parser(
        parents=[common],
        name="import",
        help="replace the streets and addresses with an OpenStreetMap extract",
    )
    gazetteer_import.add_argument("file", metavar="FILE.osm|FILE.osm.pbf")

    geocode = commands.add_parser(
        parents=[common], name="geocode", help="address → place, or place → address"
    )
    geocode.add_argument(
        "address", nargs="*", metavar="ADDRESS", help="the address as typed (or coordinates)"
    )
    geocode.add_argument(
        "--reverse", nargs=2, type=_coordinate, metavar=("LAT", "LON"), help="the address at a point"
    )
    geocode.add_argument(
        "--suggest", action="store_true", help="list the streets an operator would be offered"
    )
    geocode.add_argument("--json", action="store_true", help="print JSON")

    precinct_commands.add_parser(parents=[common], name="list", help="list precincts").add_argument(
        "--json", action="store_true"
    )

    intake = commands.add_parser(
        parents=[common], name="intake", help='run the intake server for the "102" app (Open311 GeoReport v2)'
    )
    intake.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    intake.add_argument("--port", type=_port, default=8102, help="port to listen on (default 8102)")

    apikeys = commands.add_parser(parents=[common], name="apikeys", help="API keys of client applications")
    key_commands = apikeys.add_subparsers(dest="apikeys_command", metavar="ACTION", required=True,
                                          parser_class=Parser)  # fmt: skip
    create = key_commands.add_parser(
        parents=[common], name="create", help="create a key for a client application; it is printed once"
    )
    create.add_argument("name", metavar="NAME", help='the client, e.g. "102-app"')
    create.add_argument("--rate", type=_positive_rate, default=6000,
                        help="requests a minute this client may make (default 6000)")  # fmt: skip
    key_commands.add_parser(parents=[common], name="list", help="list the keys (never their secret)")
    revoke = key_commands.add_parser(parents=[common], name="revoke", help="revoke a key at once")
    revoke.add_argument("name", metavar="NAME")

    simulate = commands.add_parser(
        parents=[common], name="simulate", help="send realistic app reports to an intake server"
    )
    simulate.add_argument("--url", required=True, help="the intake server, e.g. http://127.0.0.1:8102")
    simulate.add_argument("--api-key", required=True, help="a key from 'dispatch-desk apikeys create'")
    amount = simulate.add_mutually_exclusive_group()
    amount.add_argument("--count", type=_positive, help="send this many reports (default 20)")
    amount.add_argument("--day", type=_date, help="send one day's reports, e.g. 2026-11-21 (a Saturday)")
    simulate.add_argument("--speed", type=_speed, default=60.0,
                          help="how many times faster than real time (default 60; 0 = as fast as possible)")  # fmt: skip
    simulate.add_argument("--seed", type=int, default=None, help="random seed, for a repeatable run")
    simulate.add_argument("--concurrency", type=_positive, default=4,
                          help="reports in flight at once (default 4)")  # fmt: skip
    simulate.add_argument("--media", type=float, default=None, metavar="SHARE",
                          help="share of reports with a photo or voice message (default 0.25)")  # fmt: skip
    return parser


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-21") from None


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not (math.isfinite(value) and 0 <= value <= 1_000_000):
        raise argparse.ArgumentTypeError("the speed lies between 0 (as fast as possible) and 1000000")
    return value


def _whole(low: int, high: int, what: str = "a whole number"):
    """An argparse type: a whole number between ``low`` and ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not {what}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low} and {high}")
        return value

    return parse


_positive = _whole(1, 100_000)
_port = _whole(0, 65535, "a port number")
_positive_rate = _whole(1, 10_000_000)


def _coordinate(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"'{text}' is not a finite number")
    return value


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1600x900") from None
    if not all(320 <= v <= 8000 for v in size):
        raise argparse.ArgumentTypeError("width and height must be between 320 and 8000")
    return size


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings.load()
    if getattr(args, "db", None):
        settings.database_url = args.db
    if getattr(args, "operator", None):
        settings.operator = args.operator
    if getattr(args, "lang", None):
        settings.language = args.lang
    return settings


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    return "\n".join(lines)


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def run_db(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.demo.city import build_demo
    from dispatch_desk.startup import open_database
    from dispatch_desk.store import migrate

    opened = open_database(settings, build_demo_if_empty=False)
    if args.db_command == "upgrade":
        print(f"database {opened.db.describe()} is at revision {migrate.current_revision(opened.db)}")
        return 0
    if args.demo:
        summary = build_demo(opened.db)
        print(
            f"demo city built: {summary.precincts} precincts, {summary.streets} streets, {summary.units} units, "
            f"{summary.incidents} incidents ({summary.open_incidents} open)"
        )
    print(f"database ready: {opened.db.describe()}")
    return 0


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.startup import open_database

    desk = open_database(settings, build_demo_if_empty=False).desk
    if args.command == "incidents" and args.incidents_command == "recommend":
        candidates = desk.recommend_units(args.number.strip(), args.limit)
        if args.json:
            _print_json([c.summary() for c in candidates])
        else:
            rows = [[str(n), c.call_sign, c.status.value, "-" if c.eta_s is None else f"{c.eta_s / 60:.0f} min",
                     "; ".join(r.describe() for r in c.reasons)] for n, c in enumerate(candidates, start=1)]  # fmt: skip
            print(_table(rows, ["#", "UNIT", "STATUS", "ETA", "WHY"]) if rows else "no unit can be sent now")
    elif args.command == "incidents":
        incidents = desk.open_incidents() if args.open else desk.recent_incidents(args.limit)
        incidents = incidents[: args.limit]
        if args.json:
            _print_json([i.summary() for i in incidents])
        else:
            rows = [
                [i.number, str(int(i.priority)), i.status.value, i.category, i.precinct or "-", i.address[:40],
                 ",".join(a.call_sign for a in i.active_assignments()) or "-",
                 i.received_at.astimezone(desk.zone).strftime("%Y-%m-%d %H:%M")]
                for i in incidents
            ]  # fmt: skip
            header = ["NUMBER", "P", "STATUS", "CATEGORY", "PRECINCT", "ADDRESS", "UNITS", "RECEIVED"]
            print(_table(rows, header) if rows else "no incidents")
    elif args.command == "units":
        units = desk.units()
        if args.json:
            _print_json([u.summary() for u in units])
        else:
            rows = [[u.call_sign, u.kind.value, u.home_precinct or "-", u.status.value, u.current_incident or "-",
                     ", ".join(u.crew)] for u in units]  # fmt: skip
            print(
                _table(rows, ["CALL SIGN", "KIND", "PRECINCT", "STATUS", "INCIDENT", "CREW"])
                if rows
                else "no units"
            )
    else:
        precincts = desk.precincts()
        if args.json:
            _print_json([p.summary() for p in precincts])
        else:
            rows = [[p.code, p.name_ru, p.name_kk, p.name_en, str(p.opening_hours or "-"), p.phone or "-",
                     p.service_centre_address or "-"] for p in precincts]  # fmt: skip
            header = ["CODE", "NAME (RU)", "NAME (KK)", "NAME (EN)", "HOURS", "PHONE", "SERVICE CENTRE"]
            print(_table(rows, header) if rows else "no precincts")
    return 0


def run_gazetteer_import(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from dispatch_desk.geo.osm_import import read_osm
    from dispatch_desk.startup import open_database

    data = read_osm(Path(args.file))
    desk = open_database(settings, build_demo_if_empty=False).desk
    addresses = [
        {"street_name": a.street, "housenumber": a.housenumber, "lat": a.lat, "lon": a.lon, "source": "osm",
         "source_id": a.source_id}
        for a in data.addresses
    ]  # fmt: skip
    desk.replace_gazetteer(data.streets, addresses)
    note = f" ({data.skipped} objects without usable geometry skipped)" if data.skipped else ""
    print(f"gazetteer replaced: {len(data.streets)} streets, {len(addresses)} addresses{note}")
    return 0


def run_geocode(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.startup import open_database

    text = " ".join(args.address).strip()
    if bool(text) == bool(args.reverse):
        raise UsageError("give an ADDRESS, or --reverse LAT LON")
    if len(text) > 300:
        raise UsageError(f"the address is too long ({len(text)} characters, at most 300)")
    geo = open_database(settings, build_demo_if_empty=False).geo
    if args.suggest:
        suggestions = geo.suggest(text)
        if args.json:
            _print_json(suggestions)
        else:
            print("\n".join(suggestions) if suggestions else "no suggestions")
        return 0
    if args.reverse:
        lat, lon = args.reverse
        if abs(lat) > 90 or abs(lon) > 180:
            raise UsageError(f"({lat}, {lon}) is not a latitude and longitude")
        found = geo.reverse(lat, lon)
    else:
        found = geo.geocode(text)
    for error in geo.last_errors:
        print(f"{PROG}: warning: {error}", file=sys.stderr)
    if found is None:
        if args.json:
            _print_json(None)
        else:
            print("no match: the location stays unverified until the operator places it on the map")
        return 0 if args.json else 3
    if args.json:
        _print_json(found.as_dict())
    else:
        precinct = found.precinct or "none"
        print(f"{found.address}\n  {found.lat:.6f}, {found.lon:.6f}  precinct {precinct} ({found.precinct_match})"
              f"\n  confidence {found.confidence:.2f}, {found.source} ({found.how})")  # fmt: skip
    return 0


def run_precincts_import(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from dispatch_desk.geo.boundaries import read_precinct_geojson
    from dispatch_desk.startup import open_database

    result = read_precinct_geojson(Path(args.file), args.name_property, args.code_property)
    for warning in result.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    desk = open_database(settings, build_demo_if_empty=False).desk
    desk.import_precincts(result.precincts, replace=args.replace)
    print(
        f"imported {len(result.precincts)} precincts"
        + (" (all earlier precincts replaced)" if args.replace else "")
    )
    return 0


def run_locate(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.geo.csvlocate import locate_csv, open_text
    from dispatch_desk.startup import open_database

    if args.csv is None and (args.lat is None or args.lon is None):
        raise UsageError("give LAT LON, or --csv FILE with --lat-column and --lon-column")
    if args.csv is not None and (args.lat is not None or not args.lat_column or not args.lon_column):
        raise UsageError("--csv takes --lat-column and --lon-column, and no LAT LON")
    desk = open_database(settings, build_demo_if_empty=False).desk
    index = desk.precinct_index(settings.precinct_tolerance_m)
    if len(index) == 0:
        raise DomainError("there are no precincts: import them with 'dispatch-desk precincts import'")
    if args.csv is None:
        if abs(args.lat) > 90 or abs(args.lon) > 180:
            raise UsageError(f"({args.lat}, {args.lon}) is not a latitude and longitude")
        found = index.match(args.lat, args.lon)
        if args.json:
            _print_json(
                {"precinct": found.code, "match": found.match.value, "distance_m": round(found.distance_m, 1)}
            )
        elif found.code is None:
            print(f"outside every precinct ({found.match.value})")
        else:
            note = f", {found.distance_m:.0f} m outside" if found.match.value == "nearest" else ""
            print(f"{found.code}\t{found.match.value}{note}")
        return 0
    source = open_text(args.csv)
    try:
        if args.out:
            try:
                out = open(args.out, "w", encoding="utf-8", newline="")  # noqa: SIM115
            except OSError as exc:
                raise DomainError(f"cannot write {args.out}: {exc.strerror}") from None
        else:
            out = sys.stdout
        try:
            report = locate_csv(index, source, out, args.lat_column, args.lon_column)
        finally:
            if out is not sys.stdout:
                out.close()
    finally:
        if source is not sys.stdin:
            source.close()
    for problem in report.problems:
        print(f"{PROG}: {problem}", file=sys.stderr)
    summary = ", ".join(f"{count} {match}" for match, count in sorted(report.matches.items()))
    print(f"{PROG}: {report.rows} rows: {summary}", file=sys.stderr)
    return 0


def _intake_service(settings: Settings, *, serving: bool = False):
    """The intake use cases on the configured database; ``serving``: read the gazetteer now, at start,
    rather than while the first reports wait for it."""
    from dispatch_desk.services.intake import IntakeService
    from dispatch_desk.startup import open_database
    from dispatch_desk.store.media import MediaStore

    opened = open_database(settings)
    if serving:
        opened.geo  # noqa: B018

    def reverse(lat: float, lon: float) -> str | None:
        found = opened.geo.reverse(lat, lon)
        return found.address if found is not None else None

    return IntakeService(
        opened.desk,
        MediaStore(settings.media_path()),
        reverse=reverse,
        batch_max=int(settings.intake_batch_max),
    )


def run_intake(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.intake.server import MB, IntakeLimits, run

    service = _intake_service(settings, serving=True)
    limits = IntakeLimits(
        max_file_bytes=int(settings.intake_max_file_mb * MB),
        max_report_bytes=int(settings.intake_max_report_mb * MB),
        max_files=max(1, int(settings.intake_max_files)),
    )
    print(
        f"{PROG}: intake server on http://{args.host}:{args.port}/v2/ (OpenAPI: /openapi.json), "
        f"database {service.db.describe()}, media in {service.media.root}",
        file=sys.stderr,
        flush=True,
    )
    run(service, args.host, args.port, limits, settings.timezone)
    return 0


def run_apikeys(args: argparse.Namespace, settings: Settings) -> int:
    service = _intake_service(settings)
    if args.apikeys_command == "create":
        stored, key = service.create_api_key(args.name, args.rate)
        print(key)
        print(f"{PROG}: key {stored.name!r} created ({stored.rate_per_minute} requests a minute); "
              "it is shown only now, store it in the client's configuration", file=sys.stderr)  # fmt: skip
    elif args.apikeys_command == "revoke":
        revoked = service.revoke_api_key(args.name)
        print(f"{PROG}: key {revoked.name!r} is revoked", file=sys.stderr)
    else:
        rows = [
            [k.name, f"ddk_{k.prefix}…", str(k.rate_per_minute), k.created_at.isoformat(timespec="seconds"),
             k.revoked_at.isoformat(timespec="seconds") if k.revoked_at else "active"]
            for k in service.api_keys()
        ]  # fmt: skip
        print(_table(rows, ["NAME", "KEY", "PER MINUTE", "CREATED", "STATE"]))
    return 0


def run_simulate(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.demo.simulator import SimulationError, Simulator

    try:
        simulator = Simulator(
            args.url, args.api_key, seed=args.seed, concurrency=args.concurrency,
            media_share=0.25 if args.media is None else args.media,
        )  # fmt: skip
        if args.day is not None:
            plan = simulator.plan_day(args.day)
        else:
            plan = simulator.plan_count(args.count or 20)
        result = simulator.run(plan, args.speed, progress=lambda line: sys.stderr.write(line + "\n"))
    except SimulationError as exc:
        raise DomainError(str(exc)) from None
    print(json.dumps(result.as_dict(), ensure_ascii=False))
    return 0 if result.failed == 0 else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        settings = _settings(args)
        if args.command is None:
            from dispatch_desk.ui.app import run_gui

            return run_gui(settings)
        if args.command == "db":
            return run_db(args, settings)
        if args.command == "locate":
            return run_locate(args, settings)
        if args.command == "geocode":
            return run_geocode(args, settings)
        if args.command == "gazetteer":
            return run_gazetteer_import(args, settings)
        if args.command == "screenshot":
            from pathlib import Path

            from dispatch_desk.ui.screenshot import take_screenshot

            if not args.out.lower().endswith(".png"):
                raise UsageError("the screenshot is written as PNG: give a file name ending in .png")
            print(take_screenshot(settings, Path(args.out), args.size, args.select))
            return 0
        if args.command == "intake":
            return run_intake(args, settings)
        if args.command == "apikeys":
            return run_apikeys(args, settings)
        if args.command == "simulate":
            return run_simulate(args, settings)
        if args.command == "precincts" and args.precincts_command == "import":
            return run_precincts_import(args, settings)
        return run_list(args, settings)
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except (DomainError, SettingsError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
