"""Calls from the app, on SQLite and PostgreSQL, with the real intake process and desks in processes of
their own: pressing "call" to ringing on another process's desk (p50/p95, aim ≤ 300 ms p95); answer to the
first video frame at the desk with real WebRTC (aim ≤ 1 s); twenty callers waiting at once with seven
desks open (every desk rings for every caller; each caller learns a place from 1 to 20).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from contextlib import ExitStack, contextmanager

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from dispatch_desk.ui import qt_boot

qt_boot.prepare()  # before pytest-qt makes the QApplication: QtWebEngine's environment

import pytest  # noqa: E402
from websockets.sync.client import connect  # noqa: E402

from benchmarks.conftest import _fresh  # noqa: E402
from dispatch_desk.demo.city import load_precincts, load_streets  # noqa: E402
from dispatch_desk.domain.access import Principal  # noqa: E402
from dispatch_desk.services.app_reports import IntakeService  # noqa: E402
from dispatch_desk.services.desk import DeskService  # noqa: E402
from dispatch_desk.store.media_files import MediaStore  # noqa: E402
from tests.support.intake import start_intake_process  # noqa: E402
from tests.support.people import PASSWORD, add_person  # noqa: E402

CENTRE = (52.2873, 76.9674)
DESKS = 7
CALLERS = 20
SETTLE_S = 8.0


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def call_db(request, tmp_path_factory):
    db = _fresh(request.param, "calls", tmp_path_factory, lambda: request.getfixturevalue("pg_server"))
    desk = DeskService(db, Principal.for_system("bench"))
    desk.import_precincts(load_precincts())
    desk.replace_gazetteer(load_streets(), [])
    media = tmp_path_factory.mktemp("call-media")
    _, key = IntakeService(desk, MediaStore(media)).create_api_key(
        "bench", 10_000_000, by=Principal.for_system("admin")
    )
    for n in range(1, DESKS + 1):
        add_person(db, f"op{n}")
    yield db, key, media
    db.dispose()


def percentiles(delays: list[float]) -> dict[str, float]:
    delays = sorted(delays)
    return {
        "p50_ms": round(statistics.median(delays), 1),
        "p95_ms": round(delays[max(0, int(0.95 * len(delays)) - 1)], 1),
        "max_ms": round(delays[-1], 1),
        "n": len(delays),
    }


@contextmanager
def intake(db, media):
    process, url = start_intake_process(db.url, media)
    try:
        yield url.replace("http://", "ws://") + "/v2/calls/citizen"
    finally:
        process.terminate()
        process.wait(10)


@contextmanager
def desks(db, tmp_path, count: int):
    """``count`` desks in processes of their own, signed in as op1…; yields, per desk, {call id: when it
    began to ring there}."""
    with ExitStack() as stack:
        seen: list[dict[str, float]] = []
        ready = []
        for n in range(1, count + 1):
            env = {
                **os.environ,
                "DISPATCH_DESK_DATA_DIR": str(tmp_path / f"d{n}"),
                "DISPATCH_DESK_CONFIG_DIR": str(tmp_path / f"c{n}"),
                "DISPATCH_DESK_USER": f"op{n}",
                "DISPATCH_DESK_PASSWORD": PASSWORD,
            }
            process = subprocess.Popen(
                [sys.executable, "-m", "benchmarks.follower", db.url, "calls"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            stack.callback(lambda p=process: (p.terminate(), p.wait(10)))
            rung: dict[str, float] = {}
            event = threading.Event()
            seen.append(rung)
            ready.append(event)

            def read(process=process, rung=rung, event=event) -> None:
                for line in process.stdout:
                    if line.strip() == "ready":
                        event.set()
                    elif line.strip():
                        call_id, at = line.split()
                        rung[call_id] = float(at)

            threading.Thread(target=read, daemon=True).start()
        for event in ready:
            assert event.wait(180), "a desk did not start"
        time.sleep(SETTLE_S)  # the desks' pages finish starting: the calls come to desks already open
        yield seen


def start(socket, key: str, n: int) -> None:
    socket.send(
        json.dumps(
            {
                "type": "start",
                "api_key": key,
                "name": f"Абонент {n}",
                "phone": f"+7701555{n:04d}",
                "lat": CENTRE[0],
                "lon": CENTRE[1],
                "accuracy": 10,
                "video": True,
            }
        )
    )


def receive(socket, kind: str) -> dict:
    while True:
        message = json.loads(socket.recv(timeout=10))
        if message["type"] == kind:
            return message


def wait_for(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_call_to_ringing_on_another_process_desk(benchmark, call_db, tmp_path):
    db, key, media = call_db
    delays: list[float] = []
    with intake(db, media) as url, desks(db, tmp_path, 1) as seen:

        def calls() -> None:
            for n in range(40):
                pressed = time.time()  # the citizen presses "call": the socket opens, the call starts
                with connect(url, open_timeout=10) as socket:
                    start(socket, key, n)
                    call_id = receive(socket, "waiting")["call"]
                    wait_for(lambda call_id=call_id: call_id in seen[0])
                    delays.append((seen[0][call_id] - pressed) * 1000)
                    socket.send(json.dumps({"type": "hangup"}))
                    receive(socket, "ended")
                time.sleep(0.1)

        benchmark.pedantic(calls, rounds=1, iterations=1)
    figures = percentiles(delays)
    benchmark.extra_info.update({f"ring_{k}": v for k, v in figures.items()})
    assert figures["n"] == 40


def test_twenty_callers_waiting_with_seven_desks(benchmark, call_db, tmp_path):
    db, key, media = call_db
    places: dict[int, int] = {}
    pressed: dict[str, float] = {}
    started: list[float] = []  # pressed → the intake's "waiting" answer
    with intake(db, media) as url, desks(db, tmp_path, DESKS) as seen, ExitStack() as stack:
        sockets = [stack.enter_context(connect(url, open_timeout=10)) for _ in range(CALLERS)]
        barrier = threading.Barrier(CALLERS)

        def caller(n: int) -> None:
            barrier.wait()
            at = time.time()
            start(sockets[n], key, n)
            pressed[receive(sockets[n], "waiting")["call"]] = at
            started.append((time.time() - at) * 1000)

        def everyone() -> None:
            threads = [threading.Thread(target=caller, args=(n,)) for n in range(CALLERS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            wait_for(lambda: all(len(desk) >= CALLERS for desk in seen), timeout=30)

        benchmark.pedantic(everyone, rounds=1, iterations=1)
        for n, socket in enumerate(sockets):  # the line settles: every caller knows their place
            message = receive(socket, "place")
            while message["waiting"] != CALLERS:
                message = receive(socket, "place")
            places[n] = message["place"]
        for socket in sockets:
            socket.send(json.dumps({"type": "hangup"}))
    assert sorted(places.values()) == list(range(1, CALLERS + 1))
    delays = [(desk[call_id] - at) * 1000 for desk in seen for call_id, at in pressed.items()]
    figures = percentiles(delays)
    benchmark.extra_info.update({f"ring_{k}": v for k, v in figures.items()}, desks=DESKS, callers=CALLERS)
    benchmark.extra_info.update({f"answered_{k}": v for k, v in percentiles(started).items()})


def test_answer_to_first_video_frame(benchmark, call_db, qtbot, tmp_path):
    """The desk (in this process) answers; the citizen is the reference client in a QtWebEngine page with
    Chromium's fake camera; until the desk's page has decoded the caller's first video frame."""
    from dispatch_desk.config import Settings
    from dispatch_desk.intake.app import create_app
    from tests.support.citizen import citizen, run, state
    from tests.support.desk_window import open_window
    from tests.support.intake import ServerThread

    db, key, media = call_db
    service = IntakeService(DeskService(db, Principal.for_system("intake")), MediaStore(media))
    delays: list[float] = []
    with ServerThread(create_app(service)) as server:
        settings = Settings()
        settings.database_url, settings.intake_url, settings.media_dir = db.url, server.url, str(media)
        settings.notify_sound = settings.notify_flash = False
        window = open_window(qtbot, settings, 60_000, login="op1")
        try:
            qtbot.waitUntil(
                lambda: window.app_calls.panel.view is not None and window.app_calls.panel.view.ready,
                timeout=30_000,
            )
            phone = citizen(qtbot, server, key)
            calls = window.app_calls

            def answer_five() -> None:
                for _ in range(5):
                    run(qtbot, phone, "window.citizenActions.call() && true")
                    qtbot.waitUntil(lambda: bool(calls.waiting()), timeout=10_000)
                    answered = time.monotonic()
                    calls.answer()
                    qtbot.waitUntil(lambda: calls.first_frame, timeout=10_000)
                    delays.append((time.monotonic() - answered) * 1000)
                    run(qtbot, phone, "window.citizenActions.hangUp() || true")
                    qtbot.waitUntil(
                        lambda: calls.active is None and state(qtbot, phone)["ended"] == "caller",
                        timeout=10_000,
                    )
                    window.calls.finished()  # the operator discards the form; the next call comes in

            benchmark.pedantic(answer_five, rounds=1, iterations=1)
        finally:
            window.close()
    service.close()
    figures = percentiles(delays)
    benchmark.extra_info.update({f"first_frame_{k}": v for k, v in figures.items()})
