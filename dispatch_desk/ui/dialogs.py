"""The desk's dialogs: closing an incident, a short reason, the shortcut list and the About box.

Every dialog is opened non-blocking (``open()``): the desk keeps following the feed meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk import __version__


class CloseDialog(QDialog):
    """Disposition and the "measures taken" message for the citizen."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close %1").replace("%1", number))
        self.disposition = QLineEdit()
        self.message = QPlainTextEdit()
        self.message.setTabChangesFocus(True)
        self.message.setPlaceholderText(self.tr("Sent to the author of the report"))
        form = QFormLayout(self)
        form.addRow(self.tr("Disposition"), self.disposition)
        form.addRow(self.tr("Measures taken (for the citizen)"), self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if self.disposition.text().strip():
            self.accept()
        else:
            self.disposition.setFocus()

    def values(self) -> tuple[str, str]:
        return self.disposition.text().strip(), self.message.toPlainText().strip()


def ask_text(parent: QWidget, title: str, label: str, done: Callable[[str], None]) -> QInputDialog:
    """A non-blocking question: ``done(text)`` runs when the operator confirms a non-empty answer."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setObjectName("reasonDialog")

    def accepted() -> None:
        text = dialog.textValue().strip()
        if text:
            done(text)

    dialog.accepted.connect(accepted)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for n, (text, keys) in enumerate(rows):
            table.setItem(n, 0, QTableWidgetItem(text))
            table.setItem(n, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 620)


class AboutBox(QMessageBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Information, "", "", parent=parent)
        self.setWindowTitle(self.tr("About Dispatch Desk"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.about_text())

    def about_text(self) -> str:
        return (
            self.tr("Dispatch Desk %1").replace("%1", __version__)
            + "\n\n"
            + self.tr(
                "Demo city map data © OpenStreetMap contributors, available under the Open Database "
                "Licence (ODbL) 1.0. The precincts, street positions, units and incidents of the demo are "
                "illustrative."
            )
        )


def warn(parent: QWidget, title: str, text: str) -> None:
    """A warning that does not block the desk."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def inform(parent: QWidget, title: str, text: str) -> None:
    """A message that does not block the desk; its text can be selected and copied."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
