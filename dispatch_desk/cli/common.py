"""What every command of ``dispatch-desk`` shares: the parser class, argument types, output helpers.

User errors print one line to stderr and exit with status 2 (bad usage) or 1 (the command failed).
"""

from __future__ import annotations

import argparse
import getpass
import json
import math
import os
import sys
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from dispatch_desk.cli.words import choose, refused, tr
from dispatch_desk.config import Settings
from dispatch_desk.domain.errors import DomainError

if TYPE_CHECKING:
    from dispatch_desk.composition import Services
    from dispatch_desk.domain.access import Principal
    from dispatch_desk.services.desk import DeskService

PROG = "dispatch-desk"

Command = Callable[[argparse.Namespace, Settings], int]


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(tr("{message} (see '{program} --help')", message=message, program=self.prog))


def common_options() -> argparse.ArgumentParser:
    """The global options, accepted before and after the command ("dispatch-desk db init --db X")."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL or SQLite file (default: DISPATCH_DESK_DB or the embedded SQLite "
        "database in the user's data folder)",
    )
    common.add_argument(
        "--user",
        metavar="LOGIN",
        default=argparse.SUPPRESS,
        help="act as this person (commands that read or change operational data or accounts); "
        "the password from DISPATCH_DESK_PASSWORD or the terminal",
    )
    common.add_argument(
        "--lang",
        choices=["kk", "ru", "en"],
        default=argparse.SUPPRESS,
        help="language of the desk (default: system locale)",
    )
    return common


def settings_for(args: argparse.Namespace) -> Settings:
    settings = Settings.load()
    if getattr(args, "db", None):
        settings.database_url = args.db
    if getattr(args, "user", None):
        settings.user = args.user
    if getattr(args, "lang", None):
        settings.language = args.lang
    return settings


def services_for(
    settings: Settings, *, first_administrator: bool = True, keep_connections: int = 1
) -> Services:
    """The services over the configured database, for a command (never builds the demo by itself).
    A database without accounts gets its administrator now, and the one-time password is printed."""
    from dispatch_desk.composition import open_services

    services = open_services(
        settings,
        build_demo_if_empty=False,
        first_administrator=first_administrator,
        keep_connections=keep_connections,
    )
    if services.first_admin_password:
        print_first_administrator(services.first_admin_password)
    return services


def print_first_administrator(password: str) -> None:
    first = tr("this database had no accounts; its administrator is 'admin' with the one-time password")
    after = tr("It is shown only now. Sign in with it and choose a new password at once.")
    print(f"{PROG}: {first}\n\n    {password}\n\n{after}", file=sys.stderr)


PASSWORD_ENV = "DISPATCH_DESK_PASSWORD"


def sign_in(services: Services, settings: Settings) -> Principal:
    """The person a command acts as: ``--user`` (or DISPATCH_DESK_USER) with the password from
    DISPATCH_DESK_PASSWORD or typed at the terminal. The sign-in is logged like the desk's."""
    from dispatch_desk.services.accounts import SignInRefused

    login = settings.user.strip()
    if not login:
        raise UsageError(tr("this command acts as a person: give --user LOGIN (or set DISPATCH_DESK_USER)"))
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise UsageError(
                tr("no password: set {variable} or run the command in a terminal", variable=PASSWORD_ENV)
            )
        password = getpass.getpass(tr("password for {login}: ", login=login))
    try:
        signed = services.accounts.sign_in(login, password)
    except SignInRefused as exc:
        raise SignInFailed(refused(exc)) from None
    if signed.must_change_password:
        raise SignInFailed(
            tr(
                "{login} must choose a new password first: dispatch-desk users password --user {login}",
                login=login,
            )
        )
    return signed.principal


class SignInFailed(Exception):
    """The person could not be signed in: the command does nothing (exit status 3)."""


def as_user(settings: Settings) -> tuple[Services, Principal]:
    """The services and the person signed in for this command."""
    services = services_for(settings)
    return services, sign_in(services, settings)


def desk_as_user(settings: Settings) -> tuple[Services, DeskService]:
    """The services and the desk of the person signed in for this command."""
    services, person = as_user(settings)
    return services, services.desk_for(person)


class Names:
    """Categories and addresses in the language asked for (``--lang``, else the system's; English when it
    is neither Kazakh nor Russian), as the desk shows them. JSON output keeps the codes and the stored
    addresses, for scripts."""

    def __init__(self, desk: DeskService, language: str) -> None:
        self.language = choose(language)
        self._categories = {c.code: c for c in desk.read.categories(include_inactive=True)}
        self._geo = desk.geo

    def category(self, code: str) -> str:
        found = self._categories.get(code)
        return found.name(self.language) if found is not None else code

    def address(self, address: str) -> str:
        return self._geo.gazetteer.localized(address, self.language) if address else address


# -- argument types -------------------------------------------------------------------------------
FIRST_YEAR, LAST_YEAR = 1970, 2100  # dates the desk's records can hold; others are typing mistakes


def date_type(text: str) -> date:
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-21") from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"'{text}' is outside {FIRST_YEAR}–{LAST_YEAR}")
    return value


def moment_type(text: str) -> str:
    """A date or a date and time (ISO 8601), read in the centre's time zone later; within the years the
    desk's records can hold."""

    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date or time like 2026-11-21 or 2026-11-21T20:00"
        ) from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"'{text}' is outside {FIRST_YEAR}–{LAST_YEAR}")
    return text


def local_moment(text: str, zone: tzinfo) -> datetime:
    """A moment ``moment_type`` let through: as typed, or in the centre's time zone when it names none."""
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=zone)


def output_type(text: str) -> str:
    """A file to write ('-': the standard output): refused at once when its folder is missing or not
    writable, or it is a folder, so that no command works for minutes and then cannot write."""
    if text == "-":
        return text
    path = Path(text)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a folder; give a file name")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"cannot write {text}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise argparse.ArgumentTypeError(f"cannot write {text}: permission denied")
    return text


def written(path: Path) -> None:
    """Say a file was written — once it is there and not empty (a PDF writer may fail silently)."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size == 0:
        raise DomainError(tr("could not write {file}", file=path))
    print(f"{PROG}: {tr('written to {file}', file=path)}", file=sys.stderr)


def speed_type(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not (math.isfinite(value) and 0 <= value <= 1_000_000):
        raise argparse.ArgumentTypeError("the speed lies between 0 (as fast as possible) and 1000000")
    return value


def whole(low: int, high: int, what: str = "a whole number") -> Callable[[str], int]:
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


positive = whole(1, 100_000)
port_type = whole(0, 65535, "a port number")
rate_type = whole(1, 10_000_000)


def coordinate_type(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"'{text}' is not a finite number")
    return value


def size_type(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1600x900") from None
    if not all(320 <= v <= 8000 for v in size):
        raise argparse.ArgumentTypeError("width and height must be between 320 and 8000")
    return size


# -- output ---------------------------------------------------------------------------------------
def local_time(at, settings) -> str:
    """A stored (UTC) time as the centre's clock shows it, with its offset: ``2026-12-07 09:40 +05``."""
    from zoneinfo import ZoneInfo

    if at is None:
        return "-"
    return at.astimezone(ZoneInfo(settings.timezone)).strftime("%Y-%m-%d %H:%M %z")[:-2]


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    return "\n".join(lines)


def note(text: str) -> None:
    """A line for the person at the terminal (stderr), apart from the output scripts read (stdout)."""
    print(f"{PROG}: {text}", file=sys.stderr)


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))
