"""The desk itself from the command line: start it (no command), or render it to a PNG (``screenshot``)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from dispatch_desk.cli.common import PASSWORD_ENV, UsageError, size_type
from dispatch_desk.cli.words import tr
from dispatch_desk.config import Settings


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    screenshot = commands.add_parser(
        parents=[common], name="screenshot", help="render the desk offscreen on the current database to a PNG"
    )
    screenshot.add_argument("out", metavar="OUT.png")
    screenshot.add_argument(
        "--size", default="1600x900", type=size_type, metavar="WxH", help="window size (default 1600x900)"
    )
    screenshot.add_argument("--select", metavar="NUMBER", help="the incident to select")
    screenshot.add_argument(
        "--show",
        choices=(
            "desk",
            "locked",
            "accounts",
            "audit",
            "board",
            "intervals",
            "hotspots",
            "problem",
            "moving",
            "routes",
            "coverage",
            "cameras",
            "wall",
        ),
        default="desk",
        help="what to render: the desk (default), the desk locked, the accounts or "
        "the audit window, the city board, the response intervals, the hot-spot layer, "
        "the newest problem, the routes of the units sent to the selected incident (--select), the free "
        "units' coverage by road, the cameras' view cones, the wall display (--user wall)",
    )
    screenshot.add_argument("--night", action="store_true", help="in the night palette")
    screenshot.set_defaults(run=run_screenshot)


def run_desk(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.ui.app import run_gui

    return run_gui(settings, wall=bool(getattr(args, "wall", False)))


def run_screenshot(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.ui.screenshot import take_screenshot

    if not args.out.lower().endswith(".png"):
        raise UsageError(tr("the screenshot is written as PNG: give a file name ending in .png"))
    password = os.environ.get(PASSWORD_ENV)
    if settings.user and password is None:
        password = (
            getpass.getpass(tr("password for {login}: ", login=settings.user)) if sys.stdin.isatty() else ""
        )
    print(
        take_screenshot(
            settings,
            Path(args.out),
            args.size,
            args.select,
            password=password,
            show=args.show,
            night=args.night,
        )
    )
    return 0
