"""The GeoReport v2 routes: services, one service's definition, posting a report, reading replies.

Each route checks the client key and the rate, reads the request (``body.py``), hands a typed report to
the use cases (``services/app_reports.py``) and shapes the answer (``open311.py``).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from dispatch_desk.domain import app_accounts
from dispatch_desk.domain.enums import IncidentStatus
from dispatch_desk.domain.errors import DatabaseUnavailable, DomainError, NotFound, ValidationError
from dispatch_desk.intake import open311
from dispatch_desk.intake.body import MAX_JSON_BYTES, UNAUTHENTICATED_BYTES, read_capped, read_report_body
from dispatch_desk.intake.body import language as _language
from dispatch_desk.intake.doors import network_of
from dispatch_desk.intake.errors import Problem, errors_of
from dispatch_desk.intake.limits import MB, BodyTooLarge, IntakeLimits, RateLimiter, client_address
from dispatch_desk.intake.media_types import identify
from dispatch_desk.intake.schemas import (
    POST_BODY,
    PostAnswer,
    ServiceDefinitionOut,
    ServiceOut,
    ServiceRequestOut,
)
from dispatch_desk.services.app_reports import MAX_REQUEST_RANGE, IntakeService, ReportFilter

log = logging.getLogger(__name__)


def add_routes(app: FastAPI, service: IntakeService, limits: IntakeLimits, zone: ZoneInfo) -> None:
    limiter = RateLimiter()
    lookups = RateLimiter()

    def authenticate(key: str | None, *, required: bool):
        if not key:
            if required:
                raise Problem(401, "an api_key is required to post a service request")
            return None
        client = service.authenticate(key.strip())
        if client is None:
            raise Problem(403, "the api_key is not valid or has been revoked")
        return client

    def refuse_if_limited(wait: float, what: str) -> None:
        if wait > 0:
            raise Problem(429, what, {"Retry-After": str(max(1, round(wait)))})

    def rate_limit(client) -> None:
        wait = limiter.allow(client.id, client.rate_per_minute)
        if wait > 0:
            raise Problem(
                429, "too many requests for this api_key", {"Retry-After": str(max(1, round(wait)))}
            )

    def network(request: Request) -> str:
        """The client's network (IPv4 address, IPv6 /64), behind a trusted proxy the one it names."""
        peer = request.client.host if request.client is not None else None
        return network_of(
            client_address(peer, request.headers.get("x-forwarded-for"), limits.trusted_proxies)
        )

    def limit_lookups(request: Request, client, cost: int = 1) -> None:
        """Reading service requests, from one network (and one key): walking the register of numbers
        from outside is slow, whatever key is used. ``cost``: the numbers asked for at once. Lookups have
        budgets of their own: they never spend what reporting has."""
        wait = lookups.allow(("network", network(request)), limits.lookups_per_minute, cost)
        if wait <= 0 and client is not None:
            wait = lookups.allow(("key", client.id), client.rate_per_minute)
        if wait > 0:
            raise Problem(
                429, "too many lookups of service requests", {"Retry-After": str(max(1, round(wait)))}
            )

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get(
        "/v2/services.json",
        response_model=list[ServiceOut],
        summary="The services (kinds of report) this server accepts",
        responses=errors_of(400),
    )
    def services(request: Request, jurisdiction_id: str | None = None) -> JSONResponse:
        lang = _language(request)
        return JSONResponse([open311.service(c, lang) for c in service.services()])

    @app.get(
        "/v2/services/{service_code}.json",
        response_model=ServiceDefinitionOut,
        summary="The attributes a service's reports may carry",
        responses=errors_of(400, 404),
    )
    def service_definition(service_code: str, jurisdiction_id: str | None = None) -> JSONResponse:
        category = service.category(service_code) if open311.SERVICE_CODE.match(service_code) else None
        if category is None:
            raise Problem(404, f"there is no service {service_code[:60]!r}")
        return JSONResponse(open311.service_definition(category))

    @app.post(
        "/v2/requests.json",
        status_code=201,
        response_model=list[PostAnswer],
        summary="Report an incident (service request)",
        responses=errors_of(400, 401, 403, 404, 409, 413, 415, 429, 503),
        openapi_extra=POST_BODY,
    )
    async def post_request(request: Request) -> JSONResponse:
        # What is cheap to check comes before the body is read: the network address's rate, a key sent
        # in the header (the app's way), the declared size. A body without a key in the header is read
        # only up to a small size: a stranger cannot make the server read 60 MB to learn the key is wrong.
        # A registered account of the app (a token its registration service signed) has a budget of its
        # own; everything else is anonymous and shares the network's and the app key's.
        header_token = request.headers.get("x-app-account")
        account = app_accounts.verify(limits.account_secret, header_token)
        if header_token is not None and account is None:
            raise Problem(
                403, "X-App-Account is not a valid account token or has expired: sign in to the app again"
            )
        if account is None:
            refuse_if_limited(
                limiter.allow(("post-network", network(request)), limits.reports_per_address_per_minute),
                "too many reports from this network address",
            )
        header_key = request.headers.get("x-api-key")
        client = authenticate(header_key, required=False) if header_key else None
        cap = limits.max_report_bytes + MB if client is not None else UNAUTHENTICATED_BYTES
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "application/json":
            cap = min(cap, MAX_JSON_BYTES)  # a JSON report carries no files: never read more
        try:
            await read_capped(request, cap)
            fields, files = await read_report_body(request, content_type, limits)
        except BodyTooLarge as exc:
            if client is None:
                raise Problem(401, f"a report larger than {exc.limit // 1024} KB needs its api_key in the "
                                   "X-API-Key header") from None  # fmt: skip
            raise Problem(413, f"the request body is larger than {exc.limit // MB} MB") from None
        except ValidationError as exc:
            raise Problem(400, str(exc)) from None
        present = "api_key" in fields
        body_key = fields.pop("api_key", None)
        if present and not isinstance(body_key, str):
            raise Problem(400, "api_key must be text")
        if client is None:
            client = authenticate(body_key, required=True)
        token = fields.pop("account_token", None)
        if token is not None and not isinstance(token, str):
            raise Problem(400, "account_token must be text")
        if account is None and token is not None:
            account = app_accounts.verify(limits.account_secret, token)
            if account is None:
                raise Problem(403, "account_token is not valid or has expired: sign in to the app again")
        if account is not None:  # the registered account's own budget, not the anonymous one
            fields["account_id"] = account
            refuse_if_limited(
                limiter.allow(("post-account", client.id, account), limits.reports_per_device_per_minute),
                "too many reports from this account",
            )
        else:
            sender = fields.get("account_id") or fields.get("device_id")
            if isinstance(sender, str) and sender.strip():  # one phone cannot use up the key's rate
                refuse_if_limited(
                    limiter.allow(
                        ("post-device", client.id, sender.strip()[:120]), limits.reports_per_device_per_minute
                    ),
                    "too many reports from this device",
                )
            rate_limit(client)
        try:
            media = tuple(identify(data, declared, name) for name, declared, data in files)
        except ValidationError as exc:
            raise Problem(415, str(exc)) from None
        try:
            report = open311.parse_report(
                fields,
                media,
                request.headers.get("idempotency-key"),
                typed=content_type == "application/json",
            )
            pending = await run_in_threadpool(service.prepare, client, report)
        except NotFound as exc:
            raise Problem(404, str(exc)) from None
        except ValidationError as exc:
            raise Problem(400, str(exc)) from None
        except OSError as exc:  # the media folder is full, read-only or gone
            log.error("cannot store a report's media: %s", exc)
            raise Problem(503, "the server cannot store the report's files now; retry later",
                          {"Retry-After": "30"}) from None  # fmt: skip
        try:
            receipt = await asyncio.wrap_future(service.enqueue(pending))
        except DatabaseUnavailable:
            raise
        except DomainError as exc:
            raise Problem(400, str(exc)) from None
        if receipt.conflict:
            raise Problem(
                409,
                "this idempotency key (Idempotency-Key, or device_id with attribute[report_id]) was used "
                "before for a report that said something else; nothing was stored: send this report "
                "with a new key",
            )
        notice = "received" if receipt.created else "received earlier (a retry of the same report)"
        return JSONResponse(
            [
                {
                    "service_request_id": receipt.number,
                    "service_notice": notice,
                    "account_id": report.account_id,
                    "report_secret": receipt.secret,
                }
            ],
            status_code=201,
            headers={"Location": f"/v2/requests/{receipt.number}.json"},
        )

    def _context(request: Request) -> dict[str, Any]:
        return {
            "lang": _language(request), "zone": zone, "categories": service.categories_by_code(),
            "precincts": service.precincts(),
        }  # fmt: skip

    def _client(request: Request, api_key: str | None, cost: int = 1):
        client = authenticate(api_key or request.headers.get("x-api-key"), required=False)
        limit_lookups(request, client, cost)
        return client

    @app.get(
        "/v2/requests/{service_request_id}.json",
        response_model=list[ServiceRequestOut],
        summary="One service request: its status, and to its author the measures taken",
        description=(
            "Without the report's secret the answer holds the number and open or closed, nothing more; "
            "a phone call, a confidential report and a number never given are all 404 alike. The "
            "report's author sends the report_secret the POST answered with (the X-Report-Secret "
            "header, or the report_secret parameter) and reads the whole report with its status notes. "
            "A confidential api_key reads the reports it posted itself. Lookups are rate limited."
        ),
        responses=errors_of(400, 403, 404, 429),
    )
    def get_request(
        request: Request,
        service_request_id: str,
        jurisdiction_id: str | None = None,
        api_key: str | None = None,
        report_secret: str | None = Query(None, description="the report's secret (or X-Report-Secret)"),
    ) -> JSONResponse:
        client = _client(request, api_key)
        secret = request.headers.get("x-report-secret") or report_secret
        try:
            if not open311.REQUEST_ID.match(service_request_id) or (secret and len(secret) > 200):
                raise NotFound(service_request_id)
            view, reader = service.report(service_request_id, client=client, secret=secret)
        except NotFound:
            raise Problem(404, f"there is no service request {service_request_id[:40]!r}") from None
        return JSONResponse([open311.service_request(view, reader=reader, **_context(request))])

    @app.get(
        "/v2/requests.json",
        response_model=list[ServiceRequestOut],
        summary="Service requests, newest first (filters as in GeoReport v2)",
        description=(
            "Numbers and open or closed only: nothing that names a person, a place or a category, and no "
            "confidential report. A confidential api_key lists the reports it posted itself, in full."
        ),
        responses=errors_of(400, 403, 429),
    )
    def get_requests(
        request: Request,
        service_request_id: str | None = Query(
            None, description="comma-separated; overrides the other filters"
        ),
        service_code: str | None = Query(None, description="comma-separated service codes"),
        start_date: str | None = Query(None, json_schema_extra={"format": "date-time"}),
        end_date: str | None = Query(None, json_schema_extra={"format": "date-time"}),
        status: str | None = Query(None, pattern="^(open|closed)(,(open|closed))*$"),
        jurisdiction_id: str | None = None,
        api_key: str | None = None,
    ) -> JSONResponse:
        try:
            numbers = open311.split_list(service_request_id, "service_request_id", open311.REQUEST_ID)
            codes = open311.split_list(service_code, "service_code", open311.SERVICE_CODE)
            wanted = [part for part in (status or "").split(",") if part]
            start = open311.parse_date(start_date, "start_date", zone)
            end = open311.parse_date(end_date, "end_date", zone)
        except ValidationError as exc:
            raise Problem(400, str(exc)) from None
        client = _client(request, api_key, cost=max(1, len(numbers)))
        if codes and not (client is not None and client.confidential):
            raise Problem(
                403,
                "service requests are listed by service_code only to the confidential key that posted them",
            )
        statuses = []
        for item in wanted:
            if item not in ("open", "closed"):
                raise Problem(400, f"status must be open or closed, not {item[:20]!r}")
            statuses.extend(s for s in IncidentStatus if s.is_open == (item == "open"))
        if not numbers:
            if start is None and end is None:
                end = service.desk.clock()
                start = end - MAX_REQUEST_RANGE
            elif start is None:
                start = end - MAX_REQUEST_RANGE
            elif end is None:
                end = start + MAX_REQUEST_RANGE
            if end < start:
                raise Problem(400, "end_date lies before start_date")
            if end - start > MAX_REQUEST_RANGE + timedelta(seconds=1):
                raise Problem(400, "start_date and end_date may span at most 90 days")
        wanted = ReportFilter(numbers, codes, tuple(statuses), start, end, limits.max_list)
        views, reader = service.reports(wanted, client=client)
        context = _context(request)
        return JSONResponse([open311.service_request(v, reader=reader, **context) for v in views])
