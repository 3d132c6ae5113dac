"""``GET /v2/requests/{id}.json`` and ``GET /v2/requests.json``: what a report's author, a confidential
key and anyone else may read of the service requests (``services/app_reports.Reader``)."""

from __future__ import annotations

from datetime import datetime, timedelta

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from dispatch_desk.domain.enums import IncidentStatus
from dispatch_desk.domain.errors import NotFound, ValidationError
from dispatch_desk.intake import open311
from dispatch_desk.intake.errors import Problem, errors_of
from dispatch_desk.intake.gate import Gate
from dispatch_desk.intake.schemas import ServiceRequestOut
from dispatch_desk.services.app_reports import MAX_REQUEST_RANGE, ReportFilter

router = APIRouter()


@router.get(
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
    gate = Gate.of(request)
    client = gate.reader(request, api_key)
    secret = request.headers.get("x-report-secret") or report_secret
    try:
        if not open311.REQUEST_ID.match(service_request_id) or (secret and len(secret) > 200):
            raise NotFound(service_request_id)
        view, reader = gate.service.report(service_request_id, client=client, secret=secret)
    except NotFound:
        raise Problem(404, f"there is no service request {service_request_id[:40]!r}") from None
    return JSONResponse([open311.service_request(view, reader=reader, **gate.context(request))])


@router.get(
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
    service_request_id: str | None = Query(None, description="comma-separated; overrides the other filters"),
    service_code: str | None = Query(None, description="comma-separated service codes"),
    start_date: str | None = Query(None, json_schema_extra={"format": "date-time"}),
    end_date: str | None = Query(None, json_schema_extra={"format": "date-time"}),
    status: str | None = Query(None, pattern="^(open|closed)(,(open|closed))*$"),
    jurisdiction_id: str | None = None,
    api_key: str | None = None,
) -> JSONResponse:
    gate = Gate.of(request)
    try:
        numbers = open311.split_list(service_request_id, "service_request_id", open311.REQUEST_ID)
        codes = open311.split_list(service_code, "service_code", open311.SERVICE_CODE)
        wanted = [part for part in (status or "").split(",") if part]
        start = open311.parse_date(start_date, "start_date", gate.zone)
        end = open311.parse_date(end_date, "end_date", gate.zone)
    except ValidationError as exc:
        raise Problem(400, str(exc)) from None
    client = gate.reader(request, api_key, cost=max(1, len(numbers)))
    if codes and not (client is not None and client.confidential):
        raise Problem(
            403, "service requests are listed by service_code only to the confidential key that posted them"
        )
    statuses = _statuses(wanted)
    if not numbers:
        start, end = _period(start, end, gate.service.desk.clock())
    query = ReportFilter(numbers, codes, tuple(statuses), start, end, gate.limits.max_list)
    views, reader = gate.service.reports(query, client=client)
    context = gate.context(request)
    return JSONResponse([open311.service_request(v, reader=reader, **context) for v in views])


def _statuses(wanted: list[str]) -> list[IncidentStatus]:
    statuses: list[IncidentStatus] = []
    for item in wanted:
        if item not in ("open", "closed"):
            raise Problem(400, f"status must be open or closed, not {item[:20]!r}")
        statuses.extend(s for s in IncidentStatus if s.is_open == (item == "open"))
    return statuses


def _period(start: datetime | None, end: datetime | None, now: datetime) -> tuple[datetime, datetime]:
    """The dates a listing covers: at most ``MAX_REQUEST_RANGE``, the last 90 days when none are given."""
    if start is None and end is None:
        end = now
        start = end - MAX_REQUEST_RANGE
    elif start is None:
        assert end is not None
        start = end - MAX_REQUEST_RANGE
    elif end is None:
        end = start + MAX_REQUEST_RANGE
    if end < start:
        raise Problem(400, "end_date lies before start_date")
    if end - start > MAX_REQUEST_RANGE + timedelta(seconds=1):
        raise Problem(400, "start_date and end_date may span at most 90 days")
    return start, end
