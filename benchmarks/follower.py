"""A desk in its own process, for the freshness benchmark: prints "ready", then one line per incident
that appears in its queue model: ``NUMBER UNIX_TIME``. Usage: python -m benchmarks.follower DB_URL"""

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

    def inserted(_parent, first: int, last: int) -> None:
        now = time.time()
        for row in range(first, last + 1):
            print(window.queue.model.incident(row).number, now, flush=True)

    window.queue.model.rowsInserted.connect(inserted)
    window.show()
    window.start()

    def ready() -> None:
        if window.services is not None and window.feed.waker is not None:
            print("ready", flush=True)
        else:
            QTimer.singleShot(50, ready)

    ready()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
