"""The API's documentation page (``/docs``), made here from the OpenAPI document: plain HTML with its
style inline, no script and nothing loaded from elsewhere (an operations centre's network has no CDN).
Every text from the document is escaped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

STYLE = (
    "body{font:15px/1.45 system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}"
    "h2{margin-top:2em;border-bottom:1px solid #ccc}code,.path{font-family:ui-monospace,monospace}"
    ".method{display:inline-block;min-width:4.5em;font-weight:bold}table{border-collapse:collapse;width:100%}"
    "td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f4f4f4}"
)


def _schema_type(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return "one of " + ", ".join(str(v) for v in schema["enum"][:40])
    kind = schema.get("type")
    if kind is None and "anyOf" in schema:
        kind = " or ".join(str(s.get("type", "…")) for s in schema["anyOf"])
    extra = []
    for key in ("minimum", "maximum", "maxLength", "format"):
        if key in schema:
            extra.append(f"{key} {schema[key]}")
    return " ".join([str(kind or "")] + ([f"({', '.join(extra)})"] if extra else []))


def _rows(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def render(document: dict[str, Any]) -> str:
    info = document.get("info", {})
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{escape(str(info.get('title', 'API')))}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(str(info.get('title', '')))}</h1><p>{escape(str(info.get('description', '')))}</p>",
        "<p>The machine-readable document: <a href='/openapi.json'>/openapi.json</a>.</p>",
    ]
    for path, operations in document.get("paths", {}).items():
        for method, operation in operations.items():
            parts.append(
                f"<h2><span class='method'>{escape(method.upper())}</span> "
                f"<span class='path'>{escape(path)}</span></h2>"
            )
            parts.append(f"<p><b>{escape(str(operation.get('summary', '')))}</b></p>")
            if operation.get("description"):
                parts.append(f"<p>{escape(str(operation['description']))}</p>")
            parameters = [
                (
                    str(p.get("name", "")),
                    str(p.get("in", "")),
                    "yes" if p.get("required") else "",
                    _schema_type(p.get("schema", {})),
                    str(p.get("description", "")),
                )
                for p in operation.get("parameters", [])
            ]
            parts.append(_rows(("parameter", "in", "required", "type", "description"), parameters))
            for media, content in operation.get("requestBody", {}).get("content", {}).items():
                schema = content.get("schema", {})
                required = set(schema.get("required", []))
                fields = [
                    (
                        name,
                        "yes" if name in required else "",
                        _schema_type(prop),
                        str(prop.get("description", "")),
                    )
                    for name, prop in schema.get("properties", {}).items()
                ]
                parts.append(f"<p>Body as <code>{escape(media)}</code>:</p>")
                parts.append(_rows(("field", "required", "type", "description"), fields))
            answers = [
                (str(code), str(a.get("description", "")))
                for code, a in operation.get("responses", {}).items()
            ]
            parts.append(_rows(("answer", "meaning"), answers))
    parts.append("</body></html>")
    return "".join(parts)
