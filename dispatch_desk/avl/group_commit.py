"""Fixes of many connections stored together: one transaction for whatever arrived while the last one was
being written (group commit). A thousand trackers each sending one fix a packet would otherwise cost a
transaction a fix; here they cost one a batch, and each connection still answers its device only once its
own fixes are stored.

A batch the sink refuses is written again connection by connection, so that one connection's trouble
(a fix the database will not take) fails that connection alone.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Sequence
from typing import Protocol

from dispatch_desk.domain.fixes import Fix

MAX_BATCH = 2000  # fixes in one transaction at most


class Sink(Protocol):
    def take(self, fixes: Sequence[Fix]) -> object: ...


class GroupCommit:
    def __init__(self, sink: Sink, max_batch: int = MAX_BATCH) -> None:
        self.sink, self.max_batch = sink, max_batch
        self.pending: deque[tuple[Sequence[Fix], asyncio.Future[None]]] = deque()
        self.wake = asyncio.Event()
        self.task: asyncio.Task[None] | None = None
        self.batches = 0  # transactions written (the tests and the benchmark read it)

    async def take(self, fixes: Sequence[Fix]) -> None:
        """Store ``fixes`` with whatever else is waiting; returns once they are stored."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.pending.append((fixes, future))
        self.wake.set()
        if self.task is None or self.task.done():
            self.task = asyncio.create_task(self._writing())
        await future

    def _next_batch(self) -> list[tuple[Sequence[Fix], asyncio.Future[None]]]:
        batch: list[tuple[Sequence[Fix], asyncio.Future[None]]] = []
        count = 0
        while self.pending and (not batch or count + len(self.pending[0][0]) <= self.max_batch):
            item = self.pending.popleft()
            batch.append(item)
            count += len(item[0])
        return batch

    async def _writing(self) -> None:
        while True:
            await self.wake.wait()
            self.wake.clear()
            while self.pending:
                batch = self._next_batch()
                self.batches += 1
                try:
                    await asyncio.to_thread(self.sink.take, [fix for fixes, _ in batch for fix in fixes])
                except Exception:
                    await self._one_by_one(batch)
                else:
                    for _fixes, future in batch:
                        if not future.done():
                            future.set_result(None)

    async def _one_by_one(self, batch: list[tuple[Sequence[Fix], asyncio.Future[None]]]) -> None:
        for fixes, future in batch:
            try:
                await asyncio.to_thread(self.sink.take, fixes)
            except Exception as exc:
                if not future.done():
                    future.set_exception(exc)
            else:
                if not future.done():
                    future.set_result(None)

    async def close(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
