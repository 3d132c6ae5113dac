import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
