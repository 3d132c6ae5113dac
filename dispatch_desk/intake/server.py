"""The intake server: Open311 GeoReport v2 over HTTP for the "102" app, on FastAPI and uvicorn.

Every answer that is not a success is a GeoReport error list, ``[{"code": 400, "description": "..."}]``,
with a 4xx status that names the problem; a 5xx means the server itself failed (a database that is away
answers 503, so the app retries later with the same idempotency key).
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field
from sqlalchemy.exc import DBAPIError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from dispatch_desk.domain.enums import IncidentStatus
from dispatch_desk.domain.errors import DomainError, NotFound, ValidationError
from dispatch_desk.intake import open311
from dispatch_desk.intake.limits import BodyLimit, BodyTooLarge, RateLimiter
from dispatch_desk.intake.media import identify
from dispatch_desk.intake.xml_format import XmlFormat
from dispatch_desk.services.intake import MAX_REQUEST_RANGE, IntakeService, MediaFile
from dispatch_desk.store.intake import ReportFilter
from dispatch_desk.store.uow import DatabaseUnavailable

log = logging.getLogger(__name__)
MB = 1024 * 1024
LANGUAGES = ("kk", "ru", "en")
MEDIA_FIELDS = {"media", "media[]"}


@dataclass(frozen=True)
class IntakeLimits:
    max_file_bytes: int = 25 * MB
    max_report_bytes: int = 60 * MB
    max_files: int = 10
    max_list: int = 1000  # service requests in one GET /v2/requests.json answer


class Problem(Exception):
    """An answer other than success, in the GeoReport error format."""

    def __init__(self, status: int, description: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.headers = headers or {}


def error_response(status: int, description: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse([{"code": status, "description": description}], status_code=status, headers=headers)


# -- the documented shapes (the OpenAPI document is generated from these) -------------------------
class ErrorItem(BaseModel):
    code: int
    description: str


class ServiceOut(BaseModel):
    service_code: str
    service_name: str
    description: str
    metadata: bool
    type: str
    keywords: str
    group: str


class AttributeValue(BaseModel):
    key: str
    name: str


class AttributeOut(BaseModel):
    variable: bool
    code: str
    datatype: str
    required: bool
    datatype_description: str
    order: int
    description: str
    values: list[AttributeValue] | None = None


class ServiceDefinitionOut(BaseModel):
    service_code: str
    attributes: list[AttributeOut]


class PostAnswer(BaseModel):
    service_request_id: str
    service_notice: str | None = None
    account_id: str | None = None


class ServiceRequestOut(BaseModel):
    service_request_id: str
    status: str = Field(description="open or closed")
    status_notes: str | None = Field(None, description="the measures taken, written for the report's author")
    service_name: str
    service_code: str
    agency_responsible: str | None = Field(None, description="the police precinct that handles the report")
    service_notice: str | None = None
    requested_datetime: str | None = None
    updated_datetime: str | None = None
    expected_datetime: str | None = None
    description: str | None = Field(None, description="only with a valid api_key")
    address: str | None = Field(None, description="only with a valid api_key")
    address_id: str | None = None
    zipcode: str | None = None
    lat: float | None = Field(None, description="only with a valid api_key")
    long: float | None = Field(None, description="only with a valid api_key")
    media_url: str | None = Field(None, description="only with a valid api_key")


_ERRORS = {
    status: {"model": list[ErrorItem], "description": text}
    for status, text in (
        (400, "the request is malformed; the description names the field"),
        (401, "no api_key was given"),
        (403, "the api_key is not valid or was revoked"),
        (404, "no such service or service request"),
        (413, "the body or a file is too large"),
        (415, "the body or a file has a type this server does not accept"),
        (429, "too many requests for this api_key; retry after the Retry-After seconds"),
        (503, "the database is not available; retry later with the same idempotency key"),
    )
}


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: _ERRORS[code] for code in codes}


_SERVICE_CODE = {"type": "string", "description": "from GET /v2/services.json"}
_REPORT_PROPERTIES: dict[str, Any] = {
    "api_key": {"type": "string", "description": "the client application's key (or the X-API-Key header)"},
    "jurisdiction_id": {"type": "string", "maxLength": 100},
    "service_code": _SERVICE_CODE,
    "lat": {"type": "number", "minimum": -90, "maximum": 90},
    "long": {"type": "number", "minimum": -180, "maximum": 180},
    "address_string": {"type": "string", "maxLength": 500},
    "address_id": {"type": "string", "maxLength": 200},
    "email": {"type": "string", "maxLength": 300},
    "device_id": {"type": "string", "maxLength": 120},
    "account_id": {"type": "string", "maxLength": 120},
    "first_name": {"type": "string", "maxLength": 100},
    "last_name": {"type": "string", "maxLength": 100},
    "phone": {"type": "string", "maxLength": 40},
    "description": {"type": "string", "maxLength": 10000},
    "media_url": {"type": "string", "maxLength": 2000, "pattern": '^(https?://[^\\s<>"]+)?$'},
    "attribute[report_id]": {"type": "string", "maxLength": 100},
    "attribute[video_call]": {"type": "string", "enum": ["true", "false"]},
    "attribute[gps_accuracy_m]": {"type": "number", "minimum": 0, "maximum": 1000000},
}
_JSON_PROPERTIES = {k: v for k, v in _REPORT_PROPERTIES.items() if not k.startswith("attribute[")} | {
    "attribute": {
        "type": "object",
        "properties": {
            "report_id": {"type": "string"},
            "video_call": {"type": "boolean"},
            "gps_accuracy_m": {"type": "number", "minimum": 0, "maximum": 1000000},
        },
        "additionalProperties": False,
    }
}
# A position (both lat and long) or an address is required.
_LOCATION_RULES = {
    "anyOf": [{"required": ["lat", "long"]}, {"required": ["address_string"]}],
    "dependentRequired": {"lat": ["long"], "long": ["lat"]},
}
_FORM_SCHEMA = {
    **_LOCATION_RULES,
    "type": "object",
    "required": ["service_code"],
    "properties": _REPORT_PROPERTIES,
    "additionalProperties": False,
}
POST_BODY = {
    "requestBody": {
        "required": True,
        "description": "A service request; a position (lat, long) or an address_string is required.",
        "content": {
            "application/x-www-form-urlencoded": {"schema": _FORM_SCHEMA},
            "application/json": {
                "schema": {
                    **_LOCATION_RULES,
                    "type": "object",
                    "required": ["service_code"],
                    "properties": _JSON_PROPERTIES,
                    "additionalProperties": False,
                }
            },
            "multipart/form-data": {
                "schema": {
                    **_LOCATION_RULES,
                    "type": "object",
                    "required": ["service_code"],
                    "properties": _REPORT_PROPERTIES
                    | {
                        "media": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "description": "photos, videos and voice messages",
                        }
                    },
                    "additionalProperties": False,
                }
            },
        },
    },
    "parameters": [
        {
            "name": "Idempotency-Key",
            "in": "header",
            "required": False,
            "schema": {"type": "string", "pattern": "^[!-~]{1,200}$"},
            "description": "the same key on a retry returns the first answer instead of a second report",
        },
        {"name": "X-API-Key", "in": "header", "required": False, "schema": {"type": "string"}},
    ],
}


def _language(request: Request) -> str:
    header = request.headers.get("accept-language", "")
    for part in header.split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "ru"


def create_app(
    service: IntakeService, limits: IntakeLimits = IntakeLimits(), *, timezone: str = "Asia/Almaty"
) -> BodyLimit:
    zone = ZoneInfo(timezone)
    limiter = RateLimiter()
    app = FastAPI(
        title="Dispatch Desk intake (Open311 GeoReport v2)",
        version="2",
        description=(
            'Reports from the "102" app reach the duty operators through this API. It speaks Open311 '
            "GeoReport v2: every path below ends in .json; the same path ending in .xml answers in the "
            "specification's XML. Posting needs a client api_key; reading a request's status does not, "
            "but only a valid api_key shows the report's text, address and position."
        ),
        openapi_url="/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )

    @app.exception_handler(Problem)
    async def _problem(_request: Request, exc: Problem) -> JSONResponse:
        return error_response(exc.status, exc.description, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        description = str(exc.detail)
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 404:
            description = "no such resource: this server speaks GeoReport v2 under /v2/ (.json or .xml)"
        if exc.status_code == 405:
            # One path may be served by several routes (GET and POST /v2/requests.json): list them all.
            methods: set[str] = set()
            for route in app.routes:
                if isinstance(route, APIRoute) and route.path_regex.match(request.url.path):
                    methods |= route.methods
            headers["Allow"] = ", ".join(sorted(methods))
            description = f"{request.method} is not allowed here; use {headers['Allow']}"
        return error_response(exc.status_code, description, headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path", "header"))
        return error_response(400, f"{where or 'request'}: {first.get('msg', 'is malformed')}")

    @app.exception_handler(DatabaseUnavailable)
    @app.exception_handler(DBAPIError)
    async def _database(_request: Request, exc: Exception) -> JSONResponse:
        log.warning("database unavailable: %s", " ".join(str(exc).split())[:300])
        return error_response(503, "the database is not available; retry later", {"Retry-After": "5"})

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
        responses=_errors(400),
    )
    def services(request: Request, jurisdiction_id: str | None = None) -> JSONResponse:
        lang = _language(request)
        return JSONResponse([open311.service(c, lang) for c in service.services()])

    @app.get(
        "/v2/services/{service_code}.json",
        response_model=ServiceDefinitionOut,
        summary="The attributes a service's reports may carry",
        responses=_errors(400, 404),
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
        responses=_errors(400, 401, 403, 404, 413, 415, 429, 503),
        openapi_extra=POST_BODY,
    )
    async def post_request(request: Request) -> JSONResponse:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            fields, files = await _read_body(request, content_type, limits)
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
        responses=_errors(400, 403, 404),
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
        responses=_errors(400, 403),
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

    def openapi() -> dict[str, Any]:
        """The document, with the service codes of this moment as the enum of service_code."""
        document = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        codes = sorted(c.code for c in service.services())
        body = document["paths"]["/v2/requests.json"]["post"]["requestBody"]["content"]
        for media in body.values():
            media["schema"]["properties"]["service_code"] = {**_SERVICE_CODE, "enum": codes}
        return document

    app.openapi = openapi  # type: ignore[method-assign]
    return BodyLimit(XmlFormat(app), limits.max_report_bytes + MB, error_response)


async def _read_body(
    request: Request, content_type: str, limits: IntakeLimits
) -> tuple[dict[str, object], list[tuple[str, str, bytes]]]:
    """The fields and files of a posted report, whichever of the three encodings it came in."""
    files: list[tuple[str, str, bytes]] = []
    if content_type == "application/json":
        raw = await request.body()
        try:
            body = json.loads(raw)
        except (UnicodeDecodeError, ValueError) as exc:
            raise ValidationError(f"the body is not valid JSON: {str(exc)[:120]}") from None
        return open311.flatten_json(body), files
    if content_type not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        raise Problem(
            415,
            "send the report as application/x-www-form-urlencoded, multipart/form-data or application/json",
        )
    form = await request.form(max_files=limits.max_files, max_fields=100, max_part_size=MB)
    items: list[tuple[str, object]] = []
    total = 0
    for name, value in form.multi_items():
        if isinstance(value, UploadFile):
            if name not in MEDIA_FIELDS:
                raise ValidationError(f"files go in the field 'media', not {name[:40]!r}")
            data = await value.read(limits.max_file_bytes + 1)
            if len(data) > limits.max_file_bytes:
                raise Problem(413, f"a file is larger than {limits.max_file_bytes // MB} MB")
            total += len(data)
            if total > limits.max_report_bytes:
                raise Problem(
                    413, f"the files of a report are larger than {limits.max_report_bytes // MB} MB"
                )
            files.append((value.filename or "", value.content_type or "", data))
        else:
            items.append((name, value))
    await form.close()
    return open311.form_fields(items), files


def run(service: IntakeService, host: str, port: int, limits: IntakeLimits, timezone: str) -> None:
    import uvicorn

    config = uvicorn.Config(
        create_app(service, limits, timezone=timezone),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        server_header=False,
    )
    server = uvicorn.Server(config)
    # The writer thread makes a dozen short database round trips per batch and must win the GIL back
    # after each; with the default 5 ms switch interval it queues behind the request threads for up to
    # 5 ms every time (a convoy). 0.5 ms keeps batches short (measured: +12 % reports per second).
    sys.setswitchinterval(0.0005)
    service.start()
    try:
        server.run()
    finally:
        service.close()


__all__ = ["IntakeLimits", "MediaFile", "create_app", "run"]
