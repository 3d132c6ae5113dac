"""Answers other than success, in the GeoReport error format: ``[{"code": 400, "description": "..."}]``.

A 4xx names the problem; 503 means the database is away (the app retries later with the same
idempotency key). The table below is also what the OpenAPI document lists for each route.
"""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel


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
