"""Guards against Qt binding bugs that would take the desk down during a twelve-hour shift."""

import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Relay(QObject):
    value = Signal(object)


def test_emitting_signals_keeps_reference_counts():
    app = QCoreApplication.instance() or QCoreApplication([])
    relay = _Relay()
    relay.value.connect(lambda _v: None)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for _ in range(2000):
        relay.value.emit(None)
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert all(abs(a - b) < 50 for a, b in zip(after, before, strict=True)), (before, after)
    assert app is not None
