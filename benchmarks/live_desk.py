"""A desk window with its map, in a process of its own, that reports what the benchmarks of moving units
time: when a unit's marker has moved (the page's answer to the call that moved it), the desk thread's CPU
time, and how long a unit's track took to read and draw. Run as ``python -m benchmarks.live_desk URL MODE``
with MODE ``latency``, ``busy``, ``busy-naive`` (a call to the page for each unit, the naive way) or
``track CALL_SIGN HOURS``."""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QTimer

from dispatch_desk.config import Settings
from dispatch_desk.ui.app import create_application
from dispatch_desk.ui.main_window import MainWindow

PROBE = "M-0000"


def main() -> None:
    url, mode = sys.argv[1], sys.argv[2]
    app = create_application()
    settings = Settings()
    settings.database_url = url
    window = MainWindow(settings)
    window.resize(1600, 900)
    window.show()
    window.start()
    state = {"ready": False}

    def moved_markers(units: list[dict]) -> None:
        probe = next((u for u in units if u["call_sign"] == PROBE), None)

        def drawn(_count: object) -> None:
            if probe is not None:
                print(f"marker {probe['lat']:.7f} {time.time():.4f}", flush=True)

        assert window.map is not None
        window.map.call("upsertUnits", units, callback=drawn)

    def each_unit(moved) -> None:  # the naive way: a call to the page for every unit that moved
        driver = window.map_driver
        for unit, speed, heading in moved:
            driver.motion[unit.call_sign] = (speed, heading)
            driver.show_unit(unit)

    def track(call_sign: str, hours: float, left: int) -> None:
        """Read and draw the track, ``left`` times one after the other (the desk settled first)."""
        started = time.perf_counter()
        api = window.map_api

        def drawn(points: object) -> None:
            print(f"track {points} {time.perf_counter() - started:.4f}", flush=True)
            if left > 1:
                QTimer.singleShot(500, lambda: track(call_sign, hours, left - 1))

        def set_track(who, points, callback=None) -> None:
            print(f"read {time.perf_counter() - started:.4f}", flush=True)
            window.map.call("setTrack", who, points, callback=drawn)

        api.set_track = set_track
        now = datetime.now(UTC)
        window.tracks.show_track(call_sign, now - timedelta(hours=hours), now)

    def step() -> None:
        screen = window.sign_in_screen
        if window.now.services is not None and window.now.desk is None and screen.button.isEnabled():
            screen.login.setText("shiftlead")
            screen.password.setText("demo")
            screen.submit()
        loaded = window.now.desk is not None and window.map is not None and window.map.ready
        if loaded and not state["ready"] and window.units.model.rowCount() > 1000:
            state["ready"] = True
            if mode == "busy-naive":
                window.map_driver.move_units = each_unit
            elif mode == "latency":
                window.map_api.upsert_units = moved_markers
            if mode == "track":
                QTimer.singleShot(3000, lambda: track(sys.argv[3], float(sys.argv[4]), 5))
            print("ready", flush=True)

    def cpu() -> None:
        print(f"cpu {time.thread_time():.4f} {time.monotonic():.4f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(50)
    cpu_timer = QTimer()
    cpu_timer.timeout.connect(cpu)
    cpu_timer.start(1000)
    QTimer.singleShot(600_000, app.quit)
    app.exec()


if __name__ == "__main__":
    main()
