import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from tests.support.fake_media import with_fake_media

# Calls from the app: Chromium's fake camera and microphone, granted without asking.
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = with_fake_media(os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""))

from dispatch_desk.ui import qt_boot

# QtWebEngine must be imported, and its environment set, before pytest-qt creates the QApplication.
qt_boot.prepare()


import pytest  # noqa: E402

from dispatch_desk.config import Settings  # noqa: E402


@pytest.fixture
def bare_window(qtbot, tmp_path):
    """A desk window on an empty SQLite database, without the map and not yet started."""
    from dispatch_desk.ui.main_window import MainWindow

    settings = Settings()
    settings.database_url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    win = MainWindow(settings, with_map=False)
    qtbot.addWidget(win)
    yield win
    win.close()


@pytest.fixture
def sqlite_city(tmp_path):
    from dispatch_desk.demo.city import build_demo
    from dispatch_desk.store import migrate
    from dispatch_desk.store.db import Database

    db = Database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    migrate.upgrade(db)
    build_demo(db, days=1)
    yield db
    db.dispose()


@pytest.fixture
def desk_window(qtbot, sqlite_city):
    from tests.support.desk_window import map_desk

    with map_desk(qtbot, sqlite_city, "operator") as window:
        yield window
