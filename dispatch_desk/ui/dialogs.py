"""The desk's dialogs: closing an incident, a short reason, the shortcut list and the About box.

Every dialog is opened non-blocking (``open()``): the desk keeps following the feed meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk import __version__
from dispatch_desk.domain.dispositions import DISPOSITION_CODES
from dispatch_desk.ui import labels


class CloseDialog(QDialog):
    """Disposition (a code from the list, free text beside it) and the "measures taken" message for the
    citizen. Enter closes from the list and the text line; the message takes Enter as a new line."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close %1").replace("%1", number))
        self.code = QComboBox()
        self.code.addItem(self.tr("— choose —"), "")
        for code in DISPOSITION_CODES:
            self.code.addItem(labels.disposition(code), code)
        self.disposition = QLineEdit()
        self.disposition.setPlaceholderText(self.tr("Details (required for “other”)"))
        self.disposition.setMaxLength(2000)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: #c62828;")
        self.hint.hide()
        self.message = QPlainTextEdit()
        self.message.setTabChangesFocus(True)
        self.message.setPlaceholderText(self.tr("Sent to the author of the report"))
        form = QFormLayout(self)
        form.addRow(self.tr("Disposition"), self.code)
        form.addRow(self.tr("Details"), self.disposition)
        form.addRow(self.hint)
        form.addRow(self.tr("Measures taken (for the citizen)"), self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        code, text = self.code.currentData() or "", self.disposition.text().strip()
        if not code and not text:
            self.hint.setText(self.tr("Choose how the incident ended"))
            self.hint.show()
            self.code.setFocus()
        elif code == "other" and not text:
            self.hint.setText(self.tr("Say in the details what “other” was"))
            self.hint.show()
            self.disposition.setFocus()
        else:
            self.accept()

    def values(self) -> tuple[str, str, str]:
        """(code, free text, message to the citizen)."""
        return (
            self.code.currentData() or "",
            self.disposition.text().strip(),
            self.message.toPlainText().strip(),
        )


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


class QuitQuestion(QMessageBox):
    """Ctrl+Q (or the window's close button) while a call is in progress or being typed: asked first, as
    Esc asks before a call is discarded. ``quit`` runs when the person chooses to quit."""

    def __init__(self, parent: QWidget, in_call: bool, quit: Callable[[], None]) -> None:
        text = (
            self.tr("A call from the app is in progress: quitting ends it for the caller.")
            if in_call
            else self.tr("The call being typed is kept as a draft and comes back at the next start.")
        )
        super().__init__(QMessageBox.Icon.Question, self.tr("Quit the desk?"), text, parent=parent)
        self.setObjectName("quitQuestion")
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
        stay = self.addButton(self.tr("Stay at the desk"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(stay)
        self.setEscapeButton(stay)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.finished.connect(lambda _result: quit() if self.clickedButton() is self.quit_button else None)
        self.open()


def warn(parent: QWidget, title: str, text: str) -> None:
    """A warning that does not block the desk."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def first_administrator(parent: QWidget, password: str) -> None:
    """A database without accounts got its administrator: the one-time password, shown once."""
    text = QCoreApplication.translate(
        "MainWindow",
        'This database had no accounts. Its administrator is "admin" with the one-time '
        "password\n\n%1\n\nIt is shown only now. Sign in with it and choose a new password.",
    )
    inform(
        parent,
        QCoreApplication.translate("MainWindow", "The first administrator"),
        text.replace("%1", password),
    )


def inform(parent: QWidget, title: str, text: str) -> None:
    """A message that does not block the desk; its text can be selected and copied."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class Help:
    """The Help menu's two windows: the keyboard shortcuts (every action's keys, the docks' too) and About."""

    def __init__(self, window) -> None:
        self.window = window

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return self.window.desk_actions.shortcut_rows(self.window.dock_keys)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcut_rows(), self.window).open()

    def about_text(self) -> str:
        return AboutBox(self.window).about_text()

    def show_about(self) -> None:
        AboutBox(self.window).open()
