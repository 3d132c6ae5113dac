"""``POST /v2/requests.json``: a report from the app, from its first bytes to its incident number.

What is cheap to check comes before the body is read: the network address's rate, a key sent in the
header (the app's way), the declared size. A body without a key in the header is read only up to a small
size: a stranger cannot make the server read 60 MB to learn the key is wrong. A registered account of the
app (a token its registration service signed) has a budget of its own; everything else is anonymous and
shares the network's and the app key's. The report is acknowledged only once its incident is committed.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from dispatch_desk.domain import app_accounts
from dispatch_desk.domain.errors import DatabaseUnavailable, DomainError, NotFound, ValidationError
from dispatch_desk.intake import open311
from dispatch_desk.intake.body import MAX_JSON_BYTES, UNAUTHENTICATED_BYTES, read_capped, read_report_body
from dispatch_desk.intake.errors import Problem, errors_of
from dispatch_desk.intake.gate import Gate
from dispatch_desk.intake.limits import MB, BodyTooLarge
from dispatch_desk.intake.media_types import identify
from dispatch_desk.intake.schemas import POST_BODY, PostAnswer
from dispatch_desk.services.app_report_terms import AppReport
from dispatch_desk.services.app_reports import ApiKey

log = logging.getLogger(__name__)
router = APIRouter()

CONFLICT = (
    "this idempotency key (Idempotency-Key, or device_id with attribute[report_id]) was used before for a "
    "report that said something else; nothing was stored: send this report with a new key"
)


@dataclass
class Sender:
    """Who sends, as far as the headers tell: a registered account, a key, and the body's type."""

    account: str | None
    client: ApiKey | None
    content_type: str


@router.post(
    "/v2/requests.json",
    status_code=201,
    response_model=list[PostAnswer],
    summary="Report an incident (service request)",
    responses=errors_of(400, 401, 403, 404, 409, 413, 415, 429, 503),
    openapi_extra=POST_BODY,
)
async def post_request(request: Request) -> JSONResponse:
    gate = Gate.of(request)
    sender = _before_the_body(request, gate)
    fields, files = await _read_body(request, gate, sender)
    client = _sender_budget(gate, sender, fields)
    try:
        media = tuple(identify(data, declared, name) for name, declared, data in files)
    except ValidationError as exc:
        raise Problem(415, str(exc)) from None
    typed = sender.content_type == "application/json"
    report = open311_report(fields, media, request.headers.get("idempotency-key"), typed)
    receipt = await _commit(gate, client, report)
    notice = "received" if receipt.created else "received earlier (a retry of the same report)"
    answer = {
        "service_request_id": receipt.number,
        "service_notice": notice,
        "account_id": report.account_id,
        "report_secret": receipt.secret,
    }
    return JSONResponse(
        [answer], status_code=201, headers={"Location": f"/v2/requests/{receipt.number}.json"}
    )


def _before_the_body(request: Request, gate: Gate) -> Sender:
    header_token = request.headers.get("x-app-account")
    account = app_accounts.verify(gate.limits.account_secret, header_token)
    if header_token is not None and account is None:
        raise Problem(
            403, "X-App-Account is not a valid account token or has expired: sign in to the app again"
        )
    if account is None:
        gate.refuse_if_limited(
            gate.limiter.allow(
                ("post-network", gate.network(request)), gate.limits.reports_per_address_per_minute
            ),
            "too many reports from this network address",
        )
    header_key = request.headers.get("x-api-key")
    client = gate.authenticate(header_key, required=False) if header_key else None
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    return Sender(account, client, content_type)


async def _read_body(request: Request, gate: Gate, sender: Sender) -> tuple[dict[str, Any], list]:
    cap = gate.limits.max_report_bytes + MB if sender.client is not None else UNAUTHENTICATED_BYTES
    if sender.content_type == "application/json":
        cap = min(cap, MAX_JSON_BYTES)  # a JSON report carries no files: never read more
    try:
        await read_capped(request, cap)
        return await read_report_body(request, sender.content_type, gate.limits)
    except BodyTooLarge as exc:
        if sender.client is None:
            raise Problem(
                401, f"a report larger than {exc.limit // 1024} KB needs its api_key in the X-API-Key header"
            ) from None
        raise Problem(413, f"the request body is larger than {exc.limit // MB} MB") from None
    except ValidationError as exc:
        raise Problem(400, str(exc)) from None


def _sender_budget(gate: Gate, sender: Sender, fields: dict[str, Any]) -> ApiKey:
    """The key (from the body when the header had none) and the budget the report spends: the registered
    account's own, else the device's and the key's."""
    present = "api_key" in fields
    body_key = fields.pop("api_key", None)
    if present and not isinstance(body_key, str):
        raise Problem(400, "api_key must be text")
    client = sender.client or gate.authenticate(body_key, required=True)
    assert client is not None  # required: refused above otherwise
    token = fields.pop("account_token", None)
    if token is not None and not isinstance(token, str):
        raise Problem(400, "account_token must be text")
    account = sender.account
    if account is None and token is not None:
        account = app_accounts.verify(gate.limits.account_secret, token)
        if account is None:
            raise Problem(403, "account_token is not valid or has expired: sign in to the app again")
    per_device = gate.limits.reports_per_device_per_minute
    if account is not None:  # the registered account's own budget, not the anonymous one
        fields["account_id"] = account
        wait = gate.limiter.allow(("post-account", client.id, account), per_device)
        gate.refuse_if_limited(wait, "too many reports from this account")
        return client
    device = fields.get("account_id") or fields.get("device_id")
    if isinstance(device, str) and device.strip():  # one phone cannot use up the key's rate
        wait = gate.limiter.allow(("post-device", client.id, device.strip()[:120]), per_device)
        gate.refuse_if_limited(wait, "too many reports from this device")
    gate.rate_limit(client)
    return client


def open311_report(
    fields: dict[str, Any], media: tuple, idempotency_key: str | None, typed: bool
) -> AppReport:
    try:
        return open311.parse_report(fields, media, idempotency_key, typed=typed)
    except NotFound as exc:
        raise Problem(404, str(exc)) from None
    except ValidationError as exc:
        raise Problem(400, str(exc)) from None


async def _commit(gate: Gate, client: ApiKey, report: AppReport):
    """Locate the report and store its media (in a worker thread), then wait for its incident's commit."""
    try:
        pending = await run_in_threadpool(gate.service.prepare, client, report)
    except NotFound as exc:
        raise Problem(404, str(exc)) from None
    except ValidationError as exc:
        raise Problem(400, str(exc)) from None
    except OSError as exc:  # the media folder is full, read-only or gone
        log.error("cannot store a report's media: %s", exc)
        raise Problem(
            503, "the server cannot store the report's files now; retry later", {"Retry-After": "30"}
        ) from None
    try:
        receipt = await asyncio.wrap_future(gate.service.enqueue(pending))
    except DatabaseUnavailable:
        raise
    except DomainError as exc:
        raise Problem(400, str(exc)) from None
    if receipt.conflict:
        raise Problem(409, CONFLICT)
    return receipt
