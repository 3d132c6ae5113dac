"""Every action of the desk as one record: its id, title, shortcuts, menu, handler and when it applies.

The menus, the incident panel's buttons, the unit panel's context menu, the call form's keys and the
keyboard-shortcut list (F1) are all built from ``ACTIONS``: a shortcut is written here once and nowhere
else. A test checks that no two actions share a shortcut and that every handler exists.

A handler is a dotted path from the main window (``"incidents.close"`` is
``window.incidents.close()``); an action with ``arg`` passes it. ``enabled`` says in which state of the
desk the action applies; the desk re-evaluates it whenever the selection or the database changes, and
the services refuse a wrong action anyway, with a message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from dispatch_desk.ui.action_spec import MENUS, ActionSpec, DeskState
from dispatch_desk.ui.action_table import ACTIONS, DOCK_KEYS

__all__ = [
    "ACTIONS",
    "DOCK_KEYS",
    "ActionSpec",
    "DeskActions",
    "DeskState",
    "keys_text",
    "resolve",
    "title_of",
]


def translate(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def title_of(spec: ActionSpec) -> str:
    title = translate(spec.title)
    return title.replace("%1", str(spec.arg)) if "%1" in title else title


def keys_text(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


def resolve(root: object, path: str) -> Callable[..., Any]:
    return attrgetter(path)(root)


class DeskActions(QObject):
    """The QActions of one window, made from ``ACTIONS``; ``update(state)`` enables what applies."""

    def __init__(self, window, specs: tuple[ActionSpec, ...] = ACTIONS) -> None:
        super().__init__(window)
        self.window = window
        self.specs = {spec.id: spec for spec in specs}
        self.actions: dict[str, QAction] = {}
        for spec in specs:
            action = QAction(title_of(spec), window)
            action.setObjectName(spec.id)
            action.setShortcuts([QKeySequence(k) for k in spec.shortcuts])
            action.setCheckable(spec.checkable)
            action.triggered.connect(self._trigger(spec))
            self.actions[spec.id] = action

    def _trigger(self, spec: ActionSpec) -> Callable[[bool], None]:
        def run(checked: bool = False) -> None:
            handler = resolve(self.window, spec.handler)
            if spec.checkable:
                handler(checked)
            elif spec.arg is not None:
                handler(spec.arg)
            else:
                handler()

        return run

    def install(self, scopes: dict[str, QWidget]) -> None:
        """Put each action where its keys work: the window, or the widget of its scope."""
        for spec in self.specs.values():
            action = self.actions[spec.id]
            owner = scopes[spec.scope]
            action.setShortcutContext(
                Qt.ShortcutContext.WindowShortcut
                if spec.scope == "window"
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            owner.addAction(action)

    def fill_menus(self, bar) -> dict[str, Any]:
        menus = {key: bar.addMenu(translate(title)) for key, title in MENUS}
        for spec in self.specs.values():
            if spec.menu is None:
                continue
            if spec.separator_before:
                menus[spec.menu].addSeparator()
            menus[spec.menu].addAction(self.actions[spec.id])
        return menus

    def button_title(self, action_id: str) -> str:
        """The shorter title an action's button carries (its full title when it has none)."""
        spec = self.specs[action_id]
        return translate(spec.button) if spec.button else self.actions[action_id].text().replace("&", "")

    def for_context_menu(self, name: str) -> list[QAction]:
        return [self.actions[s.id] for s in self.specs.values() if s.context_menu == name]

    def buttons(self) -> list[tuple[QAction, str]]:
        """(action, button text with its first key) for the incident panel's buttons."""
        rows = []
        for spec in self.specs.values():
            if spec.button and spec.menu == "incident":
                action = self.actions[spec.id]
                first = action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((action, f"{translate(spec.button)}\n{first}"))  # the key under: a narrow panel
        return rows

    def update(self, state: DeskState) -> None:
        """Enable what applies now; hide what the person signed in may not do at all (while nobody is,
        everything stays in its place, disabled)."""
        for spec in self.specs.values():
            wanted = spec.permission if isinstance(spec.permission, tuple) else (spec.permission,)
            permitted = spec.permission is None or any(p in state.permissions for p in wanted)
            action = self.actions[spec.id]
            action.setEnabled(permitted and spec.enabled(state))
            action.setVisible(permitted or not state.permissions)

    def shortcut_rows(self, extra: Sequence[QAction] = ()) -> list[tuple[str, str]]:
        """(action, key) for every key of every action, one row a key."""
        rows: list[tuple[str, str]] = []
        for action in [*self.actions.values(), *extra]:
            for key in action.shortcuts():
                rows.append(
                    (action.text().replace("&", ""), key.toString(QKeySequence.SequenceFormat.NativeText))
                )
        return rows
