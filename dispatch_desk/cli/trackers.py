"""``dispatch-desk avl``, the units' server, and ``units device …``, which device is in which unit."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from dispatch_desk.cli.common import as_user, local_moment, moment_type, note, output_type, table, written
from dispatch_desk.cli.words import tr
from dispatch_desk.config import Settings
from dispatch_desk.domain.errors import DomainError
from dispatch_desk.domain.fixes import Source

PASSWORD_ENV = "DISPATCH_DESK_DEVICE_PASSWORD"


def port_type(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"a port is 1 to 65535, not {port}")
    return port


def add_device_commands(unit_actions, common: argparse.ArgumentParser) -> None:
    """``units device add|list|remove``: the trackers in the patrols' cars and the officers' phones."""
    device = unit_actions.add_parser(parents=[common], name="device", help="the trackers bound to units")
    actions = device.add_subparsers(dest="device_command", metavar="ACTION", required=True)
    add = actions.add_parser(parents=[common], name="add", help="bind a tracker to a unit (shift leads)")
    add.add_argument("call_sign", metavar="CALL_SIGN")
    add.add_argument(
        "--id", required=True, metavar="IMEI_OR_ID", help="the device's IMEI or Traccar Client id"
    )
    add.add_argument(
        "--protocol", required=True, choices=[s.value for s in Source], help="what the device speaks"
    )
    add.add_argument(
        "--password",
        action="store_true",
        help=f"the device logs in with a password (Wialon IPS): read from {PASSWORD_ENV} or the terminal",
    )
    add.set_defaults(run=run_device)
    listing = actions.add_parser(parents=[common], name="list", help="which tracker is in which unit")
    listing.add_argument("--history", action="store_true", help="also the bindings that ended")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=run_device)
    remove = actions.add_parser(parents=[common], name="remove", help="take a tracker out of its unit")
    remove.add_argument("device_id", metavar="IMEI_OR_ID")
    remove.set_defaults(run=run_device)
    track = unit_actions.add_parser(
        parents=[common], name="track", help="where a unit drove in a period (shift leads; an access record)"
    )
    track.add_argument("call_sign", metavar="CALL_SIGN")
    track.add_argument("--from", dest="start", required=True, type=moment_type, metavar="WHEN")
    track.add_argument("--to", dest="end", required=True, type=moment_type, metavar="WHEN")
    shape = track.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print JSON")
    shape.add_argument("--gpx", type=output_type, metavar="FILE", help="write GPX 1.1 (for a map program)")
    track.set_defaults(run=run_track)


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    avl = commands.add_parser(
        parents=[common],
        name="avl",
        help="run the units' server: the patrols' trackers (Wialon IPS, Teltonika, OsmAnd); inside the police "
        "network",
    )
    avl.add_argument("--host", help="address to listen on (setting avl_host; default all addresses)")
    avl.add_argument("--wialon-port", type=port_type, help="Wialon IPS over TCP (usually 5039)")
    avl.add_argument("--teltonika-port", type=port_type, help="Teltonika Codec 8/8E over TCP (usually 5027)")
    avl.add_argument("--osmand-port", type=port_type, help="OsmAnd / Traccar Client over HTTP (usually 5055)")
    avl.set_defaults(run=run_avl)


def _password() -> str:
    secret = os.environ.get(PASSWORD_ENV)
    if secret is None:
        secret = getpass.getpass(tr("the device's password: "))
    if not secret:
        raise DomainError(tr("the device's password is empty"))
    return secret


def run_device(args: argparse.Namespace, settings: Settings) -> int:
    services, person = as_user(settings)
    trackers = services.trackers_for(person)
    if args.device_command == "add":
        password = _password() if args.password else None
        bound = trackers.bind(args.call_sign, args.id, Source(args.protocol), password)
        note(tr("{device} is now in unit {unit}", device=bound.device, unit=bound.call_sign))
    elif args.device_command == "remove":
        gone = trackers.unbind(args.device_id)
        note(tr("{device} is no longer in unit {unit}", device=gone.device, unit=gone.call_sign))
    else:
        bindings = trackers.bindings(history=args.history)
        if args.json:
            rows = [
                {
                    "device": b.device,
                    "protocol": b.protocol.value,
                    "unit": b.call_sign,
                    "bound_at": b.bound_at.isoformat(),
                    "bound_by": b.bound_by,
                    "unbound_at": b.unbound_at.isoformat() if b.unbound_at else None,
                }
                for b in bindings
            ]
            print(json.dumps(rows, ensure_ascii=False, indent=2))
            return 0
        rows_text = [
            [b.call_sign, b.device, b.protocol.value, b.bound_at.strftime("%Y-%m-%d %H:%M"), b.bound_by]
            + ([b.unbound_at.strftime("%Y-%m-%d %H:%M") if b.unbound_at else "-"] if args.history else [])
            for b in bindings
        ]
        header = [tr("UNIT"), tr("DEVICE"), tr("PROTOCOL"), tr("SINCE"), tr("BY")]
        header += [tr("UNTIL")] if args.history else []
        print(table(rows_text, header) if rows_text else tr("no trackers are bound to units"))
    return 0


def run_avl(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.avl.run import run_loop, serve

    host = args.host or settings.avl_host
    ports = {
        "wialon": args.wialon_port or int(settings.avl_wialon_port) or None,
        "teltonika": args.teltonika_port or int(settings.avl_teltonika_port) or None,
        "osmand": args.osmand_port or int(settings.avl_osmand_port) or None,
    }
    if not any(ports.values()):
        raise DomainError(tr("no protocol to serve: give --wialon-port, --teltonika-port or --osmand-port"))
    from dispatch_desk.composition import open_tracker_intake

    intake = open_tracker_intake(settings)
    note(
        tr(
            "units' server on {host}: {protocols}; database {database}",
            host=host,
            protocols=", ".join(f"{name} {port}" for name, port in ports.items() if port),
            database=intake.db.describe(),
        )
    )
    sys.stderr.flush()
    run_loop(serve(intake, host, ports["wialon"], ports["teltonika"], ports["osmand"]))
    return 0


def run_track(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from dispatch_desk.avl.gpx import gpx

    zone = ZoneInfo(settings.timezone)
    start, end = local_moment(args.start, zone), local_moment(args.end, zone)
    services, person = as_user(settings)
    fixes = services.trackers_for(person).track(args.call_sign, start, end)
    if args.gpx:
        Path(args.gpx).write_text(gpx(args.call_sign, [f for f, _ in fixes]), encoding="utf-8")
        written(Path(args.gpx))
    elif args.json:
        rows = [
            {
                "at": f.at.isoformat(),
                "lat": f.lat,
                "lon": f.lon,
                "speed_kmh": f.speed_kmh,
                "heading": f.heading,
                "protocol": f.source.value,
                "verdict": verdict.value,
                "alarm": f.alarm,
            }
            for f, verdict in fixes
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        rows_text = [
            [
                f.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"),
                f"{f.lat:.5f}",
                f"{f.lon:.5f}",
                "-" if f.speed_kmh is None else f"{f.speed_kmh:.0f}",
                verdict.value,
            ]
            for f, verdict in fixes
        ]
        header = [tr("TIME"), tr("LAT"), tr("LON"), tr("KM/H"), tr("USED")]
        print(table(rows_text, header) if rows_text else tr("no fixes in that period"))
    return 0
