"""Fixes of many connections in one transaction, each connection answered once its own are stored; a batch
the sink refuses is written again connection by connection, so that only the culprit fails."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime

import pytest

from dispatch_desk.avl.group_commit import GroupCommit
from dispatch_desk.domain.fixes import Fix, Source


def fix(device: str) -> Fix:
    return Fix(device, datetime(2026, 12, 7, tzinfo=UTC), 52.28, 76.96, Source.WIALON)


class SlowSink:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.gate = threading.Event()

    def take(self, fixes) -> None:
        if not self.calls:
            self.gate.wait(5)  # the first transaction is slow: the others arrive meanwhile
        self.calls.append([f.device for f in fixes])
        if ("bad" in self.calls[-1] and len(self.calls[-1]) > 1) or self.calls[-1] == ["bad"]:
            raise ValueError("the database refused it")


def test_fixes_that_arrive_while_one_batch_is_written_go_together_and_one_bad_fails_alone():
    sink = SlowSink()

    async def run():
        commit = GroupCommit(sink, max_batch=3)
        first = asyncio.create_task(commit.take([fix("a")]))
        await asyncio.sleep(0.05)
        rest = [asyncio.create_task(commit.take([fix(d)])) for d in ("b", "c", "d", "bad", "e")]
        await asyncio.sleep(0.05)
        sink.gate.set()
        await first
        results = await asyncio.gather(*rest, return_exceptions=True)
        await commit.close()
        return results, commit.batches

    results, batches = asyncio.run(run())
    assert [isinstance(r, ValueError) for r in results] == [False, False, False, True, False]
    # one alone, then b c d together (at most 3), then bad e refused together and written one by one
    assert sink.calls == [["a"], ["b", "c", "d"], ["bad", "e"], ["bad"], ["e"]]
    assert batches == 3


def test_a_waiting_connection_gets_its_answer_only_after_its_fixes_are_stored():
    sink = SlowSink()

    async def run():
        commit = GroupCommit(sink)
        task = asyncio.create_task(commit.take([fix("a")]))
        await asyncio.sleep(0.1)
        assert not task.done()  # not acknowledged before it is stored
        sink.gate.set()
        await task
        await commit.close()

    asyncio.run(run())
    assert sink.calls == [["a"]]


@pytest.mark.parametrize("size", [1, 5])
def test_a_batch_never_exceeds_its_limit_but_a_larger_packet_goes_whole(size):
    sink = SlowSink()
    sink.gate.set()

    async def run():
        commit = GroupCommit(sink, max_batch=2)
        await asyncio.gather(*(commit.take([fix(f"d{n}")] * size) for n in range(4)))
        await commit.close()

    asyncio.run(run())
    assert all(len(call) <= max(2, size) for call in sink.calls)
    assert sum(len(call) for call in sink.calls) == 4 * size
