"""Reading a request: the posted report's fields and files in any of the three encodings, the language."""

from __future__ import annotations

import json
import logging
from urllib.parse import unquote_to_bytes

from fastapi import Request
from starlette.datastructures import UploadFile
from starlette.requests import ClientDisconnect

from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.intake import open311
from dispatch_desk.intake.errors import Problem
from dispatch_desk.intake.limits import MB, BodyTooLarge, IntakeLimits

log = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru", "en")
MEDIA_FIELDS = {"media", "media[]"}
MAX_FORM_FIELDS = 100
MAX_FIELD_BYTES = MB
MAX_JSON_BYTES = MB  # a JSON report carries no files
MAX_JSON_KEYS = 200
UNAUTHENTICATED_BYTES = MB  # what is read of a body before its key is known (the key not in the header)


async def read_capped(request: Request, cap: int) -> None:
    """Read the body into the request, refusing it (BodyTooLarge) as soon as it passes ``cap`` bytes or
    when it says it will; a client that goes away mid-body is one line in the log, not a traceback."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > cap:
        raise BodyTooLarge(cap)
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > cap:
                raise BodyTooLarge(cap)
            chunks.append(chunk)
    except ClientDisconnect:
        log.info("a client went away after %d bytes of its report", size)
        raise Problem(400, "the request body ended early") from None
    request._body = b"".join(chunks)  # what body() and form() read from now on (Starlette's cache)


def _object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object, refusing a key given twice (JSON parsers disagree on which one wins) as a form
    refuses a field given twice."""
    found = open311.form_fields(pairs)
    if len(found) > MAX_JSON_KEYS:
        raise ValidationError(f"a JSON object has more than {MAX_JSON_KEYS} keys")
    return found


def parse_urlencoded(body: bytes) -> list[tuple[str, str]]:
    """A form body as the WHATWG URL standard reads it: split on & and =, + as space, percent-escapes
    to bytes, then UTF-8. Raw UTF-8 (as ``curl -d`` sends Cyrillic) reads as what it says; bytes that are
    not UTF-8 are refused with a message instead of being read as Latin-1 (mojibake)."""
    pairs: list[tuple[str, str]] = []
    for piece in body.split(b"&"):
        if not piece:
            continue
        if len(pairs) >= MAX_FORM_FIELDS:
            raise ValidationError(f"the form has more than {MAX_FORM_FIELDS} fields")
        raw_name, _, raw_value = piece.partition(b"=")
        if len(raw_value) > MAX_FIELD_BYTES:
            raise ValidationError(f"a form field exceeds the maximum size of {MAX_FIELD_BYTES // MB} MB")
        try:
            name = unquote_to_bytes(raw_name.replace(b"+", b" ")).decode("utf-8")
            value = unquote_to_bytes(raw_value.replace(b"+", b" ")).decode("utf-8")
        except UnicodeDecodeError:
            shown = raw_name[:40].decode("ascii", "replace")
            raise ValidationError(
                f"the form field {shown!r} is not valid UTF-8: send text in UTF-8 (percent-encoded or raw)"
            ) from None
        pairs.append((name, value))
    return pairs


def language(request: Request) -> str:
    header = request.headers.get("accept-language", "")
    for part in header.split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "ru"


async def read_report_body(
    request: Request, content_type: str, limits: IntakeLimits
) -> tuple[dict[str, object], list[tuple[str, str, bytes]]]:
    """The fields and files of a posted report, whichever of the three encodings it came in."""
    files: list[tuple[str, str, bytes]] = []
    if content_type == "application/json":
        raw = await request.body()
        if len(raw) > MAX_JSON_BYTES:
            raise Problem(
                413, f"a JSON report is at most {MAX_JSON_BYTES // MB} MB (files go in multipart/form-data)"
            )
        try:
            body = json.loads(raw, object_pairs_hook=_object)
        except RecursionError:
            raise ValidationError("the JSON body is nested too deeply") from None
        except ValidationError:
            raise
        except (UnicodeDecodeError, ValueError) as exc:
            raise ValidationError(f"the body is not valid JSON: {str(exc)[:120]}") from None
        return open311.flatten_json(body), files
    if content_type == "application/x-www-form-urlencoded":
        return open311.form_fields(parse_urlencoded(await request.body())), files
    if content_type != "multipart/form-data":
        raise Problem(
            415,
            "send the report as application/x-www-form-urlencoded, multipart/form-data or application/json",
        )
    form = await request.form(
        max_files=limits.max_files, max_fields=MAX_FORM_FIELDS, max_part_size=MAX_FIELD_BYTES
    )
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
