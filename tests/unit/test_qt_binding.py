"""Guards against Qt binding bugs that would take the desk down during a twelve-hour shift."""

import sys

from PySide6.QtCore import QObject, Signal


class _Relay(QObject):
    value = Signal(object)


def test_emitting_signals_keeps_reference_counts():
    # No application object: a QCoreApplication made here would be the one a later GUI test in the same
    # worker gets, and creating a widget on it aborts the process. Direct connections need none.
    relay = _Relay()
    received = [0]
    relay.value.connect(lambda _v: received.__setitem__(0, received[0] + 1))
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for _ in range(2000):
        relay.value.emit(None)
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert received[0] == 2000  # delivered without an application object
    assert all(abs(a - b) < 50 for a, b in zip(after, before, strict=True)), (before, after)
