"""A real intake server (uvicorn on a free loopback port) in a thread of the test process."""

from __future__ import annotations

import threading
import time

import uvicorn


class ServerThread:
    def __init__(self, app) -> None:
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="intake-server", daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the intake server did not start")
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


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
    env = {**os.environ, "DISPATCH_DESK_MEDIA_DIR": str(media_dir), **(extra_env or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "dispatch_desk", "intake", "--db", db_url, "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
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
