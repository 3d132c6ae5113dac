"""A desk in its own process, for the freshness benchmarks: signs in as DISPATCH_DESK_USER (password in
DISPATCH_DESK_PASSWORD), prints "ready", then one line per incident that appears in its queue model:
``NUMBER UNIX_TIME``; with ``calls``, once its call page is loaded, one line per call from the app that
starts to ring on it: ``CALL_ID UNIX_TIME``. Usage: python -m benchmarks.follower DB_URL [calls]"""

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


def main() -> int:
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

    asked = False

    def ready() -> None:
        nonlocal asked
        screen = window.sign_in_screen
        if window.services is not None and window.desk is None and not asked and screen.button.isEnabled():
            screen.login.setText(os.environ["DISPATCH_DESK_USER"])
            screen.password.setText(os.environ["DISPATCH_DESK_PASSWORD"])
            screen.submit()
            asked = True
        view = window.app_calls.panel.view
        if window.desk is not None and window.feed.waker is not None and (not calls or (view and view.ready)):
            print("ready", flush=True)
        else:
            QTimer.singleShot(50, ready)

    ready()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
