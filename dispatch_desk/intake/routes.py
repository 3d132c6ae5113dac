"""The GeoReport v2 routes: services, one service's definition, posting a report, reading replies.

Each route checks the client key and the rate, reads the request (``body.py``), hands a typed report to
the use cases (``services/app_reports.py``) and shapes the answer (``open311.py``).
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from dispatch_desk.domain.enums import IncidentStatus
from dispatch_desk.domain.errors import DatabaseUnavailable, DomainError, NotFound, ValidationError
from dispatch_desk.intake import open311
from dispatch_desk.intake.body import language as _language
from dispatch_desk.intake.body import read_report_body
from dispatch_desk.intake.errors import Problem, errors_of
from dispatch_desk.intake.limits import MB, BodyTooLarge, IntakeLimits, RateLimiter
from dispatch_desk.intake.media_types import identify
from dispatch_desk.intake.schemas import (
    POST_BODY,
    PostAnswer,
    ServiceDefinitionOut,
    ServiceOut,
    ServiceRequestOut,
)
from dispatch_desk.services.app_reports import MAX_REQUEST_RANGE, IntakeService, ReportFilter


def add_routes(app: FastAPI, service: IntakeService, limits: IntakeLimits, zone: ZoneInfo) -> None:
    limiter = RateLimiter()

    def authenticate(key: str | None, *, required: bool):
        if not key:
            if required:
                raise Problem(401, "an api_key is required to post a service request")
            return None
        client = service.authenticate(key.strip())
        if client is None:
            raise Problem(403, "the api_key is not valid or has been revoked")
        return client

    def rate_limit(client) -> None:
        wait = limiter.allow(client.id, client.rate_per_minute)
        if wait > 0:
            raise Problem(
                429, "too many requests for this api_key", {"Retry-After": str(max(1, round(wait)))}
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
        responses=errors_of(400, 401, 403, 404, 413, 415, 429, 503),
        openapi_extra=POST_BODY,
    )
    async def post_request(request: Request) -> JSONResponse:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            fields, files = await read_report_body(request, content_type, limits)
        except BodyTooLarge as exc:
            raise Problem(413, f"the request body is larger than {exc.limit // MB} MB") from None
        except ValidationError as exc:
            raise Problem(400, str(exc)) from None
        present = "api_key" in fields
        body_key = fields.pop("api_key", None)
        if present and not isinstance(body_key, str):
            raise Problem(400, "api_key must be text")
        key = request.headers.get("x-api-key") or body_key
        client = authenticate(key, required=True)
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
        try:
            receipt = await asyncio.wrap_future(service.enqueue(pending))
        except DatabaseUnavailable:
            raise
        except DomainError as exc:
            raise Problem(400, str(exc)) from None
        notice = "received" if receipt.created else "received earlier (a retry of the same report)"
        return JSONResponse(
            [
                {
                    "service_request_id": receipt.number,
                    "service_notice": notice,
                    "account_id": report.account_id,
                }
            ],
            status_code=201,
            headers={"Location": f"/v2/requests/{receipt.number}.json"},
        )

    def _context(request: Request, api_key: str | None) -> dict[str, Any]:
        full = authenticate(api_key, required=False) is not None
        categories = service.categories_by_code()
        return {
            "full": full, "lang": _language(request), "zone": zone, "categories": categories,
            "precincts": service.precincts(),
        }  # fmt: skip

    @app.get(
        "/v2/requests/{service_request_id}.json",
        response_model=list[ServiceRequestOut],
        summary="One service request: its status and the measures taken",
        responses=errors_of(400, 403, 404),
    )
    def get_request(
        request: Request,
        service_request_id: str,
        jurisdiction_id: str | None = None,
        api_key: str | None = None,
    ) -> JSONResponse:
        context = _context(request, api_key)
        try:
            if not open311.REQUEST_ID.match(service_request_id):
                raise NotFound(service_request_id)
            view = service.report(service_request_id)
        except NotFound:
            raise Problem(404, f"there is no service request {service_request_id[:40]!r}") from None
        return JSONResponse([open311.service_request(view, **context)])

    @app.get(
        "/v2/requests.json",
        response_model=list[ServiceRequestOut],
        summary="Service requests, newest first (filters as in GeoReport v2)",
        responses=errors_of(400, 403),
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
        context = _context(request, api_key)
        try:
            numbers = open311.split_list(service_request_id, "service_request_id", open311.REQUEST_ID)
            codes = open311.split_list(service_code, "service_code", open311.SERVICE_CODE)
            wanted = [part for part in (status or "").split(",") if part]
            start = open311.parse_date(start_date, "start_date", zone)
            end = open311.parse_date(end_date, "end_date", zone)
        except ValidationError as exc:
            raise Problem(400, str(exc)) from None
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
        views = service.reports(ReportFilter(numbers, codes, tuple(statuses), start, end, limits.max_list))
        return JSONResponse([open311.service_request(v, **context) for v in views])
