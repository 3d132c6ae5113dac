"""The ``dispatch-desk`` command: the desk by default, and the commands of each group.

``parser.py`` assembles the command line from the groups; each group's module adds its commands and
the function that runs each (``set_defaults(run=...)``). A new command goes into the module of its group.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from dispatch_desk.cli.common import PROG, SignInFailed, UsageError, settings_for
from dispatch_desk.cli.parser import build_parser
from dispatch_desk.config import SettingsError
from dispatch_desk.domain.errors import DomainError

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        settings = settings_for(args)
        return args.run(args, settings)
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except SignInFailed as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 3
    except (DomainError, SettingsError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except UnicodeDecodeError as exc:
        print(f"{PROG}: a file given is not UTF-8 text ({exc.reason} at byte {exc.start})", file=sys.stderr)
        return 1
    except OSError as exc:  # a file that cannot be read or written, a full disk
        where = f" {exc.filename}" if exc.filename else ""
        print(f"{PROG}: cannot use{where}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
