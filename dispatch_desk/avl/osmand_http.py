"""OsmAnd over HTTP (Traccar Client on an officer's phone): one route, ``/``, taking a fix by GET or POST.

200 with an empty body: taken. 400: the fix is malformed (the text says what). 403: the device is not
bound to a unit. 413: a body over ``MAX_BODY``. Answered by the same loop as the TCP protocols, the
registry and the store asked on a worker thread.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from dispatch_desk.avl.osmand import BadFix, json_fix, query_fix
from dispatch_desk.avl.server import AvlServer
from dispatch_desk.domain.fixes import Fix, Source

MAX_BODY = 64 * 1024


async def _fix_of(request: Request) -> Fix:
    now = datetime.now(UTC)
    if request.method == "POST":
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                raise OverflowError
        kind = request.headers.get("content-type", "")
        if body and "json" in kind:
            try:
                parsed = json.loads(body)
            except (ValueError, RecursionError):
                raise BadFix("the body is not JSON") from None
            return json_fix(parsed, now)
        if body and "form" in kind:
            try:
                form = dict(parse_qsl(body.decode("utf-8", "replace"), max_num_fields=50))
            except ValueError:
                raise BadFix("more than 50 form fields") from None
            return query_fix({**dict(request.query_params), **form}, now)
    return query_fix(dict(request.query_params), now)


def osmand_app(server: AvlServer) -> Starlette:
    async def take(request: Request) -> Response:
        try:
            fix = await _fix_of(request)
        except BadFix as exc:
            return PlainTextResponse(str(exc), status_code=400)
        except OverflowError:
            return PlainTextResponse(f"the body is larger than {MAX_BODY} bytes", status_code=413)
        verdict = await asyncio.to_thread(server.devices.accept, Source.OSMAND, fix.device, None)
        if not verdict:
            server.refusals.say(f"OsmAnd unknown device {fix.device}")
            return PlainTextResponse("this device is not bound to a unit", status_code=403)
        if not server.device_may_send(fix.device):
            server.refusals.say(f"OsmAnd {fix.device}: faster than its budget")
            return PlainTextResponse("too many fixes from this device; send more slowly", status_code=429)
        await server.stored.take([fix])  # with the other devices' fixes of the moment
        return Response(status_code=200)

    return Starlette(routes=[Route("/", take, methods=["GET", "POST"])])
