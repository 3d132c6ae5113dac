"""The ``dispatch-desk`` command: the desk by default, and the commands of each group.

``parser.py`` assembles the command line from the groups; each group's module adds its commands and
the function that runs each (``set_defaults(run=...)``). A new command goes into the module of its group.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from dispatch_desk.cli import words
from dispatch_desk.cli.common import PROG, SignInFailed, UsageError, settings_for
from dispatch_desk.cli.parser import build_parser
from dispatch_desk.cli.words import tr
from dispatch_desk.config import SettingsError
from dispatch_desk.domain.access import Forbidden
from dispatch_desk.domain.errors import DomainError

__all__ = ["build_parser", "main"]


def _asked_language(argv: Sequence[str]) -> str | None:
    """``--lang`` as typed, read before the parser so that its own complaints speak that language."""
    for n, value in enumerate(argv):
        if value.startswith("--lang="):
            return value.partition("=")[2]
        if value == "--lang" and n + 1 < len(argv):
            return argv[n + 1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    words.use(_asked_language(argv))
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        settings = settings_for(args)
        words.use(settings.language)
        return args.run(args, settings)
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except SignInFailed as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 3
    except Forbidden as exc:
        print(f"{PROG}: {words.forbidden(exc)}", file=sys.stderr)
        return 1
    except (DomainError, SettingsError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except UnicodeDecodeError as exc:
        text = tr(
            "a file given is not UTF-8 text ({reason} at byte {byte})", reason=exc.reason, byte=exc.start
        )
        print(f"{PROG}: {text}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (`dispatch-desk units list | head -1`): nothing to say
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's own flush at exit must not complain either
        return 141  # as a command stopped by SIGPIPE
    except OSError as exc:  # a file that cannot be read or written, a full disk
        what = tr("cannot use {file}", file=exc.filename) if exc.filename else tr("cannot use a file")
        print(f"{PROG}: {what}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
