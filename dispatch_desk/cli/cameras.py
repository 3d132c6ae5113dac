"""``dispatch-desk cameras``: the city's cameras — the registry (administrators) and the cameras that see
an incident (those who watch them). Stream addresses are printed without their passwords, always."""

from __future__ import annotations

import argparse
from pathlib import Path

from dispatch_desk.cli.common import Parser, desk_as_user, print_json, table
from dispatch_desk.cli.words import tr
from dispatch_desk.config import Settings


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    cameras = commands.add_parser(parents=[common], name="cameras", help="the city's cameras")
    actions = cameras.add_subparsers(
        dest="cameras_command", metavar="ACTION", required=True, parser_class=Parser
    )
    importing = actions.add_parser(
        parents=[common], name="import", help="add cameras from a CSV or GeoJSON file (all or nothing)"
    )
    importing.add_argument("file", metavar="FILE.csv|FILE.geojson")
    importing.add_argument(
        "--replace", action="store_true", help="the file's cameras replace the whole registry"
    )
    importing.set_defaults(run=import_cameras)
    listing = actions.add_parser(
        parents=[common], name="list", help="list the cameras (never their passwords)"
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=list_cameras)
    removing = actions.add_parser(parents=[common], name="remove", help="remove a camera from the registry")
    removing.add_argument("camera_id", metavar="ID")
    removing.set_defaults(run=remove_camera)
    near = actions.add_parser(
        parents=[common], name="near", help="the cameras that see an incident's place, best first"
    )
    near.add_argument("number", metavar="NUMBER", help="the incident number, e.g. 26-000123")
    near.add_argument("--json", action="store_true", help="print JSON")
    near.set_defaults(run=cameras_near)


def import_cameras(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.geo.camera_import import read_cameras

    cameras = read_cameras(Path(args.file))
    count = desk_as_user(settings)[1].cameras.import_cameras(cameras, replace=args.replace)
    with_secrets = sum(1 for _, secret in cameras if secret)
    print(
        tr(
            "cameras imported: {count} ({secrets} with credentials, kept apart)",
            count=count,
            secrets=with_secrets,
        )
    )
    return 0


def list_cameras(args: argparse.Namespace, settings: Settings) -> int:
    cameras = desk_as_user(settings)[1].cameras.all()
    if args.json:
        print_json([c.summary() for c in cameras])
        return 0
    rows = [
        [
            c.id,
            c.name,
            f"{c.lat:.5f}, {c.lon:.5f}",
            "PTZ"
            if c.ptz
            else ("-" if c.direction_deg is None else f"{c.direction_deg:.0f}°/{c.fov_deg or 360:.0f}°"),
            f"{c.range_m:.0f}",
            c.precinct or "-",
            c.stream_url,
        ]
        for c in cameras
    ]
    header = [tr("ID"), tr("NAME"), tr("PLACE"), tr("VIEW"), tr("RANGE, M"), tr("PRECINCT"), tr("STREAM")]
    print(table(rows, header) if rows else tr("no cameras"))
    return 0


def remove_camera(args: argparse.Namespace, settings: Settings) -> int:
    desk_as_user(settings)[1].cameras.remove(args.camera_id.strip())
    print(tr("camera {id} removed", id=args.camera_id.strip()))
    return 0


def cameras_near(args: argparse.Namespace, settings: Settings) -> int:
    sights = desk_as_user(settings)[1].cameras.near(args.number.strip())
    if args.json:
        print_json([s.summary() for s in sights])
        return 0
    rows = [
        [s.camera.id, s.camera.name, f"{s.distance_m:.0f}", tr("yes") if s.looks else tr("no")]
        for s in sights
    ]
    header = [tr("ID"), tr("NAME"), tr("METRES"), tr("LOOKS AT THE PLACE")]
    print(table(rows, header) if rows else tr("no camera sees the place"))
    return 0
