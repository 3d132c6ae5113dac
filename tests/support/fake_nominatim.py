"""A local HTTP server that answers like Nominatim's /search and /reverse, and can misbehave on demand."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


class FakeNominatim:
    def __init__(self) -> None:
        self.places: dict[str, dict] = {}
        self.mode = "ok"  # ok | slow | error | garbage
        self.delay = 2.0
        self.requests: list[tuple[str, dict]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                url = urlparse(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                owner.requests.append((url.path, query))
                if owner.mode == "slow":
                    time.sleep(owner.delay)
                if owner.mode == "error":
                    self.send_error(500, "Internal Server Error")
                    return
                if owner.mode == "garbage":
                    body = b"<html>not json"
                elif url.path.startswith("/search"):
                    place = owner.places.get(query.get("q", "").casefold())
                    body = json.dumps([place] if place else []).encode()
                elif url.path.startswith("/reverse"):
                    place = next(iter(owner.places.values()), None)
                    body = json.dumps(place or {"error": "Unable to geocode"}).encode()
                else:
                    self.send_error(404)
                    return
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def add(self, query: str, lat: float, lon: float, name: str) -> None:
        self.places[query.casefold()] = {
            "place_id": len(self.places) + 1,
            "lat": str(lat),
            "lon": str(lon),
            "display_name": name,
            "importance": 0.5,
            "type": "house",
        }

    def __enter__(self) -> FakeNominatim:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
