"""A desk in its own process, for the freshness benchmarks: signs in as DISPATCH_DESK_USER (password in
DISPATCH_DESK_PASSWORD), prints "ready", then one line per incident that appears in its queue model:
``NUMBER UNIX_TIME``; with ``calls``, once its call page is loaded, one line per call from the app that
starts to ring on it: ``CALL_ID UNIX_TIME``. Usage: python -m benchmarks.follower DB_URL [calls]

With DISPATCH_DESK_BENCH_FEED=each the desk follows the feed as it did before issue #27: each incident
a feed page names read by itself (for the benchmarks that compare the two in one run). With DISPATCH_DESK_BENCH_PROFILE=FILE it
writes cProfile's statistics of its main thread to FILE when it is stopped (SIGTERM)."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from dispatch_desk.ui import qt_boot

qt_boot.prepare()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from dispatch_desk.config import Settings  # noqa: E402
from dispatch_desk.ui.main_window import MainWindow  # noqa: E402


def follow_calls(window: MainWindow) -> None:
    """Print each call as it starts to ring: every change of the calls reaches the list through ``_show``."""
    desk_calls = window.app_calls
    seen: set[str] = set()
    shown = desk_calls._show

    def show() -> None:
        shown()
        now = time.time()
        for call in desk_calls.waiting():
            if call.id not in seen:
                seen.add(call.id)
                print(call.id, now, flush=True)

    desk_calls._show = show  # type: ignore[method-assign]


def read_each_by_itself() -> None:
    """The feed's incidents read one query each, as the desk did before it read a page's together."""
    from dispatch_desk.domain.errors import NotFound
    from dispatch_desk.services.desk_queries import DeskQueries

    def one_by_one(self, numbers):  # type: ignore[no-untyped-def]
        found = []
        for number in numbers:
            try:
                found.append(self.incident(number))
            except NotFound:
                pass
        return found

    DeskQueries.incidents_named = one_by_one  # type: ignore[method-assign]


def main() -> int:
    if os.environ.get("DISPATCH_DESK_BENCH_FEED") == "each":
        read_each_by_itself()
    app = QApplication(sys.argv[:1])
    settings = Settings()
    settings.database_url = sys.argv[1]
    settings.notify_sound = settings.notify_flash = False
    window = MainWindow(settings, with_map=False)
    calls = sys.argv[2:] == ["calls"]
    if calls:
        follow_calls(window)
    else:

        def inserted(_parent, first: int, last: int) -> None:
            now = time.time()
            for row in range(first, last + 1):
                print(window.queue.model.incident(row).number, now, flush=True)

        window.queue.model.rowsInserted.connect(inserted)
    window.show()
    window.start()
    profile_to = os.environ.get("DISPATCH_DESK_BENCH_PROFILE")
    if profile_to:  # where the desk's time goes: cProfile's statistics written when it is stopped
        import cProfile
        import signal

        profiler = cProfile.Profile()
        profiler.enable()

        def stop(*_args: object) -> None:
            profiler.disable()
            profiler.dump_stats(profile_to)
            app.quit()

        signal.signal(signal.SIGTERM, stop)
        keep_python_awake = QTimer()
        keep_python_awake.start(200)  # so that Python sees the signal while Qt waits

    asked = False

    def ready() -> None:
        nonlocal asked
        screen = window.sign_in_screen
        if (
            window.now.services is not None
            and window.now.desk is None
            and not asked
            and screen.button.isEnabled()
        ):
            screen.login.setText(os.environ["DISPATCH_DESK_USER"])
            screen.password.setText(os.environ["DISPATCH_DESK_PASSWORD"])
            screen.submit()
            asked = True
        view = window.app_calls.panel.view
        if (
            window.now.desk is not None
            and window.feed.waker is not None
            and (not calls or (view and view.ready))
        ):
            print("ready", flush=True)
        else:
            QTimer.singleShot(50, ready)

    ready()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
