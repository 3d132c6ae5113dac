"""The units' server as ``dispatch-desk avl`` runs it, for the benchmarks: ``python -m benchmarks.avl_serve
URL WIALON_PORT TELTONIKA_PORT OSMAND_PORT [naive]``. ``naive``: every packet in a transaction of its own,
as the server stored them before group commit — the way measured beside it."""

from __future__ import annotations

import asyncio
import sys

from dispatch_desk.avl import run
from dispatch_desk.avl.group_commit import GroupCommit
from dispatch_desk.services.tracking import TrackerIntake
from dispatch_desk.store.db import Database


async def _one_transaction_a_packet(self: GroupCommit, fixes) -> None:
    self.batches += 1
    await asyncio.to_thread(self.sink.take, fixes)


def main() -> None:
    url, wialon, teltonika, osmand = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    if sys.argv[5:] == ["naive"]:
        GroupCommit.take = _one_transaction_a_packet  # type: ignore[method-assign]
    intake = TrackerIntake(Database(url))
    run.run_loop(run.serve(intake, "127.0.0.1", wialon, teltonika, osmand))


if __name__ == "__main__":
    main()
