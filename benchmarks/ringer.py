"""A desk in its own process, for the benchmarks of calls from the app: signs in as DISPATCH_DESK_USER
(password in DISPATCH_DESK_PASSWORD), prints "ready" once its call page is loaded, then one line per call
from the app that starts to ring on it: ``CALL_ID UNIX_TIME``. Usage: python -m benchmarks.ringer DB_URL"""

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


def main() -> int:
    app = QApplication(sys.argv[:1])
    settings = Settings()
    settings.database_url = sys.argv[1]
    settings.notify_sound = settings.notify_flash = False
    window = MainWindow(settings, with_map=False)
    calls = window.app_calls
    seen: set[str] = set()
    shown = calls._show

    def show() -> None:  # every change of the calls reaches the list through here
        shown()
        now = time.time()
        for call in calls.waiting():
            if call.id not in seen:
                seen.add(call.id)
                print(call.id, now, flush=True)

    calls._show = show  # type: ignore[method-assign]
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
        view = calls.panel.view
        if window.desk is not None and window.feed.waker is not None and view is not None and view.ready:
            print("ready", flush=True)
        else:
            QTimer.singleShot(50, ready)

    ready()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
