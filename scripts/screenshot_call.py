"""A screenshot of the desk in a call from the app, for the README: the demo database of the current data
folder, the intake's signalling in this process, the reference client (/call) as the caller in an
offscreen page with Chromium's fake camera and microphone, the operator answering.

    .venv/bin/dispatch-desk db init --demo
    .venv/bin/python scripts/screenshot_call.py docs/call-ru.png --lang ru [--ringing]

``--ringing``: the desk before it is answered (two calls waiting) instead of the call in progress.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (
    os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "") + " --use-fake-device-for-media-stream"
    " --use-fake-ui-for-media-stream --autoplay-policy=no-user-gesture-required"
).strip()
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dispatch_desk.ui import qt_boot

qt_boot.prepare()

import uvicorn  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer, QUrl  # noqa: E402
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings  # noqa: E402
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402

from dispatch_desk.composition import open_services  # noqa: E402
from dispatch_desk.config import Settings  # noqa: E402
from dispatch_desk.domain.access import Principal  # noqa: E402
from dispatch_desk.intake.app import create_app  # noqa: E402
from dispatch_desk.ui.app import create_application, install_translations  # noqa: E402
from dispatch_desk.ui.main_window import MainWindow  # noqa: E402

CALLERS = [
    {
        "name": "Данияр Есенов",
        "phone": "+7 701 555 12 34",
        "account": "app-4417",
        "lat": 52.28712,
        "lon": 76.96811,
        "accuracy": 12,
    },
    {
        "name": "Гүлнар Сейітова",
        "phone": "+7 705 310 44 21",
        "account": "app-9120",
        "lat": 52.29802,
        "lon": 76.94455,
        "accuracy": 30,
        "video": "0",
    },
]


class Caller(QWebEnginePage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.permissionRequested.connect(lambda permission: permission.grant())

    def javaScriptConsoleMessage(self, *_args) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="ru", choices=("kk", "ru", "en"))
    parser.add_argument("--ringing", action="store_true")
    args = parser.parse_args()
    app = create_application()
    install_translations(app, args.lang)
    settings = Settings.load()
    settings.language, settings.notify_sound = args.lang, False
    services = open_services(settings)
    _, key = services.app_reports.create_api_key(
        f"screenshot-{time.time_ns()}", by=Principal.for_system("admin")
    )
    config = uvicorn.Config(create_app(services.app_reports), host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    clock = QElapsedTimer()
    clock.start()

    def wait_for(condition, what: str, timeout_s: float = 60) -> None:
        while not condition():
            if clock.elapsed() > timeout_s * 1000:
                raise SystemExit(f"screenshot_call: {what} did not happen in time")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        clock.restart()

    wait_for(lambda: server.started, "the intake server's start")
    url = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    settings.intake_url = url
    window = MainWindow(settings)
    window.resize(1600, 900)
    window.show()
    window.start()
    wait_for(lambda: window.now.services is not None and window.map.ready, "the desk's start")
    window.sign_in_screen.login.setText("operator")
    window.sign_in_screen.password.setText(os.environ.get("DISPATCH_DESK_PASSWORD", "demo"))
    window.sign_in_screen.submit()
    wait_for(lambda: window.now.desk is not None and window.app_calls.panel.view is not None, "the sign-in")
    wait_for(lambda: window.app_calls.panel.view.ready, "the call page")
    phones = []
    for who in CALLERS[: 2 if args.ringing else 1]:
        view = QWebEngineView()
        page = Caller(view)
        page.settings().setAttribute(QWebEngineSettings.WebAttribute.PlaybackRequiresUserGesture, False)
        view.setPage(page)
        loaded: list[bool] = []
        view.loadFinished.connect(loaded.append)
        view.load(QUrl(url + "/call?" + urlencode({"key": key, "lang": args.lang, **who})))
        view.resize(480, 640)
        view.show()
        wait_for(lambda loaded=loaded: loaded == [True], "the caller's page")
        view.page().runJavaScript("window.citizenActions.call()")
        phones.append(view)
        ringing = len(phones)
        wait_for(lambda ringing=ringing: len(window.app_calls.waiting()) >= ringing, "the ring")
    if not args.ringing:
        window.app_calls.answer()
        wait_for(lambda: window.app_calls.first_frame, "the caller's video")
        form = window.call_form
        form.category.setCurrentIndex(form.category.findData("fight_assault"))
        form.description.setPlainText(
            {
                "ru": "Драка у подъезда, двое. Звонящий снимает на видео из окна.",
                "kk": "Кіреберіс алдында төбелес, екі адам. Қоңырау шалушы терезеден бейнеге түсіруде.",
                "en": "A fight at the entrance, two people. The caller films it from a window.",
            }[args.lang]
        )
    pause = QEventLoop()
    QTimer.singleShot(2500, pause.quit)  # the video plays, the map's markers settle
    pause.exec()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(args.out))
    if window.app_calls.active is not None:
        window.app_calls.hang_up()
    window.close()
    server.should_exit = True
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
