"""Enter saves the call from every field of the call form: a line, a list, the description.

Enter in a field that has no use for it reaches the form; Enter in the category or priority list (whose
closed list would otherwise keep it) is taken before the list sees it; Enter among the address's
suggestions takes the suggestion, not the call.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterSaves(QObject):
    def __init__(
        self, form: QWidget, lists: tuple[QComboBox, ...], address: QLineEdit, save: Callable[[], None]
    ):
        super().__init__(form)
        self.form, self.lists, self.address, self.save = form, lists, address, save
        form.installEventFilter(self)
        for choice in lists:
            choice.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or event.key() not in ENTER
        ):
            return super().eventFilter(watched, event)
        if watched in self.lists:
            if isinstance(watched, QComboBox) and watched.view().isVisible():
                return False  # the open list takes its own Enter
            self.save()
            return True
        if watched is self.form:
            popup = self.address.completer().popup()
            choosing = self.address.hasFocus() and popup is not None and popup.isVisible()
            if not choosing:  # Enter in the suggestions takes the suggestion
                self.save()
            event.accept()
            return True
        return super().eventFilter(watched, event)
