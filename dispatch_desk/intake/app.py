"""The intake server: Open311 GeoReport v2 over HTTP for the "102" app, on FastAPI and uvicorn.

``create_app`` assembles the ASGI application: error answers (``errors.py``), the routes
(``routes.py``), the OpenAPI document with the service codes of the moment, the XML twin of every path
(``xml_format.py``) and the body limit (``limits.py``). ``serve`` runs it with uvicorn.
"""

from __future__ import annotations

import logging
import sys
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from dispatch_desk.domain.errors import DatabaseUnavailable
from dispatch_desk.intake.errors import Problem, error_response
from dispatch_desk.intake.limits import DEFAULT_LIMITS, MB, BodyLimit, IntakeLimits
from dispatch_desk.intake.routes import add_routes
from dispatch_desk.intake.schemas import SERVICE_CODE
from dispatch_desk.intake.xml_format import XmlFormat
from dispatch_desk.services.app_reports import IntakeService

log = logging.getLogger(__name__)

__all__ = ["MB", "IntakeLimits", "create_app", "serve"]


def create_app(
    service: IntakeService, limits: IntakeLimits = DEFAULT_LIMITS, *, timezone: str = "Asia/Almaty"
) -> BodyLimit:
    zone = ZoneInfo(timezone)
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

    add_routes(app, service, limits, zone)

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
    return BodyLimit(XmlFormat(app), limits.max_report_bytes + MB, error_response)


def serve(service: IntakeService, host: str, port: int, limits: IntakeLimits, timezone: str) -> None:
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
    follower = service.follow_changes()
    try:
        server.run()
    finally:
        follower.stop()
        service.close()
