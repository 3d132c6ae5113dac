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
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.enums import UnitStatus

P = Permission


@dataclass(frozen=True)
class DeskState:
    """What the desk's actions depend on."""

    database: bool = False  # open, and somebody is signed in (the desk is not locked)
    permissions: frozenset[Permission] = frozenset()  # the signed-in person's
    incident: bool = False  # an incident is selected
    incident_open: bool | None = None  # None while its detail is loading
    unit: bool = False  # a unit is selected in the unit panel
    unit_on_incident: bool = False  # the selected incident has a unit on it
    map: bool = False
    call_waiting: bool = False  # a call from the app rings
    in_call: bool = False  # this desk is in a call from the app


def _always(_state: DeskState) -> bool:
    return True


def _database(state: DeskState) -> bool:
    return state.database


def _map_database(state: DeskState) -> bool:
    return state.database and state.map


def _call_waiting(state: DeskState) -> bool:
    return state.database and state.call_waiting and not state.in_call


def _in_call(state: DeskState) -> bool:
    return state.database and state.in_call


def _open_incident(state: DeskState) -> bool:
    return state.database and state.incident and state.incident_open is not False


def _closed_incident(state: DeskState) -> bool:
    return state.database and state.incident and state.incident_open is not True


def _incident(state: DeskState) -> bool:
    return state.database and state.incident


def _unit(state: DeskState) -> bool:
    return state.database and state.unit


def _unit_for_incident(state: DeskState) -> bool:
    return _open_incident(state) and state.unit_on_incident


def _unit_and_incident(state: DeskState) -> bool:
    return _open_incident(state) and state.unit


def _placeable(state: DeskState) -> bool:
    return _open_incident(state) and state.map


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str  # source text, translated in the context "Actions"
    handler: str  # dotted path from the main window
    shortcuts: tuple[str, ...] = ()
    menu: str | None = None  # desk | incident | units | view | help
    enabled: Callable[[DeskState], bool] = _always
    arg: Any = None
    button: str | None = (
        None  # its button's shorter title (context "Actions"): the incident panel's, a call's
    )
    context_menu: str | None = None  # unit: the unit panel's context menu
    scope: str = "window"  # window, or call_form: only while the call form has the focus
    checkable: bool = False
    separator_before: bool = False
    # who may (any of a tuple): the action is hidden from everybody else
    permission: Permission | tuple[Permission, ...] | None = None


MENUS = (
    ("desk", QT_TRANSLATE_NOOP("Actions", "&Desk")),
    ("incident", QT_TRANSLATE_NOOP("Actions", "&Incident")),
    ("units", QT_TRANSLATE_NOOP("Actions", "&Units")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

_UNIT_STATUS_KEYS = (
    (UnitStatus.AVAILABLE, "Ctrl+Shift+A", QT_TRANSLATE_NOOP("Actions", "Set selected unit: available")),
    (UnitStatus.BUSY, "Ctrl+Shift+B", QT_TRANSLATE_NOOP("Actions", "Set selected unit: busy")),
    (UnitStatus.RETURNING, "Ctrl+Shift+R", QT_TRANSLATE_NOOP("Actions", "Set selected unit: returning")),
    (UnitStatus.OFF_SHIFT, "Ctrl+Shift+F", QT_TRANSLATE_NOOP("Actions", "Set selected unit: off shift")),
)
_UNIT_STATUS_PERMISSION = {UnitStatus.OFF_SHIFT: P.MANAGE_UNITS}

ACTIONS: tuple[ActionSpec, ...] = (
    # The desk
    ActionSpec("new_call", QT_TRANSLATE_NOOP("Actions", "&New call"), "calls.new_call", ("F2", "Ctrl+N"),
               "desk", _database, permission=P.TAKE_CALLS),
    ActionSpec("answer_call", QT_TRANSLATE_NOOP("Actions", "&Answer the call from the app"), "app_calls.answer",
               ("F6",), "desk", _call_waiting, button=QT_TRANSLATE_NOOP("Actions", "Answer"), permission=P.TAKE_CALLS),
    ActionSpec("hang_up", QT_TRANSLATE_NOOP("Actions", "&Hang up"), "app_calls.hang_up", ("F7",), "desk", _in_call,
               button=QT_TRANSLATE_NOOP("Actions", "Hang up"), permission=P.TAKE_CALLS),
    ActionSpec("mute", QT_TRANSLATE_NOOP("Actions", "&Mute the microphone"), "app_calls.mute", ("F8",), "desk",
               _in_call, checkable=True, button=QT_TRANSLATE_NOOP("Actions", "Mute"), permission=P.TAKE_CALLS),
    ActionSpec("snapshot", QT_TRANSLATE_NOOP("Actions", "Snapshot of the caller's &video"), "app_calls.snapshot",
               ("Ctrl+Shift+P",), "desk", _in_call, button=QT_TRANSLATE_NOOP("Actions", "Snapshot"),
               permission=P.TAKE_CALLS),
    ActionSpec("called_back", QT_TRANSLATE_NOOP("Actions", "Missed call &called back"), "app_calls.called_back", (),
               "desk", _database, button=QT_TRANSLATE_NOOP("Actions", "Called back"), permission=P.TAKE_CALLS),
    ActionSpec("search", QT_TRANSLATE_NOOP("Actions", "&Search the queue"), "queue.focus_search", ("Ctrl+F",), "desk"),
    ActionSpec("focus_queue", QT_TRANSLATE_NOOP("Actions", "Go to the &queue"), "layout_keeper.go_to_queue", ("F3",), "desk"),
    ActionSpec("focus_units", QT_TRANSLATE_NOOP("Actions", "Go to the &units"), "layout_keeper.go_to_units", ("F4",), "desk"),
    ActionSpec("board", QT_TRANSLATE_NOOP("Actions", "City &board…"), "admin.board", ("F9",), "desk", _database,
               separator_before=True, permission=P.READ_ANALYTICS),
    ActionSpec("overdue", QT_TRANSLATE_NOOP("Actions", "&Overdue incidents…"), "overdue.open_list", ("Ctrl+Alt+O",),
               "desk", _database, permission=P.LEAD_SHIFT),
    ActionSpec("intervals", QT_TRANSLATE_NOOP("Actions", "Response &intervals…"), "admin.intervals", ("Ctrl+Alt+R",),
               "desk", _database, permission=P.READ_ANALYTICS),
    ActionSpec("meeting_pack", QT_TRANSLATE_NOOP("Actions", "&Meeting pack (PDF)…"), "problems.packs.ask",
               ("Ctrl+Alt+M",), "desk", _map_database, permission=P.READ_ANALYTICS),
    ActionSpec("meeting_pack_residents", QT_TRANSLATE_NOOP("Actions", "Meeting pack for &residents (PDF)…"),
               "problems.packs.ask_residents", ("Ctrl+Alt+J",), "desk", _map_database, permission=P.READ_ANALYTICS),
    ActionSpec("look_out_new", QT_TRANSLATE_NOOP("Actions", "New &look-out…"), "look_outs.new_look_out",
               ("Ctrl+Alt+K",), "desk", _database, permission=P.LEAD_SHIFT),
    ActionSpec("handover", QT_TRANSLATE_NOOP("Actions", "Shift &handover…"), "lead.open_handover", ("Ctrl+Alt+H",),
               "desk", _database, permission=P.LEAD_SHIFT),
    ActionSpec("accounts", QT_TRANSLATE_NOOP("Actions", "A&ccounts…"), "admin.accounts", ("Ctrl+Alt+U",), "desk",
               _database, separator_before=True, permission=P.MANAGE_ACCOUNTS),
    ActionSpec("audit", QT_TRANSLATE_NOOP("Actions", "Au&dit trail…"), "admin.audit", ("Ctrl+Alt+A",), "desk",
               _database, permission=(P.READ_AUDIT, P.READ_SHIFT_AUDIT, P.CONFIDENTIAL)),
    ActionSpec("audit_incident", QT_TRANSLATE_NOOP("Actions", "Audit trail of this incident…"), "admin.audit_selected",
               ("Ctrl+Alt+I",), "incident", _incident, separator_before=True,
               permission=(P.READ_AUDIT, P.READ_SHIFT_AUDIT, P.CONFIDENTIAL)),
    ActionSpec("lock", QT_TRANSLATE_NOOP("Actions", "&Lock the screen"), "lock_screen", ("Ctrl+Alt+L",), "desk",
               _database, separator_before=True),
    ActionSpec("sign_out", QT_TRANSLATE_NOOP("Actions", "Sign &out (shift change)"), "sign_out", ("Ctrl+Shift+Q",),
               "desk", _database),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "request_quit", ("Ctrl+Q",), "desk",
               separator_before=True),
    # The incident on screen
    ActionSpec("dispatch_first", QT_TRANSLATE_NOOP("Actions", "&Dispatch the first recommended unit"),
               "detail.dispatch_nth", ("Ctrl+D",), "incident", _open_incident, 1,
               button=QT_TRANSLATE_NOOP("Actions", "Dispatch first"), permission=P.DISPATCH),
    *(ActionSpec(f"dispatch_{n}", QT_TRANSLATE_NOOP("Actions", "Dispatch recommended unit %1"), "detail.dispatch_nth",
                 (f"Ctrl+{n}",), None, _open_incident, n, permission=P.DISPATCH) for n in range(2, 10)),
    ActionSpec("en_route", QT_TRANSLATE_NOOP("Actions", "Unit &en route"), "incidents.unit_action", ("Ctrl+E",),
               "incident", _unit_for_incident, "en_route", QT_TRANSLATE_NOOP("Actions", "En route"), permission=P.DISPATCH),
    ActionSpec("on_scene", QT_TRANSLATE_NOOP("Actions", "Unit &on scene"), "incidents.unit_action", ("Ctrl+O",),
               "incident", _unit_for_incident, "on_scene", QT_TRANSLATE_NOOP("Actions", "On scene"), permission=P.DISPATCH),
    ActionSpec("clear", QT_TRANSLATE_NOOP("Actions", "&Clear unit"), "incidents.unit_action", ("Ctrl+K",),
               "incident", _unit_for_incident, "clear", QT_TRANSLATE_NOOP("Actions", "Clear unit"), permission=P.DISPATCH),
    ActionSpec("reassign", QT_TRANSLATE_NOOP("Actions", "&Reassign selected unit here…"), "incidents.reassign_selected",
               ("Ctrl+R",), "incident", _unit_and_incident, button=QT_TRANSLATE_NOOP("Actions", "Reassign unit here"),
               context_menu="unit", permission=P.DISPATCH),
    ActionSpec("close", QT_TRANSLATE_NOOP("Actions", "Cl&ose incident…"), "incidents.close_selected", ("Ctrl+Shift+C",),
               "incident", _open_incident, button=QT_TRANSLATE_NOOP("Actions", "Close"), permission=P.DISPATCH),
    ActionSpec("reopen", QT_TRANSLATE_NOOP("Actions", "Re&open incident…"), "incidents.reopen_selected",
               ("Ctrl+Shift+O",), "incident", _closed_incident, button=QT_TRANSLATE_NOOP("Actions", "Reopen"), permission=P.REOPEN),
    ActionSpec("place", QT_TRANSLATE_NOOP("Actions", "&Place incident on the map"), "incidents.place_selected",
               ("Ctrl+Shift+M",), "incident", _placeable, button=QT_TRANSLATE_NOOP("Actions", "Place on map"), permission=P.DISPATCH),
    # Units outside an incident's flow
    *(ActionSpec(f"unit_{status.value}", title, "incidents.set_unit_status", (key,), "units", _unit, status,
                 context_menu="unit", separator_before=n == 0,
                 permission=_UNIT_STATUS_PERMISSION.get(status, P.DISPATCH))
      for n, (status, key, title) in enumerate(_UNIT_STATUS_KEYS)),
    # The shift lead's units: shifts, loans, meal breaks
    ActionSpec("unit_start_shift", QT_TRANSLATE_NOOP("Actions", "Start the selected unit's shift with its crew…"),
               "lead.start_shift", ("Ctrl+Shift+S",), "units", _unit, context_menu="unit", separator_before=True,
               permission=P.MANAGE_UNITS),
    ActionSpec("unit_meal", QT_TRANSLATE_NOOP("Actions", "Selected unit: meal break (or back from it)"),
               "lead.meal_break", ("Ctrl+Shift+E",), "units", _unit, context_menu="unit", permission=P.MANAGE_UNITS),
    ActionSpec("unit_lend", QT_TRANSLATE_NOOP("Actions", "Lend the selected unit to another precinct…"), "lead.lend",
               ("Ctrl+Shift+L",), "units", _unit, context_menu="unit", permission=P.MANAGE_UNITS),
    ActionSpec("unit_end_loan", QT_TRANSLATE_NOOP("Actions", "End the selected unit's loan"), "lead.end_loan", (),
               "units", _unit, context_menu="unit", permission=P.MANAGE_UNITS),
    # The view
    ActionSpec("recent_messages", QT_TRANSLATE_NOOP("Actions", "&Recent messages…"), "notices.show_recent",
               ("Ctrl+Shift+H",), "view"),
    ActionSpec("dark", QT_TRANSLATE_NOOP("Actions", "&Night palette"), "toggle_palette", ("Ctrl+Shift+N",), "view",
               checkable=True),
    ActionSpec("hot_spots", QT_TRANSLATE_NOOP("Actions", "&Hot spots and repeat addresses"), "hot_spots.toggle",
               ("Ctrl+Alt+G",), "view", _map_database, checkable=True, permission=P.READ_ANALYTICS),
    ActionSpec("problems", QT_TRANSLATE_NOOP("Actions", "&Problems of the precinct…"), "problems.show_list",
               ("Ctrl+Alt+B",), "view", _database, permission=P.READ_ANALYTICS),
    # Help
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "help.show_shortcuts", ("F1",), "help"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Dispatch Desk"), "help.show_about", (), "help"),
    # The call form, while it has the focus (Enter in any of its fields saves as well)
    ActionSpec("save_call", QT_TRANSLATE_NOOP("Actions", "Save the call"), "calls.form.request_save",
               ("Ctrl+Return", "Ctrl+Enter"), scope="call_form", permission=P.TAKE_CALLS),
    ActionSpec("discard_call", QT_TRANSLATE_NOOP("Actions", "Discard the call"), "calls.form.request_discard",
               ("Esc",), scope="call_form"),
    ActionSpec("link_duplicate", QT_TRANSLATE_NOOP("Actions", "Link the call to the likely duplicate"),
               "calls.form.link_duplicate", ("Ctrl+L",), scope="call_form", permission=P.TAKE_CALLS),
    ActionSpec("place_call", QT_TRANSLATE_NOOP("Actions", "Place the call on the map"), "calls.form.place_button.toggle",
               ("Ctrl+M",), scope="call_form"),
)  # fmt: skip

# The docks' own show/hide actions get these keys, in the order the window lists its docks.
DOCK_KEYS = ("Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Alt+6", "Alt+7")


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
                rows.append((action, f"{translate(spec.button)} ({first})"))
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
