"""The intake server: Open311 GeoReport v2 over HTTP for the "102" app, on FastAPI and uvicorn.

``create_app`` assembles the ASGI application: error answers (``errors.py``), the routes
(``routes.py``), the OpenAPI document with the service codes of the moment, the XML twin of every path
(``xml_format.py``) and the body limit (``limits.py``). ``server.py`` runs it with uvicorn.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse

from dispatch_desk.intake import docs_page
from dispatch_desk.intake.call_routes import add_call_routes
from dispatch_desk.intake.calls import CallHub
from dispatch_desk.intake.errors import add_error_handlers, error_response
from dispatch_desk.intake.limits import DEFAULT_LIMITS, MB, BodyLimit, IntakeLimits
from dispatch_desk.intake.routes import add_routes
from dispatch_desk.intake.schemas import SERVICE_CODE
from dispatch_desk.intake.xml_format import XmlFormat
from dispatch_desk.services.app_calls import CallLine
from dispatch_desk.services.app_reports import IntakeService

__all__ = ["MB", "IntakeLimits", "create_app"]


def create_app(
    service: IntakeService,
    limits: IntakeLimits = DEFAULT_LIMITS,
    *,
    timezone: str = "Asia/Almaty",
    ice_servers: Sequence[dict[str, Any]] = (),
) -> BodyLimit:
    zone = ZoneInfo(timezone)
    hub = CallHub(
        CallLine(service.desk),
        service.authenticate,
        list(ice_servers),
        limits.calls_per_address_per_minute,
        ringing_per_network=limits.calls_ringing_per_address,
        ringing_per_account=limits.calls_ringing_per_account,
        account_secret=limits.account_secret,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        hub.follow()  # the desks' answers reach the callers from the start
        try:
            yield
        finally:
            hub.stop()

    app = FastAPI(
        lifespan=lifespan,
        title="Dispatch Desk intake (Open311 GeoReport v2)",
        version="2",
        description=(
            'Reports from the "102" app reach the duty operators through this API. It speaks Open311 '
            "GeoReport v2: every path below ends in .json; the same path ending in .xml answers in the "
            "specification's XML. Posting needs a client api_key; reading a request's status does not, "
            "but only a valid api_key shows the report's text, address and position. Calls from the app "
            "(voice and video, WebRTC) are signalled over the WebSockets /v2/calls/citizen and "
            "/v2/calls/{call}/desk; their messages, limits and close codes are described in "
            "/v2/calls/messages.json, and /call is a reference client in a browser page."
        ),
        openapi_url="/openapi.json",
        docs_url=None,  # Swagger UI would load its script from a CDN: /docs is made here instead
        redoc_url=None,
    )

    add_error_handlers(app)
    add_routes(app, service, limits, zone)
    add_call_routes(app, hub, limits)

    def openapi() -> dict[str, Any]:
        """The document, with the service codes of this moment as the enum of service_code."""
        document = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        codes = sorted(c.code for c in service.services())
        body = document["paths"]["/v2/requests.json"]["post"]["requestBody"]["content"]
        for media in body.values():
            media["schema"]["properties"]["service_code"] = {**SERVICE_CODE, "enum": codes}
        return document

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(docs_page.render(app.openapi()))

    wrapped = BodyLimit(XmlFormat(app), limits.max_report_bytes + MB, error_response)
    wrapped.calls = hub  # type: ignore[attr-defined]  # the signalling, for its owner to stop
    return wrapped
