"""Answers other than success, in the GeoReport error format: ``[{"code": 400, "description": "..."}]``.

A 4xx names the problem; 503 means the database is away (the app retries later with the same
idempotency key). The table below is also what the OpenAPI document lists for each route.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from dispatch_desk.domain.errors import DatabaseUnavailable

log = logging.getLogger(__name__)


class Problem(Exception):
    """An answer other than success, in the GeoReport error format."""

    def __init__(self, status: int, description: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.headers = headers or {}


CLOSING = (401, 413, 429)  # a client refused for its key, size or rate does not keep the connection


def error_response(status: int, description: str, headers: dict[str, str] | None = None) -> JSONResponse:
    if status in CLOSING:
        headers = {**(headers or {}), "Connection": "close"}
    return JSONResponse([{"code": status, "description": description}], status_code=status, headers=headers)


class ErrorItem(BaseModel):
    code: int
    description: str


_ERRORS = {
    status: {"model": list[ErrorItem], "description": text}
    for status, text in (
        (400, "the request is malformed; the description names the field"),
        (401, "no api_key was given"),
        (403, "the api_key is not valid or was revoked"),
        (404, "no such service or service request"),
        (409, "the idempotency key was used before for another report: send this one with a new key"),
        (413, "the body or a file is too large"),
        (415, "the body or a file has a type this server does not accept"),
        (
            429,
            "too many requests for this api_key, device or network address; retry after Retry-After seconds",
        ),
        (
            503,
            "the database (or the media folder) is not available; retry later with the same idempotency key",
        ),
    )
}


def errors_of(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: _ERRORS[code] for code in codes}


async def _problem(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Problem)  # registered for Problem only
    return error_response(exc.status, exc.description, exc.headers)


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)  # registered for HTTP errors only
    description = str(exc.detail)
    headers = dict(getattr(exc, "headers", None) or {})
    if exc.status_code == 404:
        description = "no such resource: this server speaks GeoReport v2 under /v2/ (.json or .xml)"
    if exc.status_code == 405:
        # One path may be served by several routes (GET and POST /v2/requests.json): list them all.
        methods: set[str] = set()
        for route in request.app.routes:
            if isinstance(route, APIRoute) and route.path_regex.match(request.url.path):
                methods |= route.methods or set()
        headers["Allow"] = ", ".join(sorted(methods))
        description = f"{request.method} is not allowed here; use {headers['Allow']}"
    return error_response(exc.status_code, description, headers)


async def _invalid(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)  # registered for validation errors only
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path", "header"))
    return error_response(400, f"{where or 'request'}: {first.get('msg', 'is malformed')}")


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # Starlette answers with this, then raises the error on to the server: ``server.LastResort``
    # takes it there, so that it is this one line in the log and not a traceback.
    log.error("%s %s failed: %s: %s", request.method, request.url.path, type(exc).__name__, str(exc)[:300])
    return error_response(503, "the server could not handle this request; retry later", {"Retry-After": "5"})


async def _database(_request: Request, exc: Exception) -> JSONResponse:
    log.warning("database unavailable: %s", " ".join(str(exc).split())[:300])
    return error_response(503, "the database is not available; retry later", {"Retry-After": "5"})


def add_error_handlers(app: FastAPI) -> None:
    """Every failure answers in the GeoReport error format: refusals, unknown paths, malformed
    parameters, the database away, and anything unexpected (one line in the log, never a traceback)."""
    app.add_exception_handler(Problem, _problem)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(Exception, _unexpected)
    app.add_exception_handler(DatabaseUnavailable, _database)
    app.add_exception_handler(DBAPIError, _database)
