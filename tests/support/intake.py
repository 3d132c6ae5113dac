"""A real intake server (uvicorn on a free loopback port) in a thread of the test process."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from pathlib import Path

import uvicorn

# One machine sends every simulated phone's reports from one address: the limits per device and per
# address (tested in test_intake_abuse.py) are lifted where a test is about something else.
UNLIMITED_SENDERS = {
    "DISPATCH_DESK_INTAKE_REPORTS_PER_DEVICE_PER_MINUTE": "10000000",
    "DISPATCH_DESK_INTAKE_REPORTS_PER_ADDRESS_PER_MINUTE": "10000000",
    "DISPATCH_DESK_INTAKE_CALLS_PER_ADDRESS_PER_MINUTE": "10000000",
}


def unlimited_senders(limits=None):
    """``limits`` (the defaults) without the limits per device and address."""
    import dataclasses

    from dispatch_desk.intake.limits import DEFAULT_LIMITS

    return dataclasses.replace(
        limits or DEFAULT_LIMITS,
        reports_per_device_per_minute=10_000_000,
        calls_per_address_per_minute=10_000_000,
        reports_per_address_per_minute=10_000_000,
    )


class ServerThread:
    """``limits``: also run uvicorn as ``dispatch-desk intake`` does, with its deadlines."""

    def __init__(self, app, limits=None, host: str = "127.0.0.1") -> None:
        extra = {}
        self.doors = None
        if limits is not None:  # as ``dispatch-desk intake`` runs it: deadlines, doors, /healthz answered
            from dispatch_desk.intake.doors import Doorkeeper
            from dispatch_desk.intake.errors import error_response
            from dispatch_desk.intake.server import uvicorn_options

            extra, self.doors = uvicorn_options(limits)
            app = Doorkeeper(app, self.doors, error_response)
        config = uvicorn.Config(app, host=host, port=0, log_level="warning", lifespan="off", **extra)
        self.server = uvicorn.Server(config)
        self.app = app
        self.thread = threading.Thread(target=self.server.run, name="intake-server", daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the intake server did not start")
            time.sleep(0.01)
        self.host, port = self.server.servers[0].sockets[0].getsockname()[:2]
        self.port = port
        self.url = f"http://{self.host}:{port}"
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        app = self.app
        while app is not None:  # the call signalling's feed follower, started by the first call
            if getattr(app, "calls", None) is not None:
                app.calls.stop()
            app = getattr(app, "app", None)


def start_intake_process(db_url: str, media_dir, port: int | None = None, extra_env: dict | None = None):
    """``dispatch-desk intake`` as a process of its own; returns (process, base URL) once it answers."""
    import os
    import socket
    import subprocess
    import sys

    import httpx

    if port is None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
    env = {**os.environ, "DISPATCH_DESK_MEDIA_DIR": str(media_dir), **UNLIMITED_SENDERS, **(extra_env or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "dispatch_desk", "intake", "--db", db_url, "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            output = process.stdout.read().decode() if process.stdout else ""
            raise RuntimeError(f"the intake server did not start: {output[-2000:]}")
        time.sleep(0.1)


@contextmanager
def intake_on(desk, folder: Path, *, streets: bool = False):
    """The intake's service over ``desk``'s database, with the demo city's precincts (and its streets, for
    tests that look addresses up); its media under ``folder``."""
    from dispatch_desk.demo.city import load_precincts, load_streets
    from dispatch_desk.services.app_reports import IntakeService
    from dispatch_desk.store.media_files import MediaStore

    desk.import_precincts(load_precincts())
    if streets:
        desk.replace_gazetteer(load_streets(), [])
    service = IntakeService(desk, MediaStore(folder / "media"))
    try:
        yield service
    finally:
        service.close()


def app_key(intake, rate_per_minute: int = 100_000) -> str:
    """A key of the "102" app, made by an administrator."""
    from dispatch_desk.domain.access import Principal

    return intake.create_api_key(
        "102-app", rate_per_minute=rate_per_minute, by=Principal.for_system("admin")
    )[1]
