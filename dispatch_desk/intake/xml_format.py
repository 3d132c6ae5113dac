"""GeoReport v2 in XML: every ``/v2/….xml`` path answers what its ``.json`` twin does, as XML.

The specification defines both formats with the same fields. Rather than a second set of routes, this
ASGI middleware sends an ``.xml`` request to the ``.json`` route and writes the JSON answer out as the
specification's XML (``<services><service>…``, ``<service_requests><request>…``,
``<service_definition>…``, ``<errors><error>…``); JSON ``null`` becomes an empty element.
"""

from __future__ import annotations

import json
import re
from xml.etree.ElementTree import Element, SubElement, tostring

_DEFINITION = re.compile(r"^/v2/services/[^/]+\.json$")


def _roots(path: str, status: int) -> tuple[str, str | None]:
    if status >= 400:
        return "errors", "error"
    if path == "/v2/services.json":
        return "services", "service"
    if _DEFINITION.match(path):
        return "service_definition", None
    return "service_requests", "request"


def _fill(parent: Element, value: object, item_name: str = "item") -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            child = SubElement(parent, str(key))
            # A list inside a record holds items named by the list: attributes → attribute, values → value.
            _fill(child, inner, str(key)[:-1] if str(key).endswith("s") else "item")
    elif isinstance(value, list):
        for inner in value:
            _fill(SubElement(parent, item_name), inner)
    elif value is None:
        return
    elif isinstance(value, bool):
        parent.text = "true" if value else "false"
    else:
        parent.text = str(value)


def to_xml(path: str, status: int, data: object) -> bytes:
    root_name, item_name = _roots(path, status)
    root = Element(root_name)
    if item_name is None:
        _fill(root, data)
    else:
        for item in data if isinstance(data, list) else [data]:
            _fill(SubElement(root, item_name), item)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + tostring(
        root, encoding="utf-8", xml_declaration=False
    )


class XmlFormat:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (path.startswith("/v2/") and path.endswith(".xml")):
            await self.app(scope, receive, send)
            return
        json_path = path[:-4] + ".json"
        scope = {**scope, "path": json_path, "raw_path": json_path.encode()}
        start: dict = {}
        body = bytearray()

        async def collect(event) -> None:
            if event["type"] == "http.response.start":
                start.update(event)
                return
            body.extend(event.get("body", b""))
            if event.get("more_body"):
                return
            headers = [
                (k, v)
                for k, v in start.get("headers", [])
                if k.lower() not in (b"content-length", b"content-type")
            ]
            payload = bytes(body)
            if payload:
                try:
                    payload = to_xml(json_path, start["status"], json.loads(payload))
                    headers.append((b"content-type", b"application/xml; charset=utf-8"))
                except ValueError:  # not JSON (should not happen): pass it on as it is
                    headers.append((b"content-type", b"application/octet-stream"))
            headers.append((b"content-length", str(len(payload)).encode()))
            await send({"type": "http.response.start", "status": start["status"], "headers": headers})
            await send({"type": "http.response.body", "body": payload})

        await self.app(scope, receive, collect)
