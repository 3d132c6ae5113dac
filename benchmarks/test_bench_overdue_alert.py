"""An overdue alert on a desk in another process: a P1 made by one workstation with no unit sent, and the
moment its "overdue" appears on an operator's desk (its model's overdue list, what turns the row red,
counts it in the status bar and sounds the tone) after the P1's 60-second deadline. Aim ≤ 2 s: the desk
checks once a second and learns the incident from the change feed."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.clock import utc_now
from dispatch_desk.services.desk import CallDraft, DeskService

DESK = """
import sys, time
from PySide6.QtCore import QTimer
from dispatch_desk.config import Settings
from dispatch_desk.ui.app import create_application
from dispatch_desk.ui.main_window import MainWindow
app = create_application()
settings = Settings()
settings.database_url = sys.argv[1]
window = MainWindow(settings, with_map=False)
window.show()
window.start()
said = set()
def alerted(numbers):
    for number in numbers:
        late = window.queue.model.overdue.get(number, [])
        if number not in said and any(o.kind == "not_dispatched" for o in late):
            said.add(number)
            print(f"alert {number} {time.time():.3f}", flush=True)
def step():
    if window.now.services is not None and window.now.desk is None and window.sign_in_screen.button.isEnabled():
        window.sign_in_screen.login.setText("operator")
        window.sign_in_screen.password.setText("demo")
        window.sign_in_screen.submit()
    if window.now.desk is not None and not said:
        said.add("")
        window.queue.model.overdueChanged.connect(alerted)
        print("ready", flush=True)
timer = QTimer(); timer.timeout.connect(step); timer.start(50)
QTimer.singleShot(600_000, app.quit)
app.exec()
"""
DEADLINE_S = 60.0  # a P1 without a unit


def test_overdue_alert_on_another_desk(benchmark, tmp_path_factory):
    from dispatch_desk.demo.city import build_demo
    from dispatch_desk.store import migrate
    from dispatch_desk.store.db import Database

    folder = tmp_path_factory.mktemp("overdue")
    db = Database(f"sqlite:///{folder / 'demo.sqlite3'}")
    migrate.upgrade(db)
    build_demo(db, days=1)
    env = {
        **os.environ,
        "DISPATCH_DESK_DATA_DIR": str(folder / "data"),
        "DISPATCH_DESK_CONFIG_DIR": str(folder / "cfg"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, "-c", DESK, db.url]
    desk = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    calls = DeskService(db, Principal.for_system("another workstation"))
    delays: list[float] = []
    try:
        assert desk.stdout is not None
        while desk.stdout.readline().strip() != "ready":
            assert desk.poll() is None, "the desk stopped"

        def one_p1() -> None:
            # received 58 s ago: due in 2 s, so that the desk has it before the deadline passes
            received = utc_now() - timedelta(seconds=DEADLINE_S - 2)
            incident = calls.create_incident(
                CallDraft(Channel.PHONE, "robbery", "Грабёж", "Естая 105", received_at=received)
            )
            deadline = received.timestamp() + DEADLINE_S
            line = desk.stdout.readline().split()
            assert line[:2] == ["alert", incident.number], line
            delays.append(float(line[2]) - deadline)

        benchmark.pedantic(one_p1, rounds=8, warmup_rounds=1)
    finally:
        desk.kill()
        desk.wait(10)
    ordered = sorted(delays)
    benchmark.extra_info["seconds_after_deadline"] = [round(d, 3) for d in delays]
    benchmark.extra_info["p50_s"] = round(ordered[len(ordered) // 2], 3)
    benchmark.extra_info["max_s"] = round(ordered[-1], 3)
    print(
        f"\noverdue alert after its deadline: p50 {ordered[len(ordered) // 2]:.2f} s, max {ordered[-1]:.2f} s"
    )
