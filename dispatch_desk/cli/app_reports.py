"""``dispatch-desk intake``, ``apikeys`` and ``simulate``: the "102" app's side of the desk."""

from __future__ import annotations

import argparse
import json
import sys

from dispatch_desk.cli.common import (
    Parser,
    UsageError,
    as_user,
    date_type,
    local_time,
    note,
    port_type,
    positive,
    rate_type,
    services_for,
    speed_type,
    table,
)
from dispatch_desk.cli.words import tr
from dispatch_desk.config import Settings
from dispatch_desk.domain.errors import DomainError


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    intake = commands.add_parser(
        parents=[common], name="intake", help='run the intake server for the "102" app (Open311 GeoReport v2)'
    )
    intake.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    intake.add_argument("--port", type=port_type, default=8102, help="port to listen on (default 8102)")
    intake.set_defaults(run=run_intake)

    apikeys = commands.add_parser(parents=[common], name="apikeys", help="API keys of client applications")
    apikeys.set_defaults(run=run_apikeys)
    actions = apikeys.add_subparsers(
        dest="apikeys_command", metavar="ACTION", required=True, parser_class=Parser
    )
    create = actions.add_parser(
        parents=[common], name="create", help="create a key for a client application; it is printed once"
    )
    create.add_argument("name", metavar="NAME", help='the client, e.g. "102-app"')
    create.add_argument(
        "--rate", type=rate_type, default=6000, help="requests a minute this client may make (default 6000)"
    )
    create.add_argument(
        "--confidential",
        action="store_true",
        help="a server integration of another agency (never an app): it reads back its own reports in full",
    )
    actions.add_parser(parents=[common], name="list", help="list the keys (never their secret)")
    revoke = actions.add_parser(parents=[common], name="revoke", help="revoke a key at once")
    revoke.add_argument("name", metavar="NAME")

    token = commands.add_parser(
        parents=[common],
        name="account-token",
        help="a registered app account's token, signed with intake_account_secret (what the app's registration "
        "service gives a signed-in app; for testing an intake and for the reference client)",
    )
    token.add_argument("account", metavar="ACCOUNT", help="the account's id in the registration service")
    token.add_argument("--days", type=positive, default=30, help="how long it is valid (default 30 days)")
    token.set_defaults(run=run_account_token)

    simulate = commands.add_parser(
        parents=[common], name="simulate", help="send realistic app reports to an intake server"
    )
    simulate.add_argument("--url", required=True, help="the intake server, e.g. http://127.0.0.1:8102")
    simulate.add_argument("--api-key", required=True, help="a key from 'dispatch-desk apikeys create'")
    amount = simulate.add_mutually_exclusive_group()
    amount.add_argument("--count", type=positive, help="send this many reports (default 20)")
    amount.add_argument("--day", type=date_type, help="send one day's reports, e.g. 2026-11-21 (a Saturday)")
    simulate.add_argument(
        "--speed",
        type=speed_type,
        default=60.0,
        help="how many times faster than real time (default 60; 0 = as fast as possible)",
    )
    simulate.add_argument("--seed", type=int, default=None, help="random seed, for a repeatable run")
    simulate.add_argument(
        "--concurrency", type=positive, default=4, help="reports in flight at once (default 4)"
    )
    simulate.add_argument(
        "--media",
        type=float,
        default=None,
        metavar="SHARE",
        help="share of reports with a photo or voice message (default 0.25)",
    )
    simulate.set_defaults(run=run_simulate)


def run_account_token(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.domain import app_accounts
    from dispatch_desk.intake.limits import account_secret

    secret = account_secret(settings.intake_account_secret)
    if not secret:
        raise UsageError(
            tr("set intake_account_secret (the secret shared with the registration service) first")
        )
    try:
        print(app_accounts.issue(secret, args.account, valid_s=args.days * 24 * 3600))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return 0


def run_intake(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.intake.limits import IntakeLimits
    from dispatch_desk.intake.server import serve

    limits = IntakeLimits.from_settings(settings)  # a wrong limit is said before anything starts
    services = services_for(settings, keep_connections=5)  # its requests come together
    services.media.check_writable()  # never acknowledge a report whose files cannot be kept
    services.geo.gazetteer  # noqa: B018 - read the address data now, not while the first reports wait
    for warning in services.durability_warnings():
        note(tr("warning: {warning}", warning=warning))
    note(
        tr(
            "intake server on {url} (OpenAPI: /openapi.json), database {database}, media in {folder}",
            url=f"http://{args.host}:{args.port}/v2/",
            database=services.db.describe(),
            folder=services.media.root,
        )
    )
    sys.stderr.flush()
    serve(services.app_reports, args.host, args.port, limits, settings.timezone, settings.ice_servers())
    return 0


def run_apikeys(args: argparse.Namespace, settings: Settings) -> int:
    services, by = as_user(settings)
    service = services.app_reports
    if args.apikeys_command == "create":
        stored, key = service.create_api_key(args.name, args.rate, by=by, confidential=args.confidential)
        kind = tr("a confidential key, ") if stored.confidential else ""
        print(key)
        note(
            tr(
                "key {name} created ({kind}{rate} requests a minute); it is shown only now, store it in the "
                "client's configuration",
                name=repr(stored.name),
                kind=kind,
                rate=stored.rate_per_minute,
            )
        )
    elif args.apikeys_command == "revoke":
        revoked = service.revoke_api_key(args.name, by=by)
        note(tr("key {name} is revoked", name=repr(revoked.name)))
    else:
        rows = [_key_row(k, settings) for k in service.api_keys(by=by)]
        print(table(rows, [tr("NAME"), tr("KEY"), tr("KIND"), tr("PER MINUTE"), tr("CREATED"), tr("STATE")]))
    return 0


def _key_row(key, settings: Settings) -> list[str]:
    state = (
        tr("revoked {time}", time=local_time(key.revoked_at, settings)) if key.revoked_at else tr("active")
    )
    kind = tr("confidential") if key.confidential else tr("app")
    return [
        key.name,
        f"ddk_{key.prefix}…",
        kind,
        str(key.rate_per_minute),
        local_time(key.created_at, settings),
        state,
    ]


def run_simulate(args: argparse.Namespace, settings: Settings) -> int:
    from dispatch_desk.demo.simulator import SimulationError, Simulator

    try:
        simulator = Simulator(
            args.url,
            args.api_key,
            seed=args.seed,
            concurrency=args.concurrency,
            media_share=0.25 if args.media is None else args.media,
        )
        plan = (
            simulator.plan_day(args.day) if args.day is not None else simulator.plan_count(args.count or 20)
        )
        result = simulator.run(plan, args.speed, progress=_to_stderr)
    except SimulationError as exc:
        raise DomainError(str(exc)) from None
    print(json.dumps(result.as_dict(), ensure_ascii=False))
    return 0 if result.failed == 0 else 1


def _to_stderr(line: str) -> None:
    sys.stderr.write(line + "\n")
