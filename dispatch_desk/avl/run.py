"""Run the units' server until it is stopped: the TCP protocols, OsmAnd's HTTP and the track's purge."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine
from typing import Any, Protocol

import uvicorn

from dispatch_desk.avl.osmand_http import osmand_app
from dispatch_desk.avl.server import AvlServer, Devices, Fixes

log = logging.getLogger(__name__)
PURGE_EVERY_S = 3600.0


class Intake(Devices, Fixes, Protocol):
    """The registry and the sink in one (``services.tracking.TrackerIntake``), with the track's purge."""

    def purge(self) -> int: ...


async def _purging(intake: Intake) -> None:
    while True:
        await asyncio.sleep(PURGE_EVERY_S)
        try:
            removed = await asyncio.to_thread(intake.purge)
        except Exception:  # the database away for a moment: the next hour tries again
            log.exception("avl: the track's purge failed")
        else:
            if removed:
                log.info("avl: %d fixes older than the track keeps removed", removed)


def run_loop(main: Coroutine[Any, Any, None]) -> None:
    """Run the server's loop: uvloop's where it is installed (about twice as fast a loop), else asyncio's."""
    try:
        import uvloop
    except ImportError:
        asyncio.run(main)
        return
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(main)


async def serve(
    intake: Intake, host: str, wialon_port: int | None, teltonika_port: int | None, osmand_port: int | None
) -> None:
    server = AvlServer(intake, intake)
    await server.start(host, wialon_port, teltonika_port)
    purging = asyncio.create_task(_purging(intake))
    try:
        if osmand_port:
            config = uvicorn.Config(osmand_app(server), host=host, port=osmand_port, log_level="warning")
            await uvicorn.Server(config).serve()
        else:
            await asyncio.Event().wait()  # until the process is stopped
    finally:
        purging.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await purging
        await server.close()
