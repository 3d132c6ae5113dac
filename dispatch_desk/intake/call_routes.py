"""The routes of calls from the app: the two signalling sockets, the description of their messages, and
the reference citizen client at ``/call`` (what the app does, in a browser page: for the app's
developers and for demonstrations)."""

from __future__ import annotations

from fastapi import FastAPI, WebSocket
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse

from dispatch_desk.intake.call_legs import MESSAGES
from dispatch_desk.intake.calls import CallHub
from dispatch_desk.intake.limits import IntakeLimits, client_address
from dispatch_desk.resources import resources_dir

# The page's own script and style only; media from the camera and the peer; sockets to this server.
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "media-src 'self' blob: mediastream:; connect-src 'self' ws: wss:; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
PAGE_FILES = {"citizen.js": "text/javascript", "call.css": "text/css"}


def add_call_routes(app: FastAPI, hub: CallHub, limits: IntakeLimits) -> None:
    pages = resources_dir() / "call"

    @app.websocket("/v2/calls/citizen")
    async def citizen_socket(ws: WebSocket) -> None:
        peer = ws.client.host if ws.client is not None else None
        await hub.citizen(ws, client_address(peer, ws.headers.get("x-forwarded-for"), limits.trusted_proxies))

    @app.websocket("/v2/calls/{call_id}/desk")
    async def desk_socket(ws: WebSocket, call_id: str) -> None:
        await hub.desk(ws, call_id)

    @app.get("/v2/calls/messages.json", include_in_schema=False)
    def messages() -> JSONResponse:
        return JSONResponse(MESSAGES)

    @app.get("/call", include_in_schema=False)
    def citizen_page() -> HTMLResponse:
        html = (pages / "citizen.html").read_text(encoding="utf-8")
        return HTMLResponse(
            html, headers={"Content-Security-Policy": PAGE_POLICY, "Cache-Control": "no-store"}
        )

    @app.get("/call/{name}", include_in_schema=False)
    def page_file(name: str):
        if name not in PAGE_FILES:
            return JSONResponse([{"code": 404, "description": "no such file"}], status_code=404)
        return FileResponse(pages / name, media_type=PAGE_FILES[name], headers={"Cache-Control": "no-store"})
