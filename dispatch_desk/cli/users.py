"""``dispatch-desk users``: the people who sign in, their roles and passwords (administrators only),
and ``users password``: anybody's change of their own password."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from dispatch_desk.cli.common import (
    PASSWORD_ENV,
    PROG,
    Parser,
    UsageError,
    as_user,
    local_time,
    note,
    print_json,
    services_for,
    table,
)
from dispatch_desk.cli.words import account_state, confirmation_needed, roles, tr
from dispatch_desk.config import Settings
from dispatch_desk.domain.access import ROLE_NAMES, Role
from dispatch_desk.services.accounts import ConfirmationNeeded

NEW_PASSWORD_ENV = "DISPATCH_DESK_NEW_PASSWORD"
ROLES_HELP = "roles: " + ", ".join(f"{r.value} ({ROLE_NAMES[r]})" for r in Role)


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    users = commands.add_parser(
        parents=[common], name="users", help="accounts: who signs in, with which roles"
    )
    actions = users.add_subparsers(dest="users_command", metavar="ACTION", required=True, parser_class=Parser)
    add = actions.add_parser(
        parents=[common], name="add", help="a new account with a one-time password", epilog=ROLES_HELP
    )
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--name", required=True, help="the person's full name")
    add.add_argument(
        "--role", action="append", required=True, metavar="ROLE", help="a role (repeat for more)"
    )
    add.add_argument("--personal-number", default="", metavar="NUMBER", help="the officer's personal number")
    add.add_argument("--precinct", metavar="CODE", help="home precinct (a precinct inspector needs one)")
    add.set_defaults(run=run_add)
    listing = actions.add_parser(parents=[common], name="list", help="list the accounts (never a password)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=run_list)
    for name, what in (
        ("disable", "disable an account (it can no longer sign in)"),
        ("enable", "enable a disabled or locked account"),
    ):
        action = actions.add_parser(parents=[common], name=name, help=what)
        action.add_argument("login", metavar="LOGIN")
        action.set_defaults(run=run_state)
    reset = actions.add_parser(
        parents=[common],
        name="reset-password",
        help="a one-time password for a person, to be changed at their next sign-in",
    )
    reset.add_argument("login", metavar="LOGIN")
    reset.set_defaults(run=run_reset)
    roles = actions.add_parser(
        parents=[common], name="roles", help="replace an account's roles", epilog=ROLES_HELP
    )
    roles.add_argument("login", metavar="LOGIN")
    roles.add_argument("roles", nargs="+", metavar="ROLE")
    roles.add_argument("--precinct", metavar="CODE", help="home precinct (for a precinct inspector)")
    roles.set_defaults(run=run_roles)
    requests = actions.add_parser(
        parents=[common], name="requests", help="roles that read confidential data, waiting for confirmation"
    )
    requests.add_argument("--json", action="store_true", help="print JSON")
    requests.set_defaults(run=run_requests)
    for name, what in (
        ("confirm", "give the roles another administrator asked for (a new account: its one-time password)"),
        ("refuse", "refuse the roles another administrator asked for"),
    ):
        decide = actions.add_parser(parents=[common], name=name, help=what)
        decide.add_argument("login", metavar="LOGIN")
        decide.set_defaults(run=run_decide)
    password = actions.add_parser(
        parents=[common],
        name="password",
        help=f"change your own password (--user; the new one from {NEW_PASSWORD_ENV} or the terminal)",
    )
    password.set_defaults(run=run_password)


def _asked(request: ConfirmationNeeded) -> int:
    """Roles asked for, not given: say who must act; not an error."""
    note(confirmation_needed(request))
    return 0


def run_add(args: argparse.Namespace, settings: Settings) -> int:
    services, by = as_user(settings)
    try:
        account, one_time = services.accounts.add(
            by,
            args.login,
            args.name,
            args.role,
            personal_number=args.personal_number,
            home_precinct=args.precinct,
        )
    except ConfirmationNeeded as asked:
        return _asked(asked)
    print(one_time)
    _created(account)
    return 0


def _created(account) -> None:
    note(
        tr(
            "account {login} created ({roles}); tell the person this one-time password, which is shown "
            "only now",
            login=repr(account.login),
            roles=roles(account.roles),
        )
    )


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    services, by = as_user(settings)
    accounts = services.accounts.accounts(by)
    if args.json:
        print_json([a.summary() for a in accounts])
        return 0
    rows = [
        [
            a.login,
            a.full_name,
            a.personal_number or "-",
            ",".join(r.value for r in a.roles),
            a.home_precinct or "-",
            account_state(a.state) + (tr(" (new password due)") if a.must_change_password else ""),
            local_time(a.last_sign_in_at, settings),
        ]
        for a in accounts
    ]
    print(
        table(
            rows,
            [
                tr("LOGIN"),
                tr("NAME"),
                tr("NUMBER"),
                tr("ROLES"),
                tr("PRECINCT"),
                tr("STATE"),
                tr("LAST SIGN-IN"),
            ],
        )
    )
    waiting = services.accounts.role_requests(by)
    if waiting:
        print(
            "\n"
            + tr("waiting for a second administrator ({program} users confirm|refuse LOGIN):", program=PROG)
        )
        print(_requests_table(waiting, settings))
    return 0


def _requests_table(waiting, settings: Settings) -> str:
    rows = [
        [
            r.login,
            ",".join(x.value for x in r.roles),
            tr("new account") if r.new_account else tr("roles"),
            r.requested_by,
            local_time(r.requested_at, settings),
        ]
        for r in waiting
    ]
    return table(rows, [tr("LOGIN"), tr("ROLES"), tr("WHAT"), tr("ASKED BY"), tr("ASKED AT")])


def run_requests(args: argparse.Namespace, settings: Settings) -> int:
    services, by = as_user(settings)
    waiting = services.accounts.role_requests(by)
    if args.json:
        print_json(
            [
                {
                    "login": r.login,
                    "roles": [x.value for x in r.roles],
                    "new_account": r.new_account,
                    "requested_by": r.requested_by,
                    "requested_at": r.requested_at.isoformat() if r.requested_at else None,
                }
                for r in waiting
            ]
        )
        return 0
    print(_requests_table(waiting, settings) if waiting else tr("no roles wait for confirmation"))
    return 0


def run_decide(args: argparse.Namespace, settings: Settings) -> int:
    services, by = as_user(settings)
    if args.users_command == "refuse":
        services.accounts.refuse_roles(by, args.login)
        note(tr("the roles asked for {login} are refused", login=repr(args.login)))
        return 0
    account, one_time = services.accounts.confirm_roles(by, args.login)
    if one_time:
        print(one_time)
        _created(account)
    else:
        note(tr("{login} is now {roles}", login=repr(account.login), roles=roles(account.roles)))
    return 0


def run_state(args: argparse.Namespace, settings: Settings) -> int:
    services, by = as_user(settings)
    change = services.accounts.disable if args.users_command == "disable" else services.accounts.enable
    account = change(by, args.login)
    note(tr("account {login} is {state}", login=repr(account.login), state=account_state(account.state)))
    return 0


def run_reset(args: argparse.Namespace, settings: Settings) -> int:
    services, by = as_user(settings)
    password = services.accounts.reset_password(by, args.login)
    print(password)
    note(
        tr(
            "one-time password for {login}, shown only now; it must be changed at the next sign-in",
            login=repr(args.login),
        )
    )
    return 0


def run_roles(args: argparse.Namespace, settings: Settings) -> int:
    services, by = as_user(settings)
    try:
        account = services.accounts.set_roles(by, args.login, args.roles, home_precinct=args.precinct)
    except ConfirmationNeeded as asked:
        return _asked(asked)
    note(tr("{login} is now {roles}", login=repr(account.login), roles=roles(account.roles)))
    return 0


def run_password(args: argparse.Namespace, settings: Settings) -> int:
    login = settings.user.strip()
    if not login:
        raise UsageError(tr("give --user LOGIN: whose password to change"))
    old = os.environ.get(PASSWORD_ENV)
    new = os.environ.get(NEW_PASSWORD_ENV)
    if old is None or new is None:
        if not sys.stdin.isatty():
            raise UsageError(
                tr(
                    "no password: set {old} and {new}, or run in a terminal",
                    old=PASSWORD_ENV,
                    new=NEW_PASSWORD_ENV,
                )
            )
        old = old if old is not None else getpass.getpass(tr("current password for {login}: ", login=login))
        new = getpass.getpass(tr("new password: "))
        if getpass.getpass(tr("the new password again: ")) != new:
            raise UsageError(tr("the two new passwords differ; nothing was changed"))
    services_for(settings).accounts.change_password(login, old, new)
    note(tr("the password of {login} is changed", login=repr(login)))
    return 0
