"""The GeoReport v2 routes: services, one service's definition, posting a report, reading replies.

Each route checks the client key and the rate (``gate.py``), reads the request (``body.py``), hands a
typed report to the use cases (``services/app_reports.py``) and shapes the answer (``open311.py``). One
module a resource: the services here, posting a report in ``posting.py``, reading service requests in
``reading.py``.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse

from dispatch_desk.intake import open311, posting, reading
from dispatch_desk.intake.body import language
from dispatch_desk.intake.errors import Problem, errors_of
from dispatch_desk.intake.gate import Gate
from dispatch_desk.intake.limits import IntakeLimits
from dispatch_desk.intake.schemas import ServiceDefinitionOut, ServiceOut
from dispatch_desk.services.app_reports import IntakeService

router = APIRouter()


def add_routes(app: FastAPI, service: IntakeService, limits: IntakeLimits, zone: ZoneInfo) -> None:
    app.state.gate = Gate(service, limits, zone)
    for module_router in (router, posting.router, reading.router):
        # the routes themselves, not an included router: the 405 answer lists every route of a path
        app.router.routes.extend(module_router.routes)


@router.get("/healthz", include_in_schema=False)
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/v2/services.json",
    response_model=list[ServiceOut],
    summary="The services (kinds of report) this server accepts",
    responses=errors_of(400),
)
def services(request: Request, jurisdiction_id: str | None = None) -> JSONResponse:
    lang = language(request)
    return JSONResponse([open311.service(c, lang) for c in Gate.of(request).service.services()])


@router.get(
    "/v2/services/{service_code}.json",
    response_model=ServiceDefinitionOut,
    summary="The attributes a service's reports may carry",
    responses=errors_of(400, 404),
)
def service_definition(
    request: Request, service_code: str, jurisdiction_id: str | None = None
) -> JSONResponse:
    service = Gate.of(request).service
    category = service.category(service_code) if open311.SERVICE_CODE.match(service_code) else None
    if category is None:
        raise Problem(404, f"there is no service {service_code[:60]!r}")
    return JSONResponse(open311.service_definition(category))
