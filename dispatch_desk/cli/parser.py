"""The whole command line, assembled from the command groups."""

from __future__ import annotations

from dispatch_desk import __version__
from dispatch_desk.cli import (
    analytics,
    app_reports,
    audit,
    cameras,
    database,
    desk,
    geography,
    incidents,
    patrols,
    reports,
    trackers,
    users,
)
from dispatch_desk.cli.common import PROG, Parser, common_options

GROUPS = (
    database,
    users,
    audit,
    reports,
    analytics,
    incidents,
    geography,
    cameras,
    desk,
    app_reports,
    trackers,
    patrols,
)


def build_parser() -> Parser:
    common = common_options()
    parser = Parser(
        prog=PROG,
        parents=[common],
        description="Dispatch desk for a police operations-control centre. Without a command it starts the desk.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--wall",
        action="store_true",
        help="the wall display: the city board full screen under a wall account (--user, and the password "
        "from DISPATCH_DESK_PASSWORD or the screen); never locks, shows no person's data",
    )
    parser.set_defaults(run=desk.run_desk)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for group in GROUPS:
        group.add_commands(commands, common)
    return parser
