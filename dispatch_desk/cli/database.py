"""``dispatch-desk db``: create or upgrade the database, build the demo city."""

from __future__ import annotations

import argparse

from dispatch_desk.cli.common import Parser, UsageError, note, services_for
from dispatch_desk.cli.words import tr
from dispatch_desk.config import Settings


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    db = commands.add_parser(parents=[common], name="db", help="create or upgrade the database")
    db.set_defaults(run=run)
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True, parser_class=Parser)
    init = actions.add_parser(
        parents=[common], name="init", help="create the schema and the default categories"
    )
    init.add_argument(
        "--demo", action="store_true", help="also build the Pavlodar demo city (empty database only)"
    )
    init.add_argument(
        "--evening",
        action="store_true",
        help="with --demo: the last five hours as busy as a Saturday evening, a P1 just in and waiting",
    )
    actions.add_parser(parents=[common], name="upgrade", help="apply the migrations the database lacks")
    role = actions.add_parser(
        parents=[common],
        name="service-role",
        help="PostgreSQL, as the database owner: a new password for the workstations', the intake "
        "server's or the units' server's role; prints the database URL to configure with it",
    )
    role.add_argument(
        "role",
        choices=("gate", "intake", "avl"),
        help="gate: what workstations connect as before anyone signs in; intake: the app's intake server; "
        "avl: the units' server (the trackers)",
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.demo.city import DEMO_ACCOUNTS, DEMO_PASSWORD, build_demo

    if getattr(args, "evening", False) and not args.demo:
        raise UsageError(tr("--evening goes with --demo (the demo city's Saturday evening)"))
    demo = args.db_command == "init" and args.demo
    services = services_for(settings, first_administrator=not demo)  # the demo has its own accounts
    if args.db_command == "service-role":
        print(services.accounts.service_role_url(args.role))
        note(tr("the {role} role has a new password; the URL above is shown only now", role=args.role))
        return 0
    if args.db_command == "upgrade":
        print(
            tr(
                "database {database} is at revision {revision}",
                database=services.db.describe(),
                revision=services.schema_revision(),
            )
        )
        return 0
    if args.demo:
        summary = build_demo(services.db, evening=args.evening)
        print(
            tr(
                "demo city built: {precincts} precincts, {streets} streets, {units} units, {incidents} "
                "incidents ({open} open); accounts {accounts}, each with the password '{password}'",
                precincts=summary.precincts,
                streets=summary.streets,
                units=summary.units,
                incidents=summary.incidents,
                open=summary.open_incidents,
                accounts=", ".join(login for login, *_ in DEMO_ACCOUNTS),
                password=DEMO_PASSWORD,
            )
        )
    print(tr("database ready: {database}", database=services.db.describe()))
    return 0
