import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dispatch_desk.ui import qt_boot

# QtWebEngine must be imported, and its environment set, before pytest-qt creates the QApplication.
qt_boot.prepare()
