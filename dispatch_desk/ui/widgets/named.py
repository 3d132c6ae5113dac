"""A widget with its object name: the name tests, style sheets and saved layouts find it by.

PySide6 accepts ``objectName=`` as a keyword of every widget's constructor, but its type stubs list
only each class's own properties, so the checker refuses the keyword; this says the same thing typed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def named[T: QObject](thing: T, name: str) -> T:
    """``thing``, its object name set to ``name``."""
    thing.setObjectName(name)
    return thing
