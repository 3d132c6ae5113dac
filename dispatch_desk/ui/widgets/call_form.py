"""The call-taking form: keyboard first, nothing typed is ever lost.

The form itself does no database or geocoding work: it asks for suggestions and locations through its
signals and shows what comes back. Every change is offered as a draft, which the window keeps on disk
so that a call being taken survives a crash of the application.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.entities import Category
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.history import CallerHistory
from dispatch_desk.ui import labels
from dispatch_desk.ui.widgets.enter_saves import EnterSaves
from dispatch_desk.ui.widgets.history import HistoryBox
from dispatch_desk.ui.widgets.named import named
from dispatch_desk.ui.widgets.phone_field import PhoneField


class _Description(QPlainTextEdit):
    """Enter saves the call (the form handles it); Shift+Enter starts a new line."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            event.ignore()  # on to the form
            return
        super().keyPressEvent(event)


class CallForm(QWidget):
    addressEdited = Signal(str)  # ask for suggestions and a location
    historyWanted = Signal(str, str)  # E.164 phone (or ''), address: ask for earlier incidents
    saveRequested = Signal(dict)
    draftChanged = Signal(dict)
    discarded = Signal()
    placeOnMapRequested = Signal(bool)
    duplicatesWanted = Signal()  # the category, the place or the address changed: look for duplicates again

    def __init__(self, zone: str = "Asia/Almaty", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callForm")
        # lat, lon, source (geocoded | map | coordinates)
        self.location: tuple[float, float, str] | None = None
        self.confidence: float | None = None  # of a geocoded location
        self.parent_number = ""
        self.duplicate_number = ""
        self.channel = Channel.PHONE
        # A call from the app being taken: {"id", "account", "accuracy"} (kept in the draft with the rest)
        self.app_call: dict = {}
        self._loading = False
        self._categories: dict[str, Category] = {}
        self.language = "en"
        self.matched_address = ""  # what the address typed was matched to (for its history)

        self._make_fields(zone)

        self._lay_out()

        self._wire()
        self._show_location()

    def _make_fields(self, zone: str) -> None:
        """The fields, labels and buttons of the form."""
        self.phone_field = PhoneField()
        self.phone = self.phone_field.line
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("Street and house, or coordinates"))
        self.suggestions = QStringListModel(self)
        self.completer = completer = QCompleter(self.suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.address.setCompleter(completer)
        self.location_label = QLabel()
        self.location_label.setTextFormat(Qt.TextFormat.PlainText)
        self.location_label.setWordWrap(True)
        self.location_label.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 4)  # a long match
        self.place_button = QPushButton()
        self.place_button.setCheckable(True)
        self.category = QComboBox()
        self.priority = QComboBox()
        self.description = _Description()
        self.description.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing()
        self.description.setMinimumHeight(3 * lines + 8)  # room to type, whatever else shows
        self.description.setMaximumHeight(4 * lines + 8)  # and the caller's history below it in sight
        self.history = HistoryBox(zone)

        self.duplicate_label = QLabel()
        self.duplicate_label.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicate_label.setWordWrap(True)
        self.look_out_label = named(QLabel(), "callLookOut")  # the call names an active look-out
        self.look_out_label.setTextFormat(Qt.TextFormat.PlainText)
        self.look_out_label.setWordWrap(True)
        self.look_out_label.setStyleSheet(
            "color: #ffffff; background: #c62828; padding: 3px; font-weight: bold"
        )
        self.look_out_label.hide()
        self.link_button = QPushButton()
        self.link_button.hide()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.discard_button = QPushButton()
        for button in (self.place_button, self.link_button, self.save_button, self.discard_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stops only where typing happens
        self.show_keys({})

    def _lay_out(self) -> None:
        """The fields in the order the operator fills them; the caller's history in the room left."""
        form = QFormLayout()
        form.addRow(self.tr("Caller phone"), self.phone_field)
        form.addRow(self.tr("Caller name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        location_row = QHBoxLayout()
        location_row.addWidget(self.location_label, 1)
        location_row.addWidget(self.place_button)
        form.addRow(self.tr("Location"), location_row)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Description"), self.description)
        duplicate_row = QHBoxLayout()
        duplicate_row.addWidget(self.duplicate_label, 1)
        duplicate_row.addWidget(self.link_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.look_out_label)
        layout.addLayout(duplicate_row)
        # The history scrolls in the room left, so that the fields above never get squeezed.
        history = QScrollArea()
        history.setObjectName("historyScroll")
        history.setWidgetResizable(True)
        history.setFrameShape(QFrame.Shape.NoFrame)
        history.setWidget(self.history)
        history.setMinimumHeight(0)
        layout.addWidget(history, 1)
        layout.addLayout(buttons)

    def _wire(self) -> None:
        """Typing, choosing and the buttons; the timers that wait for the operator to pause."""
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(250)
        self._lookup_timer.timeout.connect(lambda: self.addressEdited.emit(self.address.text()))
        self.address.textEdited.connect(self._address_typed)
        self.completer.activated.connect(lambda _text: self._lookup_timer.start(0))
        self._history_timer = QTimer(self)
        self._history_timer.setSingleShot(True)
        self._history_timer.setInterval(300)
        self._history_timer.timeout.connect(self.ask_history)
        self.phone.textEdited.connect(self._phone_typed)
        for line in (self.phone, self.name, self.address):
            line.textChanged.connect(self._changed)
        self.description.textChanged.connect(self._changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.priority.currentIndexChanged.connect(self._changed)
        self.save_button.clicked.connect(self.request_save)
        self.discard_button.clicked.connect(self.request_discard)
        self.link_button.clicked.connect(self.link_duplicate)
        self.place_button.toggled.connect(self.placeOnMapRequested.emit)
        # Tab goes from the category to the description, where the operator types next; the priority
        # (set by the category) comes after, for the rare override. Enter in either list saves.
        QWidget.setTabOrder(self.category, self.description)
        QWidget.setTabOrder(self.description, self.priority)
        QWidget.setTabOrder(self.priority, self.discard_button)
        self.enter_saves = EnterSaves(self, (self.category, self.priority), self.address, self.request_save)

    def show_look_out(self, text: str) -> None:
        """Say (or stop saying) that what is typed names an active look-out."""
        self.look_out_label.setText(text)
        self.look_out_label.setVisible(bool(text))

    def show_keys(self, keys: dict[str, str]) -> None:
        """Put the keys of the form's actions (by action id, from the desk's action table) on its buttons."""
        self.keys = dict(keys)

        def titled(text: str, key: str | None) -> str:
            return text.replace("%1", key) if key else text.replace(" (%1)", "")

        self.place_button.setText(titled(self.tr("Place on map (%1)"), keys.get("place_call")))
        self.link_button.setText(titled(self.tr("Link to it (%1)"), keys.get("link_duplicate")))
        self.discard_button.setText(titled(self.tr("Discard (%1)"), keys.get("discard_call")))
        self.save_button.setText(self.tr("Save (%1)").replace("%1", "Enter"))
        self.description.setPlaceholderText(self.tr("What happened (Enter saves, Shift+Enter: new line)"))

    # -- reference data --------------------------------------------------------------------------
    def set_categories(self, categories: list[Category], language: str) -> None:
        self._categories = {c.code: c for c in categories}
        self.language = language
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("— choose —"), "")
        for category in categories:
            self.category.addItem(
                f"{category.name(language)} ({labels.priority(category.default_priority)})", category.code
            )
            self.category.setItemData(
                self.category.count() - 1, int(category.default_priority), Qt.ItemDataRole.UserRole + 1
            )
        if current:
            self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)
        self._fill_priorities()

    def _fill_priorities(self) -> None:
        default = self.category.currentData(Qt.ItemDataRole.UserRole + 1)
        chosen = self.priority.currentData()
        self.priority.blockSignals(True)
        self.priority.clear()
        label = self.tr("Category default") + (f" ({labels.priority(default)})" if default else "")
        self.priority.addItem(label, 0)
        names = {
            1: self.tr("1 — life in danger"),
            2: self.tr("2 — urgent"),
            3: self.tr("3 — routine"),
            4: self.tr("4 — no urgency"),
        }
        for value, name in names.items():
            self.priority.addItem(name, value)
        self.priority.setCurrentIndex(max(0, self.priority.findData(chosen or 0)))
        self.priority.blockSignals(False)

    # -- typing --------------------------------------------------------------------------------------
    def _address_typed(self, _text: str) -> None:
        if self.location and self.location[2] == "map":
            return  # a place set on the map stays until the operator sets another
        self.location = None
        self._show_location(self.tr("looking up…"))
        self._lookup_timer.start()

    def _category_changed(self) -> None:
        self._fill_priorities()
        self._changed()
        if not self._loading:
            self.duplicatesWanted.emit()

    def duplicate_question(self) -> tuple[str, float | None, float | None, str]:
        """What the duplicate check asks with: the category, the place, the address (as matched)."""
        lat, lon = (self.location[0], self.location[1]) if self.location is not None else (None, None)
        address = self.matched_address or self.address.text().strip()
        return str(self.category.currentData() or ""), lat, lon, address

    def _changed(self) -> None:
        if not self._loading:
            self.draftChanged.emit(self.values())

    def phone_number(self) -> str | None:
        """The phone typed as E.164; '' when none is typed; None when it cannot be a phone number."""
        return self.phone_field.number()

    def _phone_typed(self, _text: str) -> None:
        self.phone_field.show_state(final=False)
        self._history_timer.start()

    def ask_history(self) -> None:
        self.historyWanted.emit(self.phone_number() or "", self.matched_address or self.address.text())

    def set_history(self, history: CallerHistory) -> None:
        self.history.show_history(history, self._categories, self.language)

    # -- results from the window -------------------------------------------------------------------
    def set_suggestions(self, suggestions: list[str]) -> None:
        self.suggestions.setStringList(suggestions)

    def set_location(
        self,
        lat: float | None,
        lon: float | None,
        source: str,
        summary: str,
        confidence: float | None = None,
        *,
        doubtful: bool = False,
    ) -> None:
        """``doubtful``: found, but not the house asked for (the operator should check it)."""
        self.location = None if lat is None or lon is None else (lat, lon, source)
        self.confidence = confidence if self.location is not None else None
        self._show_location(summary, doubtful)
        self._changed()
        self.duplicatesWanted.emit()

    def set_matched(self, address: str) -> None:
        """The address the typed one was matched to ('' when none): its history is asked for."""
        self.matched_address = address
        self.ask_history()

    def _show_location(self, summary: str = "", doubtful: bool = False) -> None:
        if summary:
            self.location_label.setText(summary)
        elif self.location is None:
            self.location_label.setText(self.tr("unverified: type an address or place it on the map"))
        warn = "color: #c62828;" if self.location is None else "color: #b26a00; font-weight: bold;"
        self.location_label.setProperty("doubtful", doubtful or self.location is None)
        self.location_label.setStyleSheet(warn if doubtful or self.location is None else "")

    def set_duplicates(self, duplicates: list[tuple[str, str]]) -> None:
        """(number, description) of likely duplicates, nearest first."""
        if not duplicates:
            self.duplicate_number = ""
            self.duplicate_label.clear()
            self.link_button.hide()
            return
        self.duplicate_number = duplicates[0][0]
        self.duplicate_label.setText(self.tr("Likely duplicate: %1").replace("%1", duplicates[0][1]))
        self.link_button.show()

    def link_duplicate(self) -> None:
        if self.duplicate_number:
            self.parent_number = self.duplicate_number
            self.duplicate_label.setText(self.tr("Linked to %1").replace("%1", self.duplicate_number))
            self.link_button.hide()
            self._changed()

    # -- save, discard, drafts ---------------------------------------------------------------------
    def values(self) -> dict:
        lat, lon, source = self.location if self.location else (None, None, "")
        return {
            "phone": self.phone.text(),
            "name": self.name.text(),
            "address": self.address.text(),
            "category": self.category.currentData() or "",
            "priority": self.priority.currentData() or 0,
            "description": self.description.toPlainText(),
            "channel": self.channel.value,
            "lat": lat,
            "lon": lon,
            "location_source": source,
            "confidence": self.confidence,
            "parent": self.parent_number,
            "app_call": dict(self.app_call),
        }

    def is_empty(self) -> bool:
        v = self.values()
        return not any(v[k] for k in ("phone", "name", "address", "description", "category"))

    def load(self, values: dict) -> None:
        self._loading = True
        try:
            self.phone.setText(str(values.get("phone", "")))
            self.name.setText(str(values.get("name", "")))
            self.address.setText(str(values.get("address", "")))
            self.description.setPlainText(str(values.get("description", "")))
            self.category.setCurrentIndex(max(0, self.category.findData(values.get("category", ""))))
            self.priority.setCurrentIndex(max(0, self.priority.findData(values.get("priority", 0))))
            lat, lon = values.get("lat"), values.get("lon")
            if isinstance(lat, int | float) and isinstance(lon, int | float):
                self.location = (float(lat), float(lon), str(values.get("location_source") or "map"))
                confidence = values.get("confidence")
                self.confidence = float(confidence) if isinstance(confidence, int | float) else None
                self._show_location(f"{lat:.5f}, {lon:.5f}")
            self.parent_number = str(values.get("parent", ""))
            try:
                self.channel = Channel(values.get("channel") or "phone")
            except ValueError:
                self.channel = Channel.PHONE
            app_call = values.get("app_call")
            self.app_call = (
                {k: app_call[k] for k in ("id", "account", "accuracy") if k in app_call}
                if isinstance(app_call, dict)
                else {}
            )
        finally:
            self._loading = False
        self._history_timer.start()
        self.duplicatesWanted.emit()

    def clear(self) -> None:
        self._loading = True
        try:
            for line in (self.phone, self.name, self.address):
                line.clear()
            self.description.clear()
            self.category.setCurrentIndex(0)
            self.priority.setCurrentIndex(0)
            self.location = None
            self.confidence = None
            self.parent_number = ""
            self.channel = Channel.PHONE
            self.app_call = {}
            self.matched_address = ""
            self.set_duplicates([])
            self.set_history(CallerHistory())
            self.phone_field.hint.hide()
            self.place_button.setChecked(False)
            self._show_location()
        finally:
            self._loading = False

    def start(self) -> None:
        self.phone.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def request_save(self) -> None:
        if not self.phone_field.show_state(final=True):
            self.phone.setFocus()
            return
        if not self.category.currentData():
            self.category.setFocus()
            self.category.showPopup()
            return
        if not self.address.text().strip() and self.location is None:
            self.address.setFocus()
            return
        self.saveRequested.emit(self.values())

    def request_discard(self) -> None:
        if not self.is_empty():
            # The buttons say what they do: "Cancel" beside "Discard" reads as the same thing in Kazakh.
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Discard the call?"),
                self.tr("Everything typed for this call will be lost."),
                parent=self,
            )
            box.setObjectName("discardQuestion")
            discard = box.addButton(self.tr("Discard the call"), QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(self.tr("Go on with the call"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)

            def answered(_result: int) -> None:
                if box.clickedButton() is discard:
                    self._discard()
                box.deleteLater()

            box.finished.connect(answered)
            box.open()  # the desk goes on following the feed meanwhile
            return
        self._discard()

    def _discard(self) -> None:
        self.clear()
        self.discarded.emit()
