"""Start-up of the desk in stages, as qutebrowser's earlyinit does: faulthandler → logging → versions →
Qt → translations → window → database (in the background). An uncaught exception keeps the call being
typed, writes the log and shows where the log is.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from typing import Any, cast

import platformdirs
from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from dispatch_desk.config import Settings
from dispatch_desk.resources import resources_dir

LANGUAGES = ("kk", "ru", "en")
log = logging.getLogger("dispatch_desk")
LOG_BYTES, LOG_FILES = 2_000_000, 5


def log_dir() -> Path:
    import os

    override = os.environ.get("DISPATCH_DESK_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir("dispatch-desk", appauthor=False))


def init_faulthandler(folder: Path) -> Any:
    """A crash inside Qt or a driver still leaves the Python stacks in ``crash.log``."""
    folder.mkdir(parents=True, exist_ok=True)
    stream = open(folder / "crash.log", "a", encoding="utf-8")  # noqa: SIM115 - open for the process's life
    faulthandler.enable(stream)
    return stream


def init_logging(folder: Path) -> Path:
    """The desk's log: a rotating file in the user's log folder (five of 2 MB at most)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "desk.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def check_versions() -> list[str]:
    """What is too old to run the desk, in words (empty when all is well)."""
    from importlib.metadata import version

    problems = []
    for package, low, high in (("PySide6", (6, 8), (6, 12)), ("SQLAlchemy", (2, 0), None)):
        found = tuple(int(p) for p in version(package).split(".")[:2])
        if found < low or (high is not None and found >= high):
            wanted = f">= {'.'.join(map(str, low))}" + (f", < {'.'.join(map(str, high))}" if high else "")
            problems.append(f"{package} {wanted} is needed, this is {version(package)}")
    return problems


def install_crash_handler(window: Any, log_path: Path) -> None:
    """An uncaught exception: keep the call being typed, log it, say where the log is. The desk goes on."""

    def handle(kind, value, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)
            return
        log.critical("uncaught exception\n%s", "".join(traceback.format_exception(kind, value, trace)))
        try:
            window.save_for_crash()
        except Exception:
            log.exception("the call being typed could not be saved")
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Critical,
            window.tr("Dispatch Desk: an error"),
            window.tr("Something went wrong: %1\n\nThe call being typed is kept. The details are in %2")
            .replace("%1", str(value)[:300])
            .replace("%2", str(log_path)),
            parent=window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    sys.excepthook = handle


def choose_language(setting: str) -> str:
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    translators = []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own = Path(resources_dir()) / "translations"
    for name, folder in ((f"qtbase_{language}", qt_translations), (f"dispatch_desk_{language}", str(own))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def create_application(argv: list[str] | None = None) -> QApplication:
    from dispatch_desk.ui import qt_boot

    if QApplication.instance() is None:
        qt_boot.prepare()
    app = cast(QApplication, QApplication.instance()) or QApplication(
        argv if argv is not None else sys.argv[:1]
    )
    app.setApplicationName("Dispatch Desk")
    app.setOrganizationName("Dispatch Desk")
    app.setApplicationVersion(__import__("dispatch_desk").__version__)
    return app


def run_gui(settings: Settings, *, wall: bool = False) -> int:
    """The desk's window; ``wall``: the wall display of the city board instead (``dispatch-desk --wall``)."""
    folder = log_dir()
    crash_log = init_faulthandler(folder)
    log_path = init_logging(folder)
    problems = check_versions()
    if problems:
        for problem in problems:
            print(f"dispatch-desk: {problem}", file=sys.stderr)
        return 1
    log.info("desk starting, database %s", settings.database_url.split("@")[-1])
    from dispatch_desk.ui.main_window import MainWindow

    app = create_application()
    settings.language = choose_language(settings.language)
    install_translations(app, settings.language)
    if wall:
        from dispatch_desk.ui.wall import WallWindow

        wall_window = WallWindow(settings)
        wall_window.showFullScreen()
        wall_window.start()
        try:
            return app.exec()
        finally:
            crash_log.close()
    window = MainWindow(settings)
    install_crash_handler(window, log_path)
    window.show()
    window.start()
    try:
        return app.exec()
    finally:
        crash_log.close()
