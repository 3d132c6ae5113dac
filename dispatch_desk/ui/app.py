"""Start-up of the desk in stages: settings → Qt application → translations → window → database."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from dispatch_desk.config import Settings
from dispatch_desk.resources import resources_dir

LANGUAGES = ("kk", "ru", "en")


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
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Dispatch Desk")
    app.setOrganizationName("Dispatch Desk")
    app.setApplicationVersion(__import__("dispatch_desk").__version__)
    return app


def run_gui(settings: Settings) -> int:
    from dispatch_desk.ui.main_window import MainWindow

    app = create_application()
    settings.language = choose_language(settings.language)
    install_translations(app, settings.language)
    window = MainWindow(settings)
    window.show()
    window.start()
    return app.exec()
